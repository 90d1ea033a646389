"use client";
// The preview (or report) of an import: each row of the file with its status, the old → new
// values of a changed row, and every error with its column.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { RowPlan, RowStatus } from "@/lib/import/plan";

const STATUS: Record<RowStatus, { label: string; variant: string }> = {
  new: { label: "New", variant: "status-CONFIRMED" },
  changed: { label: "Changed", variant: "status-DRAFT" },
  unchanged: { label: "Unchanged", variant: "muted" },
  error: { label: "Error", variant: "status-CANCELLED" },
};

/** Rows shown at once: a 6,000-row file is previewed by its counts, its errors and changes first. */
const SHOWN = 500;

export function PreviewTable({ rows, caption }: { rows: readonly RowPlan[]; caption: string }) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const order: Record<RowStatus, number> = { error: 0, changed: 1, new: 2, unchanged: 3 };
  const listed = rows.filter((r) => showUnchanged || r.status !== "unchanged").sort((a, b) => order[a.status] - order[b.status] || a.row - b.row);
  const unchanged = rows.length - rows.filter((r) => r.status !== "unchanged").length;
  return (
    <>
      {unchanged > 0 ? (
        <label className="actions">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> Show the {unchanged} unchanged rows
        </label>
      ) : null}
      <div className="table-scroll">
        <table className="data">
          <caption className="muted">{caption}</caption>
          <thead>
            <tr><th scope="col">Row</th><th scope="col">Status</th><th scope="col">Record</th><th scope="col">Changes or errors</th></tr>
          </thead>
          <tbody>
            {listed.slice(0, SHOWN).map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td><Badge variant={STATUS[r.status].variant}>{STATUS[r.status].label}</Badge></td>
                <td>{r.label}</td>
                <td>
                  {r.errors.length > 0 ? (
                    <ul className="field-error">{r.errors.map((e, i) => <li key={i}>{e.column ? `${e.column}: ` : ""}{e.message}</li>)}</ul>
                  ) : r.changes.length > 0 ? (
                    <ul>{r.changes.map((c) => <li key={c.field}>{c.label}: <span className="muted">{c.before || "(empty)"}</span> → {c.after || "(empty)"}</li>)}</ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length > SHOWN ? <p className="muted">{listed.length - SHOWN} more rows are not shown here; the report lists them all.</p> : null}
    </>
  );
}
