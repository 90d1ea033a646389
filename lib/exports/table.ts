// One table per export for the spreadsheet formats, so the CSV and the XLSX print the same columns
// in the same order: each renderer takes this and nothing else. A cell is text, a number, a
// summit-local day ("YYYY-MM-DD") or time ("HH:mm") as its column says, or empty.
import Papa from "papaparse";

export type ColumnKind = "text" | "number" | "day" | "time";
export type TableColumn = { header: string; kind: ColumnKind };
export type TableCell = string | number | null;
export type ExportTable = { columns: TableColumn[]; rows: TableCell[][] };

export const CSV_BOM = "\uFEFF";

export const col = (header: string, kind: ColumnKind = "text"): TableColumn => ({ header, kind });

/**
 * The table as CSV: UTF-8 with a byte-order mark (so LibreOffice and Excel read "Türkiye" right),
 * the reader's list separator (Dutch Excel splits on ";", English on ","), CRLF line ends, and cells
 * that a spreadsheet would run as a formula escaped.
 */
export function tableCsv(table: ExportTable, separator: string): string {
  const data = table.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
  return CSV_BOM + Papa.unparse({ fields: table.columns.map((c) => c.header), data }, { delimiter: separator, escapeFormulae: true, newline: "\r\n" });
}
