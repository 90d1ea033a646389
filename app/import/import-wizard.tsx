"use client";
// The import, step by step: choose a file → see what was detected and change it → preview →
// import → report. The browser keeps the file and sends it again with each step, so any server
// instance can answer any step. Words come from the page in the reader's language; the server's
// refusals are English and translated here (translateImport) where the word file knows them.
import { useState, useTransition } from "react";
import { fillWords, localizeRow, translateImport, type ImportText } from "@/lib/i18n/import";
import { applyImportAction, previewImportAction, type ApplyOutcome } from "@/lib/import/actions";
import type { ImportKindName } from "@/lib/import/fields";
import type { Preview } from "@/lib/import/queries";
import { reportCsv } from "@/lib/import/report";
import { LayoutFields, type Choices, type KindInfo } from "./layout-fields";
import { PreviewTable } from "./preview-table";
import { Removals } from "./removals";

/** The import's own limit (lib/import/limits.ts); the import page's actions take it (proxy.ts). */
const UPLOAD_LIMIT = 25 * 1024 * 1024;

const NONE: Choices = { kind: null, sheet: null, headerRow: null, mapping: null };

function download(csv: string, name: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function ImportWizard({ kinds, words }: { kinds: readonly KindInfo[]; words: ImportText }) {
  const w = words.wizard;
  const say = (message: string) => translateImport(words, message);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<Choices>(NONE);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [remove, setRemove] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  // The choices the preview shown was made with: the import must use the same.
  const [previewed, setPreviewed] = useState("");
  const [outcome, setOutcome] = useState<ApplyOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const form = (extra: object = {}) => {
    const data = new FormData();
    data.set("file", file!);
    data.set("options", JSON.stringify({ ...choices, removeMissing, ...extra }));
    return data;
  };

  const runPreview = (next: Choices = choices, missing = removeMissing) => {
    if (!file) return setError(words.refusals.fileMissing);
    if (file.size > UPLOAD_LIMIT) return setError(words.refusals.tooLarge);
    setChoices(next);
    start(async () => {
      const data = new FormData();
      data.set("file", file);
      data.set("options", JSON.stringify({ ...next, removeMissing: missing }));
      const result = await previewImportAction(data);
      setOutcome(null);
      setRemove([]);
      setConfirmed(false);
      if (!result.ok) {
        setPreview(null);
        setError(result.fieldErrors?.file ?? result.error);
        return;
      }
      setError(null);
      setPreview(result.data);
      setPreviewed(JSON.stringify(next));
    });
  };

  const runImport = () =>
    start(async () => {
      const result = await applyImportAction(form({ remove: confirmed ? remove : [] }));
      if (!result.ok) return setError(result.error);
      setError(null);
      setOutcome(result.data);
    });

  const plan = preview?.plan ?? null;
  const stale = JSON.stringify(choices) !== previewed;
  const blocked = stale || !plan || plan.counts.error > 0 || (preview?.fileErrors.length ?? 0) > 0 || (remove.length > 0 && !confirmed);
  return (
    <>
      <form className="card" aria-label={w.chooseFile} onSubmit={(e) => (e.preventDefault(), runPreview({ ...NONE, kind: choices.kind }))}>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="import-file">{w.file}</label>
            <input id="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPreview(null), setOutcome(null))} />
          </div>
          <div className="field">
            <label htmlFor="import-kind">{w.kind}</label>
            <select id="import-kind" value={choices.kind ?? ""} onChange={(e) => setChoices({ ...NONE, kind: (e.target.value || null) as ImportKindName | null })}>
              <option value="">{w.guess}</option>
              {kinds.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
            </select>
          </div>
          <button className="button" type="submit" disabled={pending || !file}>{w.read}</button>
        </div>
      </form>
      {error ? <p className="form-error" role="alert">{say(error)}</p> : null}
      {preview ? (
        <>
          <LayoutFields layout={preview.layout} kinds={kinds} choices={choices} onChange={setChoices} words={words.layout} />
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={pending} onClick={() => runPreview()}>{w.preview}</button>
            <label><input type="checkbox" checked={removeMissing} onChange={(e) => (setRemoveMissing(e.target.checked), runPreview(choices, e.target.checked))} /> {w.removeMissing}</label>
          </div>
          {preview.fileErrors.map((m) => <p key={m} className="form-error" role="alert">{say(m)}</p>)}
        </>
      ) : null}
      {plan && !outcome?.applied ? (
        <section className="card" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{w.previewHeading}</h2>
          <p role="status">{fillWords(w.counts, plan.counts)}</p>
          <PreviewTable rows={plan.rows} caption={w.nothingSaved} words={words} />
          {removeMissing ? <Removals removals={plan.removals} chosen={remove} onChosen={setRemove} confirmed={confirmed} onConfirmed={setConfirmed} words={words} /> : null}
          {outcome && !outcome.applied ? <p className="form-error" role="alert">{outcome.message}</p> : null}
          <div className="actions">
            <button className="button" type="button" disabled={pending || blocked} onClick={runImport}>{w.import}</button>
            {stale ? <span className="muted">{w.stale}</span> : plan.counts.error > 0 ? <span className="muted">{w.correctErrors}</span> : null}
          </div>
        </section>
      ) : null}
      {outcome?.applied ? (
        <section className="card" aria-labelledby="report-heading">
          <h2 id="report-heading">{w.importedHeading}</h2>
          <p role="status">{fillWords(w.reportCounts, outcome.report.counts)}</p>
          <div className="actions">
            <button className="button button--secondary" type="button" onClick={() => download(reportCsv({ ...outcome.report, rows: outcome.report.rows.map((r) => localizeRow(words, r)), removed: outcome.report.removed.map((r) => ({ label: say(r.label) })), applied: true }, words.report), `import-${outcome.report.kind}.csv`)}>{w.downloadReport}</button>
          </div>
          <PreviewTable rows={outcome.report.rows} caption={w.reportCaption} words={words} />
        </section>
      ) : null}
    </>
  );
}
