// Reading one row's cells into typed values, collecting every problem with its row and column
// instead of stopping at the first: a planner fixes a file once, not once per error.
import type { z } from "zod";
import { FIELDS, type ImportKindName } from "./fields";
import { parseLocalDateTime, parseMinuteOfDay } from "./datetime";
import type { SourceRow } from "./layout";
import type { RowIssue } from "./plan";
import { cellText } from "./text";
import { readInt, readText } from "./values";
import type { Cell } from "./types";

type Opts = { required?: boolean };

export class RowReader {
  readonly issues: RowIssue[] = [];
  private readonly labels: Record<string, string>;

  constructor(
    readonly row: SourceRow,
    readonly kind: ImportKindName,
    readonly timeZone: string,
  ) {
    this.labels = Object.fromEntries(FIELDS[kind].map((f) => [f.name, f.label]));
  }

  /** Whether the file has a column for the field (an absent column leaves the field as it is). */
  has(field: string): boolean {
    return field in this.row.columns;
  }

  cell(field: string): Cell {
    return this.row.cells[field] ?? null;
  }

  fail(field: string | null, message: string): void {
    this.issues.push({ row: this.row.row, column: field ? (this.row.columns[field] ?? this.labels[field] ?? field) : null, message });
  }

  private missing(field: string, opts: Opts): boolean {
    if (opts.required) this.fail(field, `${this.labels[field] ?? field} is empty.`);
    return !!opts.required;
  }

  /** Text, trimmed; null when empty; undefined when the file has no such column. */
  text(field: string, opts: Opts = {}): string | null | undefined {
    if (!this.has(field)) return opts.required ? (this.missing(field, opts), null) : undefined;
    const value = readText(this.cell(field));
    if (value === null) this.missing(field, opts);
    return value;
  }

  /** An enum value read by `read`; null when empty or unknown (the unknown one reported). */
  choice<T>(field: string, read: (cell: Cell) => T | null, expected: string, opts: Opts = {}): T | null | undefined {
    if (!this.has(field)) return opts.required ? (this.missing(field, opts), null) : undefined;
    const cell = this.cell(field);
    if (cellText(cell) === "") return (this.missing(field, opts), null);
    const value = read(cell);
    if (value === null) this.fail(field, `"${cellText(cell)}" is not one of: ${expected}.`);
    return value;
  }

  int(field: string, min: number, max: number, opts: Opts = {}): number | null | undefined {
    if (!this.has(field)) return opts.required ? (this.missing(field, opts), null) : undefined;
    const parsed = readInt(this.cell(field), min, max);
    if (!parsed.ok) return (this.fail(field, parsed.message), null);
    if (parsed.value === null) this.missing(field, opts);
    return parsed.value;
  }

  /** A wall-clock "YYYY-MM-DDTHH:mm" from the first mapped of `fields` (date and time columns). */
  dateTime(fields: readonly string[], opts: Opts & { label: string }): string | null {
    const mapped = fields.filter((f) => this.has(f));
    const at = mapped.find((f) => cellText(this.cell(f)) !== "") ?? mapped[0] ?? fields[0];
    const parsed = parseLocalDateTime(mapped.map((f) => this.cell(f)), this.timeZone);
    if (!parsed.ok) return (this.fail(at, `${opts.label} ${parsed.message}`), null);
    if (parsed.value === null && opts.required) this.fail(at, `${opts.label} is empty.`);
    return parsed.value;
  }

  /** Minutes after midnight as "HH:mm" (24:00 allowed), for opening hours; undefined when unmapped. */
  hhmm(field: string): string | null | undefined {
    if (!this.has(field)) return undefined;
    const parsed = parseMinuteOfDay(this.cell(field), this.timeZone);
    if (!parsed.ok) return (this.fail(field, `${this.labels[field]} ${parsed.message}`), null);
    if (parsed.value === null) return null;
    return `${String(Math.floor(parsed.value / 60)).padStart(2, "0")}:${String(parsed.value % 60).padStart(2, "0")}`;
  }

  /** The app's own schema's refusals, each at the column of the field it names (once per column). */
  schemaIssues(error: z.ZodError, fieldOf: Record<string, string> = {}): void {
    for (const issue of error.issues) {
      const path = String(issue.path[0] ?? "");
      const field = fieldOf[path] ?? (path in this.labels ? path : null);
      const column = field ? (this.row.columns[field] ?? this.labels[field] ?? field) : null;
      if (column !== null && this.issues.some((i) => i.column === column)) continue;
      this.fail(field, issue.message);
    }
  }
}
