"use client";
// The pending move: where to, what it would conflict with (a live region, so screen readers hear
// every change) and the buttons to save or cancel it.
import { useState } from "react";
import styles from "./timeline.module.css";
import type { MoveStatus } from "./use-move";

type Props = {
  description: string | null;
  status: MoveStatus;
  onSave: (overrideReason?: string) => void;
  onCancel: () => void;
};

function ConflictLines({ conflicts }: { conflicts: { id: string; severity: string; message: string }[] }) {
  if (conflicts.length === 0) return <span> No conflicts.</span>;
  return (
    <ul>
      {conflicts.map((c) => (
        <li key={c.id}>
          <strong>{c.severity === "hard" ? "Hard conflict" : "Warning"}:</strong> {c.message}
        </li>
      ))}
    </ul>
  );
}

function Followers({ followers }: { followers: { id: string; kind: string; title: string }[] }) {
  if (followers.length === 0) return null;
  // A long list (a dinner's eighty cars) starts folded under its count.
  return (
    <details open={followers.length <= 8}>
      <summary>{followers.length === 1 ? "1 moves with it" : `${followers.length} move with it`}</summary>
      <ul aria-label="What moves with the item">
        {followers.map((f) => <li key={f.id}>{f.kind === "session" ? "Session: " : ""}{f.title}</li>)}
      </ul>
    </details>
  );
}

function Message({ description, status }: Pick<Props, "description" | "status">) {
  if (status.state === "saved") {
    return <>Moved {status.title}.<ConflictLines conflicts={status.conflicts} /></>;
  }
  if (!description) return <span className="muted">Select an item and use the arrow keys (Shift: 15 minutes) or drag it to move it.</span>;
  return (
    <>
      <div>{description}</div>
      {status.state === "checking" ? <span className="muted">Checking for conflicts…</span> : null}
      {status.state === "checked" ? (
        <>
          <Followers followers={status.followers} />
          <ConflictLines conflicts={status.conflicts} />
          {status.refusals.map((r) => <p key={r} className="form-error">Saving would be refused: {r}</p>)}
          {status.blocked && status.refusals.length === 0 ? <p className="form-error">Saving would be refused: a hard conflict stops Confirmed.</p> : null}
        </>
      ) : null}
      {status.state === "saving" ? <span className="muted">Saving…</span> : null}
      {status.state === "error" ? <p className="form-error">{status.message}</p> : null}
    </>
  );
}

export function MoveStatusPanel({ description, status, onSave, onCancel }: Props) {
  const [reason, setReason] = useState("");
  // A reason written for one pending move does not carry over to the next.
  const [reasonFor, setReasonFor] = useState(description);
  if (reasonFor !== description) {
    setReasonFor(description);
    setReason("");
  }
  return (
    <div className={`card ${styles.status}`}>
      <div role="status" aria-live="polite" aria-label="Move">
        <Message description={description} status={status} />
      </div>
      {description && status.state === "error" && status.canOverride ? (
        <div className="field">
          <label htmlFor="move-override-reason">Reason to accept the hard conflict</label>
          <textarea id="move-override-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => onSave(reason)}>Move with this reason</button>
          </div>
        </div>
      ) : null}
      {description && status.state !== "saved" ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => onSave()} disabled={status.state === "saving"}>Save move</button>
          <button type="button" className="button button--secondary" onClick={onCancel}>Cancel move</button>
          <span className="muted">Enter saves, Escape cancels.</span>
        </div>
      ) : null}
    </div>
  );
}
