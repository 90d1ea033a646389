// From a workbook to rows of fields: which sheet, which header row, which kind and which column
// holds which field — each detected, each overridable by the planner — and then every data row
// below the header as its fields' cells, with the row number and column it came from so an error
// can name them. A travel-time matrix (venues across the top and down the side) becomes one
// from/to/minutes row per filled cell.
import { guessColumns, guessKind, headerMatches, type ColumnMapping } from "./columns";
import { FIELDS, type ImportKindName } from "./fields";
import { findHeaderRow, NO_HEADER_ROW } from "./header";
import { ImportFileError } from "./limits";
import { cellText, columnLetter, isBlank } from "./text";
import type { Cell, Sheet, Workbook } from "./types";

export type LayoutOptions = {
  kind?: ImportKindName | null;
  /** Sheet name; the best-matching sheet when absent. */
  sheet?: string | null;
  /** 1-based row number of the header row; detected when absent. */
  headerRow?: number | null;
  /** Field → 0-based column; guessed (or remembered) when absent. */
  mapping?: ColumnMapping | null;
};

export type Layout = {
  sheetNames: string[];
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows. */
  headerRow: number;
  headers: string[];
  kind: ImportKindName | null;
  mapping: ColumnMapping;
  /** A square travel-time sheet rather than one row per pair. */
  matrix: boolean;
  /** Data rows below the header. */
  rowCount: number;
};

/** One data row: its fields' cells and, per field, the column they came from ("C (Arrival)"). */
export type SourceRow = { row: number; cells: Record<string, Cell>; columns: Record<string, string> };

const headerText = (cell: Cell, index: number) => cellText(cell) || `Column ${columnLetter(index)}`;

/** The header row of a square travel-time sheet: venue names across, a venue name and minutes below. */
export function findMatrixHeader(rows: readonly (readonly Cell[])[]): number | null {
  for (let r = 0; r < Math.min(rows.length - 1, 30); r++) {
    const across = rows[r].slice(1).filter((c) => !isBlank(c));
    if (across.length < 2 || across.some((c) => typeof c !== "string")) continue;
    const next = rows[r + 1];
    if (typeof next[0] === "string" && !isBlank(next[0]) && next.slice(1).some((c) => typeof c === "number" || /^\d+$/.test(cellText(c)))) return r;
  }
  return null;
}

function pickSheet(workbook: Workbook, options: LayoutOptions): Sheet {
  if (options.sheet) {
    const sheet = workbook.sheets.find((s) => s.name === options.sheet);
    if (!sheet) throw new ImportFileError(`The workbook has no sheet "${options.sheet}".`);
    return sheet;
  }
  // The sheet whose header names most fields; the first on a tie (a template's explanation comes second).
  let best = workbook.sheets[0];
  let bestScore = 0;
  for (const sheet of workbook.sheets) {
    const index = findHeaderRow(sheet.rows, options.kind ?? undefined);
    const score = index === null ? 0 : headerMatches(sheet.rows[index].map(cellText), options.kind ?? undefined);
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}

function dataRowCount(sheet: Sheet, headerIndex: number): number {
  return sheet.rows.slice(headerIndex + 1).filter((row) => row.some((c) => !isBlank(c))).length;
}

/** Sheet, header row, kind and mapping: as asked, else detected. */
export function detectLayout(workbook: Workbook, options: LayoutOptions = {}, remembered?: (kind: ImportKindName, headers: string[]) => ColumnMapping | null): Layout {
  const sheet = pickSheet(workbook, options);
  const kindAsked = options.kind ?? null;
  let headerIndex: number | null = options.headerRow ? options.headerRow - 1 : null;
  if (headerIndex !== null && (headerIndex < 0 || headerIndex >= sheet.rows.length)) throw new ImportFileError(`The sheet has no row ${options.headerRow}.`);
  headerIndex ??= findHeaderRow(sheet.rows, kindAsked ?? undefined);
  // No from/to header: a square sheet of minutes, if the kind allows it.
  if (headerIndex === null && (kindAsked === null || kindAsked === "travel-times")) {
    const matrixHeader = findMatrixHeader(sheet.rows);
    if (matrixHeader !== null) {
      return {
        sheetNames: workbook.sheets.map((s) => s.name), sheet: sheet.name, headerRow: matrixHeader + 1,
        headers: sheet.rows[matrixHeader].map(headerText), kind: "travel-times", mapping: {}, matrix: true,
        rowCount: dataRowCount(sheet, matrixHeader),
      };
    }
  }
  if (headerIndex === null) throw new ImportFileError(NO_HEADER_ROW);
  const headers = sheet.rows[headerIndex].map(headerText);
  const kind = kindAsked ?? guessKind(headers);
  let mapping: ColumnMapping = {};
  if (kind) {
    const base = guessColumns(headers, kind);
    // The planner's choice is the whole mapping; a remembered one overrides the guess where its
    // headers are still in the file.
    mapping = options.mapping
      ? Object.fromEntries(FIELDS[kind].map((f) => [f.name, options.mapping?.[f.name] ?? null]))
      : { ...base, ...(remembered?.(kind, headers) ?? {}) };
    for (const [field, column] of Object.entries(mapping)) {
      if (column !== null && (column < 0 || column >= Math.max(headers.length, 1))) mapping[field] = null;
    }
  }
  return {
    sheetNames: workbook.sheets.map((s) => s.name), sheet: sheet.name, headerRow: headerIndex + 1, headers, kind, mapping, matrix: false,
    rowCount: dataRowCount(sheet, headerIndex),
  };
}

/** The data rows of a layout, blank rows skipped. */
export function sourceRows(workbook: Workbook, layout: Layout): SourceRow[] {
  const sheet = workbook.sheets.find((s) => s.name === layout.sheet)!;
  const out: SourceRow[] = [];
  const start = layout.headerRow; // 0-based index of the first row below the header
  if (layout.matrix) {
    const header = sheet.rows[layout.headerRow - 1];
    for (let r = start; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      const from = row[0] ?? null;
      for (let c = 1; c < header.length; c++) {
        const minutes = row[c] ?? null;
        if (isBlank(minutes) || isBlank(header[c])) continue;
        const at = `${columnLetter(c)}${r + 1}`;
        out.push({ row: r + 1, cells: { from, to: header[c], minutes }, columns: { from: `A${r + 1}`, to: `${columnLetter(c)}${layout.headerRow}`, minutes: at } });
      }
    }
    return out;
  }
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(layout.mapping)) {
    if (column !== null) columns[field] = `${columnLetter(column)} (${layout.headers[column]})`;
  }
  for (let r = start; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const cells: Record<string, Cell> = {};
    let any = false;
    for (const [field, column] of Object.entries(layout.mapping)) {
      const cell = column === null ? null : (row[column] ?? null);
      cells[field] = cell;
      if (!isBlank(cell)) any = true;
    }
    if (any) out.push({ row: r + 1, cells, columns });
  }
  return out;
}
