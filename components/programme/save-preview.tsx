"use client";
// What saving the form would do, shown before saving: the sessions and transfers that would move with the item
// (old → new time) and the conflicts it would be left in. Computed on the server by the same code
// the save runs (lib/programme/preview.ts), a moment after the planner stops typing; the latest
// answer wins. When saving would be refused (a hard conflict stops Confirmed), it says so, and
// the form offers to confirm with a written reason.
import { formatTime } from "@/lib/time";
import type { ItemPreview } from "@/lib/programme/preview";
import styles from "./item-form.module.css";

export type PreviewState =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "ready"; preview: ItemPreview }
  | { state: "error"; message: string };

function span(s: { startsAt: Date; endsAt: Date | null }, timeZone: string): string {
  return s.endsAt ? `${formatTime(s.startsAt, timeZone)}–${formatTime(s.endsAt, timeZone)}` : formatTime(s.startsAt, timeZone);
}

/** Longer lists of what moves start folded. */
const FOLD_AFTER = 8;

/** "2 sessions and 25 transfers move", "1 transfer moves". */
function followerSummary(followers: readonly { kind: "session" | "transfer" }[]): string {
  const count = (kind: "session" | "transfer", one: string, many: string) => {
    const n = followers.filter((f) => f.kind === kind).length;
    return n === 0 ? null : n === 1 ? `1 ${one}` : `${n} ${many}`;
  };
  const parts = [count("session", "session", "sessions"), count("transfer", "transfer", "transfers")].filter(Boolean);
  return `${parts.join(" and ")} ${followers.length === 1 ? "moves" : "move"}`;
}

export function SavePreview({ status, timeZone }: { status: PreviewState; timeZone: string }) {
  return (
    <section className={styles.preview} aria-labelledby="preview-heading" aria-live="polite" aria-busy={status.state === "checking"}>
      <h3 id="preview-heading">If you save</h3>
      {status.state === "idle" ? <p className="muted">Change the time, place, status or participants to see what follows.</p> : null}
      {status.state === "checking" ? <p className="muted">Checking…</p> : null}
      {status.state === "error" ? <p className="form-error">{status.message}</p> : null}
      {status.state === "ready" ? (
        <>
          {status.preview.followers.length > 0 ? (
            <>
              {/* A dinner for forty delegations moves eighty cars: the list folds, the count stays in view. */}
              <details open={status.preview.followers.length <= FOLD_AFTER}>
                <summary>{followerSummary(status.preview.followers)} with it (their agency tasks too)</summary>
                <ul className={styles.followers} aria-label="What moves with the item">
                  {status.preview.followers.map((f) => (
                    <li key={f.id}>
                      {f.kind === "session" ? "Session: " : ""}{f.title}: <del>{span(f.before, timeZone)}</del> → <ins>{span(f.after, timeZone)}</ins>
                    </li>
                  ))}
                </ul>
              </details>
            </>
          ) : (
            <p>Nothing moves with it.</p>
          )}
          {status.preview.conflicts.length > 0 ? (
            <>
              <p>{status.preview.conflicts.length === 1 ? "It would be left in 1 conflict:" : `It would be left in ${status.preview.conflicts.length} conflicts:`}</p>
              <ul className={styles.previewConflicts} aria-label="Conflicts after saving">
                {status.preview.conflicts.map((c) => (
                  <li key={c.id} data-severity={c.severity}>
                    <strong>{c.severity === "hard" ? "Hard" : "Warning"}</strong>: {c.message}
                    {c.override ? <em> — accepted by {c.override.createdByName}: {c.override.reason}</em> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No conflicts.</p>
          )}
          {status.preview.refusals.map((r) => <p key={r} className="form-error">Saving would be refused: {r}</p>)}
          {status.preview.blocked && status.preview.refusals.length === 0 ? (
            <p className="form-error">Saving as Confirmed would be refused: a hard conflict stops Confirmed. Save as draft, change the plan, or confirm with a written reason below.</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
