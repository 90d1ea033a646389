// A spreadsheet as the import reads it: sheets of rows of plain values, whatever the file was
// (.xlsx or .csv, read by workbook.ts).

/**
 * One cell's value. Dates are wall-clock dates: their UTC fields are what the cell shows (Excel
 * stores no zone), so they are read back in the summit's zone, never the server's.
 */
export type Cell = string | number | boolean | Date | null;

export type Sheet = { name: string; rows: Cell[][] };

export type Workbook = { format: "xlsx" | "csv"; sheets: Sheet[] };
