// XLSX for spreadsheets, beside the CSV: the same table (spreadsheet.ts), the same columns in the
// same order, as real cells. Dates and times are Excel date values of the summit's wall clock (a
// day as a date, a time as a time of day), because Excel has no time zones: the header of each
// such column names the summit zone, e.g. "Start (Europe/Amsterdam)", and the values are the
// summit-local day and time the CSV prints as text, so sorting, filtering and time arithmetic work.
// Numbers are numbers; text is text and never a formula, so nothing needs escaping as in the CSV.
// A bold header row, frozen, with a filter; every column as wide as its longest cell (capped).
import type ExcelJS from "exceljs";
import { documentTable } from "./spreadsheet";
import type { ColumnKind, TableCell } from "./table";
import { documentTitle } from "./text";
import type { ExportDocument, RenderOptions } from "./types";

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = { day: "yyyy-mm-dd", time: "hh:mm" };
const WIDTH = { min: 8, max: 60 };

/** A cell as Excel stores it: "2025-06-24" a date, "19:30" a time of day (a Date on Excel's day 0), empty as empty. */
function cellValue(cell: TableCell, kind: ColumnKind): ExcelJS.CellValue {
  if (cell === null || cell === "") return null;
  if (typeof cell === "number") return cell;
  if (kind === "day") {
    const [y, m, d] = cell.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (kind === "time") {
    const [h, min] = cell.split(":").map(Number);
    return new Date(Date.UTC(1899, 11, 30, h, min));
  }
  return cell;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string): string => title.replace(/[:\\/?*[\]]/g, "").replace(/\s+/g, " ").trim().slice(0, 31) || "Sheet1";

export async function renderXlsx(doc: ExportDocument, options: RenderOptions): Promise<Uint8Array> {
  const table = documentTable(doc, options.lang);
  const title = documentTitle(doc, options.lang);
  // Loaded on the first spreadsheet only: the other formats' routes never pay for it.
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  workbook.creator = doc.summitName;
  workbook.title = `${doc.summitName}: ${title}`;
  workbook.created = doc.generatedAt;
  workbook.modified = doc.generatedAt;

  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = table.columns.map((c) => (NUMBER_FORMAT[c.kind] ? `${c.header} (${doc.timeZone})` : c.header));
  sheet.columns = table.columns.map((c, i) => {
    const longest = Math.max(headers[i].length, ...table.rows.map((row) => String(row[i] ?? "").length));
    return { header: headers[i], key: String(i), width: Math.min(WIDTH.max, Math.max(WIDTH.min, longest + 2)) };
  });
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => cellValue(cell, table.columns[i].kind)));
  }
  table.columns.forEach((c, i) => {
    const format = NUMBER_FORMAT[c.kind];
    if (!format) return;
    sheet.getColumn(i + 1).eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = format;
    });
  });
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
