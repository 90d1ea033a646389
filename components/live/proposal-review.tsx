"use client";
// Declaring a delay and reviewing what it would do before anything is written: the rows that would
// move (each can be left out or given other minutes), the conflicts that would remain, the
// delegations and agencies affected, repairs for the hard conflicts left; then applied, with a
// reason, as one change. A repair's moves can be reviewed the same way on their own.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { applyProposalAction, previewProposalAction } from "@/lib/live/actions";
import type { ProposalPreview } from "@/lib/live/queries";
import type { DeclareDelayValues, PreviewProposalValues } from "@/lib/live/schema";
import type { LineAdjustment, RepairMove, ShiftLine } from "@/lib/live/types";
import { dictionary, type Lang } from "@/lib/i18n";
import { localizeMessage } from "@/lib/i18n/errors";
import { formatTime } from "@/lib/time";
import styles from "./review.module.css";

type Source = PreviewProposalValues["source"];

const toRepairInput = (m: RepairMove) =>
  m.entity === "ProgrammeItem"
    ? { entity: "ProgrammeItem" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt!, spaceId: m.spaceId }
    : { entity: "Movement" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt };

export function ProposalReview({ lang, timeZone, subject, initialSource, subjectTitle }: {
  lang: Lang;
  timeZone: string;
  /** The item or movement a delay is declared on; null when reviewing a repair. */
  subject: { kind: "item" | "movement"; id: string } | null;
  initialSource?: Source;
  subjectTitle: string;
}) {
  const t = dictionary(lang).ops.form;
  const taskType = dictionary(lang).tasks.type;
  const router = useRouter();
  const formId = useId();
  const [delay, setDelay] = useState<DeclareDelayValues>(subject ? { subject: subject.kind, id: subject.id, minutes: 20, direction: "later", mode: "shift" } : { subject: "item", id: "", minutes: 1 });
  const [source, setSource] = useState<Source | null>(initialSource ?? null);
  const [adjustments, setAdjustments] = useState<Record<string, LineAdjustment>>({});
  const [preview, setPreview] = useState<ProposalPreview | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string; changeId?: string; hard?: number } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  async function run(next: Source, adjust: Record<string, LineAdjustment>) {
    setBusy(true);
    setMessage(null);
    const result = await previewProposalAction({ source: next, adjustments: Object.values(adjust) });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setMessage({ error: true, text: result.fieldErrors ? Object.values(result.fieldErrors).join(" ") || result.error : result.error });
      return;
    }
    setSource(next);
    setPreview(result.data);
  }

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function adjust(line: ShiftLine, change: Partial<LineAdjustment>) {
    const current = adjustments[line.key] ?? { key: line.key, include: true };
    setAdjustments({ ...adjustments, [line.key]: { ...current, ...change } });
  }

  async function apply() {
    if (!source || !preview) return;
    setBusy(true);
    const result = await applyProposalAction({ source, adjustments: Object.values(adjustments), reason, basis: preview.proposal.basis });
    setBusy(false);
    if (!result.ok) {
      setMessage({ error: true, text: result.fieldErrors?.reason ?? result.error });
      return;
    }
    setMessage({ error: false, text: t.applied(result.data.lines), changeId: result.data.changeId, hard: result.data.hardConflicts });
    setPreview(null);
    router.refresh();
  }

  const title = (line: ShiftLine) => (line.kind === "task" ? taskType[line.title as keyof typeof taskType] ?? line.title : line.title);
  const span = (s: { startsAt: Date; endsAt: Date | null }) => `${formatTime(new Date(s.startsAt), timeZone)}${s.endsAt ? `–${formatTime(new Date(s.endsAt), timeZone)}` : ""}`;
  const byKey = new Map(preview?.proposal.lines.map((l) => [l.key, l]) ?? []);

  return (
    <div className="stack">
      {subject ? (
        <form
          className="card"
          aria-labelledby={`${formId}-declare`}
          onSubmit={(e) => {
            e.preventDefault();
            setAdjustments({});
            void run({ kind: "delay", delay, repairs: [] }, {});
          }}
        >
          <h2 id={`${formId}-declare`}>{t.declareTitle}: {subjectTitle}</h2>
          <div className={styles.fields}>
            <div className="field">
              <label htmlFor={`${formId}-minutes`}>{t.minutes}</label>
              <input id={`${formId}-minutes`} name="minutes" type="number" inputMode="numeric" min={1} max={1440} required value={String(delay.minutes)} onChange={(e) => setDelay({ ...delay, minutes: e.target.value === "" ? 0 : Number(e.target.value) })} />
            </div>
            <div className="field">
              <label htmlFor={`${formId}-direction`}>{t.direction}</label>
              <select id={`${formId}-direction`} value={delay.direction} onChange={(e) => setDelay({ ...delay, direction: e.target.value as "later" | "earlier" })}>
                <option value="later">{t.later}</option>
                <option value="earlier">{t.earlier}</option>
              </select>
            </div>
            {subject.kind === "item" ? (
              <div className="field">
                <label htmlFor={`${formId}-mode`}>{t.mode}</label>
                <select id={`${formId}-mode`} value={delay.mode} onChange={(e) => setDelay({ ...delay, mode: e.target.value as "shift" | "overrun" })}>
                  <option value="shift">{t.modeShift}</option>
                  <option value="overrun">{t.modeOverrun}</option>
                </select>
              </div>
            ) : null}
          </div>
          <div className="actions">
            <button className="button" type="submit" disabled={busy}>{busy ? t.proposing : t.propose}</button>
          </div>
        </form>
      ) : null}

      {!subject && initialSource && !preview ? (
        <div className="actions">
          <button className="button" type="button" disabled={busy} onClick={() => void run(initialSource, {})}>{busy ? t.proposing : t.propose}</button>
        </div>
      ) : null}

      <div ref={messageRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "form-error" : styles.applied} hidden={!message}>
        {message?.text}
        {message && !message.error ? (
          <span>
            {" "}
            {message.hard && message.changeId ? <Link href={`/ops/repair/${message.changeId}`}>{t.repairsTitle}</Link> : null}{" "}
            <Link href="/ops">{dictionary(lang).ops.board.title}</Link>
          </span>
        ) : null}
      </div>

      {preview ? (
        <section className="card" aria-labelledby={`${formId}-proposal`}>
          <h2 id={`${formId}-proposal`}>{t.proposalTitle}</h2>
          <div className={styles.tableWrap}>
            <table className="data" data-testid="proposal-lines">
              <thead>
                <tr><th scope="col">{t.include}</th><th scope="col">{t.what}</th><th scope="col">{t.by}</th><th scope="col">{t.from}</th><th scope="col">{t.to}</th></tr>
              </thead>
              <tbody>
                {preview.proposal.lines.map((line) => {
                  const own = adjustments[line.key];
                  const followed = line.follows ? byKey.get(line.follows) : undefined;
                  return (
                    <tr key={line.key} className={line.follows ? styles.follower : undefined}>
                      <td>
                        <input type="checkbox" aria-label={`${t.include}: ${title(line)}`} checked={own?.include ?? true} disabled={line.primary} onChange={(e) => adjust(line, { include: e.target.checked })} />
                      </td>
                      <td>
                        <span className={styles.kind}>{t.kind[line.kind]}</span> {title(line)}
                        {followed ? <div className="muted">{t.followsLabel(title(followed))}</div> : null}
                      </td>
                      <td>
                        {line.primary ? (
                          <span>{line.startByMinutes === line.endByMinutes ? line.startByMinutes : `${line.startByMinutes} / ${line.endByMinutes}`}</span>
                        ) : (
                          <input className={styles.minutes} type="number" min={0} max={1440} aria-label={`${t.by}: ${title(line)}`} value={own?.minutes ?? Math.abs(line.startByMinutes)} onChange={(e) => adjust(line, { minutes: Number(e.target.value) })} />
                        )}
                      </td>
                      <td>{span(line.before)}</td>
                      <td>{span(line.after)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={busy || !source} onClick={() => source && void run(source, adjustments)}>{t.update}</button>
          </div>

          <h3>{t.conflictsLeft}</h3>
          {preview.proposal.conflicts.length === 0 ? <p>{t.noConflictsLeft}</p> : (
            <ul data-testid="conflicts-left">
              {preview.proposal.conflicts.map((c) => <li key={c.id}><strong>{c.severity === "hard" ? t.hard : t.warning}:</strong> {c.message}</li>)}
            </ul>
          )}
          <div className={styles.fields}>
            <div>
              <h3>{t.affectedDelegations}</h3>
              <p data-testid="affected-delegations">{preview.proposal.affected.delegations.map((d) => d.name).join(", ") || t.none}</p>
            </div>
            <div>
              <h3>{t.affectedAgencies}</h3>
              <p data-testid="affected-agencies">{preview.proposal.affected.agencies.map((a) => a.name).join(", ") || t.none}</p>
            </div>
          </div>
          {preview.proposal.hardConflictIds.length > 0 ? (
            <section aria-labelledby={`${formId}-repairs`}>
              <h3 id={`${formId}-repairs`}>{t.repairsTitle}</h3>
              {preview.repairs.length === 0 ? <p>{t.repairsNone}</p> : (
                <ol>
                  {preview.repairs.map((r, i) => (
                    <li key={i}>
                      {r.moves.map((m) => `${t.repairKind[m.kind]}: ${m.title} → ${span(m)}`).join("; ")} ({t.disturbs(r.disturbs.delegations, r.disturbs.agencies)}){" "}
                      <button
                        className="button button--secondary"
                        type="button"
                        disabled={busy || !source}
                        onClick={() => {
                          if (!source) return;
                          const moves = r.moves.map(toRepairInput);
                          void run(source.kind === "delay" ? { ...source, repairs: [...(source.repairs ?? []), ...moves] } : { kind: "repair", moves: [...source.moves, ...moves] }, adjustments);
                        }}
                      >
                        {t.takeRepair}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ) : null}
          {preview.proposal.refusals.length > 0 ? (
            <div className="form-error" role="alert"><strong>{t.refusals}:</strong> {preview.proposal.refusals.map((r) => `${r.title}: ${localizeMessage(r.message, lang)}`).join(" ")}</div>
          ) : null}
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              void apply();
            }}
          >
            <div className="field">
              <label htmlFor={`${formId}-reason`}>{t.reason}</label>
              <input id={`${formId}-reason`} value={reason} maxLength={500} required placeholder={t.reasonPlaceholder} aria-describedby={`${formId}-reason-hint`} onChange={(e) => setReason(e.target.value)} />
              <span id={`${formId}-reason-hint`} className="muted">{t.reasonHint}</span>
            </div>
            <div className="actions">
              <button className="button" type="submit" disabled={busy || preview.proposal.refusals.length > 0}>{busy ? t.applying : t.apply}</button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
