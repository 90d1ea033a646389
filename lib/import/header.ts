// Where the header row is: the first row among the top ones that names most fields. Title rows
// (often merged across the columns), notes and blank rows above it are skipped; a sheet whose top
// rows name no fields has no header row and is refused rather than guessed.
import { headerMatches } from "./columns";
import type { ImportKindName } from "./fields";
import { ImportFileError } from "./limits";
import { cellText } from "./text";
import type { Cell } from "./types";

/** Rows searched for the header: title blocks are a few rows, never pages. */
export const HEADER_SEARCH_ROWS = 30;
/** Fields a header row must name: one matching word could be a title or a value. */
const MIN_MATCHES = 2;

export const NO_HEADER_ROW =
  "No header row found: one of the first rows must name the columns (e.g. Code, Name, Kind). Download the template for this kind to see the headers. Nothing was imported.";

/** The header row's index (0-based), or null when none of the top rows names enough fields. */
export function findHeaderRow(rows: readonly (readonly Cell[])[], kind?: ImportKindName): number | null {
  let best: number | null = null;
  let bestMatches = MIN_MATCHES - 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    // A header names columns in text; a row of numbers or dates is data.
    const texts = row.filter((c) => cellText(c) !== "");
    if (texts.length < MIN_MATCHES || texts.some((c) => typeof c !== "string")) return;
    const matches = headerMatches(row.map(cellText), kind);
    if (matches > bestMatches) [best, bestMatches] = [index, matches];
  });
  return best;
}

export function detectHeaderRow(rows: readonly (readonly Cell[])[], kind?: ImportKindName): number {
  const found = findHeaderRow(rows, kind);
  if (found === null) throw new ImportFileError(NO_HEADER_ROW);
  return found;
}
