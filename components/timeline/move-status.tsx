"use client";
// Below the timeline: the selected item (what it is, open it, pick it up to move it) and the
// pending move: where to, what it would conflict with (a live region, so screen readers hear every
// change) and the buttons to save or cancel it.
import Link from "next/link";
import { useState } from "react";
import { useDocumentLang } from "@/components/ui/use-document-lang";
import { conflictText } from "@/lib/i18n";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import { localizeMessage } from "@/lib/i18n/errors";
import type { TimelineText } from "@/lib/i18n/timeline";
import styles from "./timeline.module.css";
import type { MoveStatus } from "./use-move";

export type SelectedSummary = { id: string; label: string; conflictMessages: string[]; editHref: string };

type Props = {
  description: string | null;
  status: MoveStatus;
  /** The selected item, when one is. */
  selected: SelectedSummary | null;
  /** The selected item is picked up (keyboard move mode). */
  pickedUp: boolean;
  onSave: (overrideReason?: string) => void;
  onCancel: () => void;
  onPickUp: () => void;
  text: TimelineText;
};

function ConflictLines({ conflicts, text }: { conflicts: { id: string; severity: string; message: string; phrase?: Phrase }[]; text: TimelineText }) {
  const lang = useDocumentLang();
  if (conflicts.length === 0) return <span> {text.panel.noConflicts}</span>;
  return (
    <ul>
      {conflicts.map((c) => (
        <li key={c.id}>
          <strong>{c.severity === "hard" ? text.panel.hard : text.panel.warning}:</strong> <span lang={conflictText(c, lang).lang}>{conflictText(c, lang).text}</span>
        </li>
      ))}
    </ul>
  );
}

function Followers({ followers, text }: { followers: { id: string; kind: string; title: string }[]; text: TimelineText }) {
  if (followers.length === 0) return null;
  // A long list (a dinner's eighty cars) starts folded under its count.
  return (
    <details open={followers.length <= 8}>
      <summary>{text.panel.followers(followers.length)}</summary>
      <ul aria-label={text.panel.followersList}>
        {followers.map((f) => <li key={f.id}>{f.kind === "session" ? text.panel.session : ""}{f.title}</li>)}
      </ul>
    </details>
  );
}

function Message({ description, status, text }: Pick<Props, "description" | "status" | "text">) {
  const t = text.panel;
  const lang = useDocumentLang();
  if (status.state === "saved") {
    return <>{t.moved(status.title)}<ConflictLines conflicts={status.conflicts} text={text} /></>;
  }
  if (!description) return null;
  return (
    <>
      <div>{description}</div>
      {status.state === "checking" ? <span className="muted">{t.checking}</span> : null}
      {status.state === "checked" ? (
        <>
          <Followers followers={status.followers} text={text} />
          <ConflictLines conflicts={status.conflicts} text={text} />
          {status.refusals.map((r) => <p key={r} className="form-error">{t.refused(localizeMessage(r, lang))}</p>)}
          {status.blocked && status.refusals.length === 0 ? <p className="form-error">{t.refusedHard}</p> : null}
        </>
      ) : null}
      {status.state === "saving" ? <span className="muted">{t.saving}</span> : null}
      {status.state === "error" ? <p className="form-error">{status.message}</p> : null}
    </>
  );
}

export function MoveStatusPanel({ description, status, selected, pickedUp, onSave, onCancel, onPickUp, text }: Props) {
  const t = text.panel;
  const [reason, setReason] = useState("");
  // A reason written for one pending move does not carry over to the next.
  const [reasonFor, setReasonFor] = useState(description);
  if (reasonFor !== description) {
    setReasonFor(description);
    setReason("");
  }
  return (
    <div className={`card ${styles.status}`} data-timeline-panel="">
      {selected && !description ? (
        <div className={styles.selectedLine}>
          <span>
            <strong>{t.selected}</strong> {selected.label}
          </span>
          <Link href={selected.editHref}>{t.open}</Link>
          <button type="button" className="button button--secondary" onClick={onPickUp}>{t.pickUp}</button>
          {selected.conflictMessages.length ? (
            <ul className={styles.selectedConflicts}>
              {selected.conflictMessages.map((m) => <li key={m}>{m}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
      {!selected && !description && status.state !== "saved" ? <p className="muted">{t.idle}</p> : null}
      {pickedUp && !description ? <p className="muted">{t.movingHint}</p> : null}
      <div role="status" aria-live="polite" aria-label={t.region}>
        <Message description={description} status={status} text={text} />
      </div>
      {description && status.state === "error" && status.canOverride ? (
        <div className="field">
          <label htmlFor="move-override-reason">{t.reason}</label>
          <textarea id="move-override-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => onSave(reason)}>{t.moveWithReason}</button>
          </div>
        </div>
      ) : null}
      {description && status.state !== "saved" ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => onSave()} disabled={status.state === "saving"}>{t.save}</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>{t.cancel}</button>
          <span className="muted">{t.saveKeys}</span>
        </div>
      ) : null}
    </div>
  );
}
