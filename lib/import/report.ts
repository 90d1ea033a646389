// The import report as CSV (downloaded from the page, printed by the command line): one line per
// row of the file with what happened to it, then the records removed. Pure, for browser and server.
import Papa from "papaparse";
import type { RowPlan, RowStatus } from "./plan";

export type ReportCounts = { added: number; updated: number; unchanged: number; removed: number; refused: number };

/** The report's own words; the import page passes the reader's (lib/i18n/import.ts), the command line these. */
export type ReportWords = {
  columns: { row: string; record: string; outcome: string; details: string };
  outcome: Record<RowStatus, string>;
  notImported: string;
  removed: string;
  empty: string;
  totals: Record<keyof ReportCounts, string>;
};

const ENGLISH: ReportWords = {
  columns: { row: "Row", record: "Record", outcome: "Outcome", details: "Details" },
  outcome: { new: "added", changed: "updated", unchanged: "unchanged", error: "refused" },
  notImported: "not imported",
  removed: "removed",
  empty: "(empty)",
  totals: { added: "Added", updated: "Updated", unchanged: "Unchanged", removed: "Removed", refused: "Refused" },
};

export function reportCsv(input: { counts: ReportCounts; rows: readonly RowPlan[]; removed?: readonly { label: string }[]; applied: boolean }, w: ReportWords = ENGLISH): string {
  const lines: string[][] = [[w.columns.row, w.columns.record, w.columns.outcome, w.columns.details]];
  for (const row of input.rows) {
    const outcome = input.applied || row.status === "error" ? w.outcome[row.status] : w.notImported;
    const details =
      row.status === "error"
        ? row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join("; ")
        : row.changes.map((c) => `${c.label}: ${c.before || w.empty} → ${c.after || w.empty}`).join("; ");
    lines.push([String(row.row), row.label, outcome, details]);
  }
  for (const r of input.removed ?? []) lines.push(["", r.label, w.removed, ""]);
  const c = input.counts;
  const t = w.totals;
  lines.push([], ["", t.added, String(c.added), ""], ["", t.updated, String(c.updated), ""], ["", t.unchanged, String(c.unchanged), ""], ["", t.removed, String(c.removed), ""], ["", t.refused, String(c.refused), ""]);
  // A spreadsheet program opening it must not run a cell that starts like a formula.
  const safe = lines.map((line) => line.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `\uFEFF${Papa.unparse(safe, { newline: "\r\n" })}\r\n`;
}
