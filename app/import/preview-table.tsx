"use client";
// The preview (or report) of an import: each row of the file with its status, the old → new
// values of a changed row, and every error with its column, in the reader's words.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { fillWords, localizeRow, type ImportText } from "@/lib/i18n/import";
import type { RowPlan, RowStatus } from "@/lib/import/plan";

const VARIANT: Record<RowStatus, string> = { new: "status-CONFIRMED", changed: "status-DRAFT", unchanged: "muted", error: "status-CANCELLED" };

/** Rows shown at once: a 6,000-row file is previewed by its counts, its errors and changes first. */
const SHOWN = 500;

export function PreviewTable({ rows, caption, words }: { rows: readonly RowPlan[]; caption: string; words: ImportText }) {
  const w = words.table;
  const [showUnchanged, setShowUnchanged] = useState(false);
  const order: Record<RowStatus, number> = { error: 0, changed: 1, new: 2, unchanged: 3 };
  const listed = rows.filter((r) => showUnchanged || r.status !== "unchanged").sort((a, b) => order[a.status] - order[b.status] || a.row - b.row);
  const unchanged = rows.length - rows.filter((r) => r.status !== "unchanged").length;
  return (
    <>
      {unchanged > 0 ? (
        <label className="actions">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> {fillWords(w.showUnchanged, { n: unchanged })}
        </label>
      ) : null}
      <div className="table-scroll">
        <table className="data">
          <caption className="muted">{caption}</caption>
          <thead>
            <tr><th scope="col">{w.row}</th><th scope="col">{w.statusColumn}</th><th scope="col">{w.record}</th><th scope="col">{w.changesOrErrors}</th></tr>
          </thead>
          <tbody>
            {listed.slice(0, SHOWN).map((row) => localizeRow(words, row)).map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td><Badge variant={VARIANT[r.status]}>{w.status[r.status]}</Badge></td>
                <td>{r.label}</td>
                <td>
                  {r.errors.length > 0 ? (
                    <ul className="field-error">{r.errors.map((e, i) => <li key={i}>{e.column ? `${e.column}: ` : ""}{e.message}</li>)}</ul>
                  ) : r.changes.length > 0 ? (
                    <ul>{r.changes.map((c) => <li key={c.field}>{c.label}: <span className="muted">{c.before || w.empty}</span> → {c.after || w.empty}</li>)}</ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length > SHOWN ? <p className="muted">{fillWords(w.more, { n: listed.length - SHOWN })}</p> : null}
    </>
  );
}
