// What an import would do, row by row, before anything is written: each row new, changed (with
// each field's old → new value), unchanged or in error (row, column, reason); and, when asked,
// the records the file no longer lists. The same plan is computed again inside the apply
// transaction, so what is written is what the data says then.
import type { ImportKindName } from "./fields";
import type { SourceRow } from "./layout";

export type RowStatus = "new" | "changed" | "unchanged" | "error";

export type RowIssue = {
  /** Spreadsheet row number (1-based); null for the file as a whole. */
  row: number | null;
  /** "C (Arrival time)", a cell such as "D7", or null when no one column is at fault. */
  column: string | null;
  message: string;
};

export type FieldChange = { field: string; label: string; before: string; after: string };

export type RowPlan = { row: number; key: string; label: string; status: RowStatus; changes: FieldChange[]; errors: RowIssue[] };

/** A record the file no longer lists; `blocker` says why it cannot be removed, if it cannot. */
export type Removal = { id: string; label: string; blocker: string | null };

export type Counts = { new: number; changed: number; unchanged: number; error: number };

export type Plan = { kind: ImportKindName; rows: RowPlan[]; removals: Removal[]; counts: Counts };

export function countRows(rows: readonly RowPlan[]): Counts {
  const counts: Counts = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

export const issuesOf = (plan: Pick<Plan, "rows">): RowIssue[] => plan.rows.flatMap((r) => r.errors);

/** Row error at a field's column. */
export function issueAt(row: SourceRow, field: string | null, message: string): RowIssue {
  return { row: row.row, column: field ? (row.columns[field] ?? null) : null, message };
}

export type Shown = string | number | boolean | Date | null | undefined;

const show = (value: Shown, format?: (v: Shown) => string): string => {
  if (format) return format(value);
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
};

const same = (a: Shown, b: Shown) =>
  a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.() : (a ?? null) === (b ?? null);

/**
 * The fields whose value differs, as old → new text. Only fields present in `after` count: a
 * column the file does not have leaves its field as it is.
 */
export function changesOf<T extends Record<string, Shown>>(
  labels: Record<string, string>,
  before: T,
  after: Partial<T>,
  format: Record<string, (v: Shown) => string> = {},
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined || same(before[field], value)) continue;
    out.push({ field, label: labels[field] ?? field, before: show(before[field], format[field]), after: show(value, format[field]) });
  }
  return out;
}

/** "Code NL appears on rows 4 and 9": the second and later rows with one key are errors. */
export function duplicateKeyIssues<T>(items: readonly { row: SourceRow; key: string; value: T }[], describe: (key: string) => string): Map<SourceRow, RowIssue> {
  const first = new Map<string, number>();
  const out = new Map<SourceRow, RowIssue>();
  for (const item of items) {
    const seen = first.get(item.key);
    if (seen === undefined) first.set(item.key, item.row.row);
    else out.set(item.row, { row: item.row.row, column: null, message: `${describe(item.key)} is on row ${seen} already: each appears once in a file.` });
  }
  return out;
}
