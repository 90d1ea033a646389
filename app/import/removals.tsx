"use client";
// "Remove what the file no longer lists": the records found, each to tick, those that cannot go
// with the reason, and the confirmation without which nothing is removed.
import type { Removal } from "@/lib/import/plan";

type Props = { removals: readonly Removal[]; chosen: readonly string[]; onChosen: (ids: string[]) => void; confirmed: boolean; onConfirmed: (value: boolean) => void };

export function Removals({ removals, chosen, onChosen, confirmed, onConfirmed }: Props) {
  if (removals.length === 0) return <p className="muted">The file lists everything there is: nothing to remove.</p>;
  const removable = removals.filter((r) => !r.blocker);
  return (
    <fieldset>
      <legend>Not in the file ({removals.length})</legend>
      <div className="checkbox-list">
        {removals.map((r) => (
          <label key={r.id}>
            <input type="checkbox" disabled={!!r.blocker} checked={chosen.includes(r.id)} onChange={(e) => onChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))} />{" "}
            {r.label}
            {r.blocker ? <span className="muted"> — cannot be removed: {r.blocker}</span> : null}
          </label>
        ))}
      </div>
      <div className="actions">
        <button className="button button--secondary" type="button" disabled={removable.length === 0} onClick={() => onChosen(removable.map((r) => r.id))}>Tick all that can be removed</button>
        <label>
          <input type="checkbox" checked={confirmed} disabled={chosen.length === 0} onChange={(e) => onConfirmed(e.target.checked)} /> I have checked this list: remove the {chosen.length} ticked
        </label>
      </div>
    </fieldset>
  );
}
