"use client";
// What saving the form would do, shown before saving: the sessions and transfers that would move with the item
// (old → new time) and the conflicts it would be left in. Computed on the server by the same code
// the save runs (lib/programme/preview.ts), a moment after the planner stops typing; the latest
// answer wins. When saving would be refused (a hard conflict stops Confirmed), it says so, and
// the form offers to confirm with a written reason.
import { useDocumentLang } from "@/components/ui/use-document-lang";
import { conflictText } from "@/lib/i18n";
import type { SavePreviewText } from "@/lib/i18n/editors";
import { localizeMessage } from "@/lib/i18n/errors";
import { fillIn } from "@/lib/i18n/forms";
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

/** "2 sessions and 25 transfers move with it …", "1 transfer moves with it …". */
function followerSummary(followers: readonly { kind: "session" | "transfer" }[], t: SavePreviewText): string {
  const count = (kind: "session" | "transfer", one: string, many: string) => {
    const n = followers.filter((f) => f.kind === kind).length;
    return n === 0 ? null : n === 1 ? one : fillIn(many, { n });
  };
  const parts = [count("session", t.oneSession, t.sessions), count("transfer", t.oneTransfer, t.transfers)].filter(Boolean);
  return fillIn(followers.length === 1 ? t.followerMoves : t.followersMove, { what: parts.join(t.and) });
}

export function SavePreview({ status, timeZone, text: t, severity }: { status: PreviewState; timeZone: string; text: SavePreviewText; severity: { hard: string; warning: string } }) {
  const lang = useDocumentLang();
  return (
    <section className={styles.preview} aria-labelledby="preview-heading" aria-live="polite" aria-busy={status.state === "checking"}>
      <h3 id="preview-heading">{t.heading}</h3>
      {status.state === "idle" ? <p className="muted">{t.idle}</p> : null}
      {status.state === "checking" ? <p className="muted">{t.checking}</p> : null}
      {status.state === "error" ? <p className="form-error">{status.message}</p> : null}
      {status.state === "ready" ? (
        <>
          {status.preview.followers.length > 0 ? (
            <>
              {/* A dinner for forty delegations moves eighty cars: the list folds, the count stays in view. */}
              <details open={status.preview.followers.length <= FOLD_AFTER}>
                <summary>{followerSummary(status.preview.followers, t)}</summary>
                <ul className={styles.followers} aria-label={t.followersLabel}>
                  {status.preview.followers.map((f) => (
                    <li key={f.id}>
                      {f.kind === "session" ? `${t.session}: ` : ""}{f.title}: <del>{span(f.before, timeZone)}</del> → <ins>{span(f.after, timeZone)}</ins>
                    </li>
                  ))}
                </ul>
              </details>
            </>
          ) : (
            <p>{t.nothingMoves}</p>
          )}
          {status.preview.conflicts.length > 0 ? (
            <>
              <p>{status.preview.conflicts.length === 1 ? t.oneConflict : fillIn(t.conflicts, { n: status.preview.conflicts.length })}</p>
              <ul className={styles.previewConflicts} aria-label={t.conflictsLabel}>
                {status.preview.conflicts.map((c) => (
                  <li key={c.id} data-severity={c.severity}>
                    <strong>{c.severity === "hard" ? severity.hard : severity.warning}</strong>: <span lang={conflictText(c, lang).lang}>{conflictText(c, lang).text}</span>
                    {c.override ? <em>{fillIn(t.accepted, { name: c.override.createdByName, reason: c.override.reason })}</em> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.noConflicts}</p>
          )}
          {status.preview.refusals.map((r) => <p key={r} className="form-error">{fillIn(t.refused, { reason: localizeMessage(r, lang) })}</p>)}
          {status.preview.blocked && status.preview.refusals.length === 0 ? (
            <p className="form-error">{t.blocked}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
