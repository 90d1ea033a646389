// .xlsx through exceljs. Values only: a formula cell gives the result Excel saved with it (never
// computed here, so nothing in the file runs), or nothing when it was saved without one.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { ImportFileError, MAX_ROWS, tooManyRows } from "./limits";
import type { Cell, Sheet } from "./types";

const NOT_XLSX = "This file is not an Excel workbook (.xlsx) that can be read. Upload an .xlsx or CSV file. Nothing was imported.";

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : result;
  }
  // An error value (#N/A, #REF!) and anything else exceljs may add: no value.
  return null;
}

function readSheet(sheet: ExcelJS.Worksheet): Sheet {
  if (sheet.rowCount > MAX_ROWS) throw tooManyRows();
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // exceljs repeats a merged range's value in every cell of it; only the first cell holds it.
      cells.push(cell.isMerged && cell.master !== cell ? null : plain(cell.value));
    }
    while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === "")) cells.pop();
    rows.push(cells);
  }
  return { name: sheet.name, rows };
}

/**
 * A workbook is a zip: 25 MB of it can unpack to gigabytes (a "zip bomb"), and exceljs unpacks
 * every part in memory before a row can be counted. The zip's directory says what each part
 * unpacks to; refuse before unpacking anything when that is more than a real sheet needs.
 */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

function unpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    // The filter sees each entry's declared size and, answering false, inflates nothing.
    unzipSync(bytes, { filter: (file) => ((total += file.originalSize), false) });
  } catch {
    return null;
  }
  return total;
}

export async function readXlsx(bytes: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): Promise<Sheet[]> {
  const unpacked = unpackedSize(bytes);
  if (unpacked === null) throw new ImportFileError(NOT_XLSX);
  if (unpacked > maxUnpacked) {
    throw new ImportFileError(`This workbook unpacks to more than ${Math.round(maxUnpacked / (1024 * 1024))} MB, far more than its sheets can need. Save it again from Excel with only the sheet to import. Nothing was imported.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError(NOT_XLSX);
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== "veryHidden").map(readSheet);
  if (sheets.length === 0) throw new ImportFileError(NOT_XLSX);
  return sheets;
}
