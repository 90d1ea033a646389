// CSV as embassies and airports send it: UTF-8 with or without a byte-order mark, or Windows-1252
// (older Excel's "CSV"), separated by commas or, from Dutch Excel, semicolons.
import Papa from "papaparse";
import { ImportFileError, MAX_ROWS, NOT_A_SPREADSHEET, tooManyRows } from "./limits";
import type { Sheet } from "./types";

// Windows-1252's characters for bytes 0x80–0x9F (five are unassigned and stay as they are).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The text of the file: UTF-8 when it is valid UTF-8 (BOM dropped), Windows-1252 otherwise. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Node 20's decoder reads "windows-1252" as Latin-1, leaving 0x80–0x9F as control characters
    // (– and “ ” among them); those are mapped here, a no-op where the decoder is right.
    return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
}

/** Control characters no text file has (tab, line breaks and form feed aside): a binary file. */
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/** The separator of the first lines outside quotes: the one that splits them most evenly. */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = 0;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, "").split(d).length - 1);
    const score = counts.filter((c) => c > 0).length * 1000 + Math.min(...counts, 999);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

export function readCsv(bytes: Uint8Array, name = "CSV"): Sheet {
  const text = decodeText(bytes);
  if (BINARY.test(text.slice(0, 64 * 1024))) throw new ImportFileError(NOT_A_SPREADSHEET);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  // A trailing line break leaves one empty row at the end.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  if (rows.length > MAX_ROWS) throw tooManyRows();
  return { name, rows: rows.map((row) => row.map((c) => (c.trim() === "" ? null : c))) };
}
