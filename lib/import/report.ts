// The import report as CSV (downloaded from the page, printed by the command line): one line per
// row of the file with what happened to it, then the records removed. Pure, for browser and server.
import Papa from "papaparse";
import type { RowPlan, RowStatus } from "./plan";

export type ReportCounts = { added: number; updated: number; unchanged: number; removed: number; refused: number };

const OUTCOME: Record<RowStatus, string> = { new: "added", changed: "updated", unchanged: "unchanged", error: "refused" };

export function reportCsv(input: { counts: ReportCounts; rows: readonly RowPlan[]; removed?: readonly { label: string }[]; applied: boolean }): string {
  const lines: string[][] = [["Row", "Record", "Outcome", "Details"]];
  for (const row of input.rows) {
    const outcome = input.applied || row.status === "error" ? OUTCOME[row.status] : "not imported";
    const details =
      row.status === "error"
        ? row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join("; ")
        : row.changes.map((c) => `${c.label}: ${c.before || "(empty)"} → ${c.after || "(empty)"}`).join("; ");
    lines.push([String(row.row), row.label, outcome, details]);
  }
  for (const r of input.removed ?? []) lines.push(["", r.label, "removed", ""]);
  const c = input.counts;
  lines.push([], ["", "Added", String(c.added), ""], ["", "Updated", String(c.updated), ""], ["", "Unchanged", String(c.unchanged), ""], ["", "Removed", String(c.removed), ""], ["", "Refused", String(c.refused), ""]);
  // A spreadsheet program opening it must not run a cell that starts like a formula.
  const safe = lines.map((line) => line.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `\uFEFF${Papa.unparse(safe, { newline: "\r\n" })}\r\n`;
}
