"use client";
// The import, step by step: choose a file → see what was detected and change it → preview →
// import → report. The browser keeps the file and sends it again with each step, so any server
// instance can answer any step.
import { useState, useTransition } from "react";
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

export function ImportWizard({ kinds }: { kinds: readonly KindInfo[] }) {
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
    if (!file) return setError("Choose a file to import.");
    if (file.size > UPLOAD_LIMIT) return setError("The file is larger than 25 MB. Split it, or import the kinds one at a time. Nothing was imported.");
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
      <form className="card" aria-label="Choose a file" onSubmit={(e) => (e.preventDefault(), runPreview({ ...NONE, kind: choices.kind }))}>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="import-file">Spreadsheet (.xlsx or .csv)</label>
            <input id="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPreview(null), setOutcome(null))} />
          </div>
          <div className="field">
            <label htmlFor="import-kind">What it holds</label>
            <select id="import-kind" value={choices.kind ?? ""} onChange={(e) => setChoices({ ...NONE, kind: (e.target.value || null) as ImportKindName | null })}>
              <option value="">Guess from the headers</option>
              {kinds.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
            </select>
          </div>
          <button className="button" type="submit" disabled={pending || !file}>Read the file</button>
        </div>
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {preview ? (
        <>
          <LayoutFields layout={preview.layout} kinds={kinds} choices={choices} onChange={setChoices} />
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={pending} onClick={() => runPreview()}>Preview</button>
            <label><input type="checkbox" checked={removeMissing} onChange={(e) => (setRemoveMissing(e.target.checked), runPreview(choices, e.target.checked))} /> Also list what the file no longer has, to remove it</label>
          </div>
          {preview.fileErrors.map((m) => <p key={m} className="form-error" role="alert">{m}</p>)}
        </>
      ) : null}
      {plan && !outcome?.applied ? (
        <section className="card" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <p role="status">{`${plan.counts.new} new, ${plan.counts.changed} changed, ${plan.counts.unchanged} unchanged, ${plan.counts.error} with errors`}</p>
          <PreviewTable rows={plan.rows} caption="Nothing is saved until you import." />
          {removeMissing ? <Removals removals={plan.removals} chosen={remove} onChosen={setRemove} confirmed={confirmed} onConfirmed={setConfirmed} /> : null}
          {outcome && !outcome.applied ? <p className="form-error" role="alert">{outcome.message}</p> : null}
          <div className="actions">
            <button className="button" type="button" disabled={pending || blocked} onClick={runImport}>Import</button>
            {stale ? <span className="muted">The choices above changed: preview again first.</span> : plan.counts.error > 0 ? <span className="muted">Correct the errors in the file (or the columns above), then preview again.</span> : null}
          </div>
        </section>
      ) : null}
      {outcome?.applied ? (
        <section className="card" aria-labelledby="report-heading">
          <h2 id="report-heading">Imported</h2>
          <p role="status">{`Added ${outcome.report.counts.added}, updated ${outcome.report.counts.updated}, unchanged ${outcome.report.counts.unchanged}, removed ${outcome.report.counts.removed}, refused ${outcome.report.counts.refused}`}</p>
          <div className="actions">
            <button className="button button--secondary" type="button" onClick={() => download(reportCsv({ ...outcome.report, applied: true }), `import-${outcome.report.kind}.csv`)}>Download the report (CSV)</button>
          </div>
          <PreviewTable rows={outcome.report.rows} caption="What the import did" />
        </section>
      ) : null}
    </>
  );
}
