"use client";
// What the import detected, each choice changeable: the sheet, the header row, the kind of data
// and which column holds which field.
import { fillWords, type ImportText } from "@/lib/i18n/import";
import type { Layout } from "@/lib/import/layout";
import type { ImportKindName } from "@/lib/import/fields";
import { columnLetter } from "@/lib/import/text";

export type KindInfo = { kind: ImportKindName; label: string; fields: { name: string; label: string; required: boolean; help: string }[] };

export type Choices = { kind: ImportKindName | null; sheet: string | null; headerRow: number | null; mapping: Record<string, number | null> | null };

type Props = { layout: Layout; kinds: readonly KindInfo[]; choices: Choices; onChange: (choices: Choices) => void; words: ImportText["layout"] };

export function LayoutFields({ layout, kinds, choices, onChange, words: w }: Props) {
  const kind = kinds.find((k) => k.kind === (choices.kind ?? layout.kind));
  const mapping = choices.mapping ?? layout.mapping;
  return (
    <fieldset className="card">
      <legend>{w.legend}</legend>
      <div className="inline-form">
        {layout.sheetNames.length > 1 ? (
          <div className="field">
            <label htmlFor="import-sheet">{w.sheet}</label>
            <select id="import-sheet" value={choices.sheet ?? layout.sheet} onChange={(e) => onChange({ ...choices, sheet: e.target.value, headerRow: null, mapping: null })}>
              {layout.sheetNames.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="import-header-row">{w.headerRow}</label>
          <input id="import-header-row" type="number" min={1} value={choices.headerRow ?? layout.headerRow} onChange={(e) => onChange({ ...choices, headerRow: Number(e.target.value) || null, mapping: null })} />
        </div>
        <div className="field">
          <label htmlFor="import-kind-found">{w.holds}</label>
          <select id="import-kind-found" value={choices.kind ?? layout.kind ?? ""} onChange={(e) => onChange({ ...choices, kind: (e.target.value || null) as ImportKindName | null, mapping: null })}>
            <option value="">{w.choose}</option>
            {kinds.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
          </select>
        </div>
      </div>
      {layout.matrix ? (
        <p className="muted">{fillWords(w.matrix, { row: layout.headerRow })}</p>
      ) : kind ? (
        <table className="data">
          <caption className="muted">{w.columnsCaption}</caption>
          <thead><tr><th scope="col">{w.field}</th><th scope="col">{w.column}</th><th scope="col">{w.holdsColumn}</th></tr></thead>
          <tbody>
            {kind.fields.map((f) => (
              <tr key={f.name}>
                <td><label htmlFor={`map-${f.name}`}>{f.label}</label>{f.required ? " *" : ""}</td>
                <td>
                  <select
                    id={`map-${f.name}`}
                    value={mapping[f.name] ?? ""}
                    onChange={(e) => onChange({ ...choices, mapping: { ...mapping, [f.name]: e.target.value === "" ? null : Number(e.target.value) } })}
                  >
                    <option value="">{w.notInFile}</option>
                    {layout.headers.map((h, i) => <option key={i} value={i}>{`${columnLetter(i)} (${h})`}</option>)}
                  </select>
                </td>
                <td className="muted">{f.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </fieldset>
  );
}
