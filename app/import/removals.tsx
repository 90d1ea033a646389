"use client";
// "Remove what the file no longer lists": the records found, each to tick, those that cannot go
// with the reason, and the confirmation without which nothing is removed.
import { fillWords, translateImport, type ImportText } from "@/lib/i18n/import";
import type { Removal } from "@/lib/import/plan";

type Props = { removals: readonly Removal[]; chosen: readonly string[]; onChosen: (ids: string[]) => void; confirmed: boolean; onConfirmed: (value: boolean) => void; words: ImportText };

export function Removals({ removals, chosen, onChosen, confirmed, onConfirmed, words }: Props) {
  const w = words.removals;
  if (removals.length === 0) return <p className="muted">{w.none}</p>;
  const removable = removals.filter((r) => !r.blocker);
  return (
    <fieldset>
      <legend>{fillWords(w.legend, { n: removals.length })}</legend>
      <div className="checkbox-list">
        {removals.map((r) => (
          <label key={r.id}>
            <input type="checkbox" disabled={!!r.blocker} checked={chosen.includes(r.id)} onChange={(e) => onChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))} />{" "}
            {translateImport(words, r.label)}
            {r.blocker ? <span className="muted">{fillWords(w.cannotRemove, { reason: translateImport(words, r.blocker) })}</span> : null}
          </label>
        ))}
      </div>
      <div className="actions">
        <button className="button button--secondary" type="button" disabled={removable.length === 0} onClick={() => onChosen(removable.map((r) => r.id))}>{w.tickAll}</button>
        <label>
          <input type="checkbox" checked={confirmed} disabled={chosen.length === 0} onChange={(e) => onConfirmed(e.target.checked)} /> {fillWords(w.confirm, { n: chosen.length })}
        </label>
      </div>
    </fieldset>
  );
}
