import { Badge } from "@/components/ui/badge";
import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { Change, ChangeMovement, ChangePlace } from "@/lib/itinerary/change-rules";
import type { ChangesSinceAck } from "@/lib/itinerary/changes";
import { formatTime } from "@/lib/time";
import { AcknowledgeButton } from "@/components/ui/acknowledge-button";
import { acknowledgeChangesAction } from "@/lib/itinerary/actions";
import styles from "./itinerary.module.css";

type Props = { data: ChangesSinceAck; delegationId: string; timeZone: string; lang: Lang; t: Dictionary; canAcknowledge: boolean };

const VARIANT: Record<Change["type"], string> = { added: "status-CONFIRMED", moved: "status-DRAFT", cancelled: "status-CANCELLED", changed: "PRESS_MOMENT" };

function placeText(place: ChangePlace | null, timeZone: string, lang: Lang): string {
  if (!place) return "";
  const when = place.startsAt
    ? `${formatMoment(place.startsAt, timeZone, lang)}${place.endsAt ? `–${formatTime(place.endsAt, timeZone)}` : ""}`
    : "";
  return [when, [place.spaceName, place.venueName].filter(Boolean).join(", ")].filter(Boolean).join(", ");
}

/** A movement in the reader's language: "Aankomst op Schiphol (NLD 01)". */
function movementText(movement: ChangeMovement, t: Dictionary): string {
  if (movement.kind === "ARRIVAL") return t.movement.arrival(movement.to, movement.flight);
  if (movement.kind === "DEPARTURE") return t.movement.departure(movement.from, movement.flight);
  return t.movement.transfer(movement.from, movement.to);
}

/** What changed since the delegation last acknowledged, and the one action to acknowledge it. */
export function ChangesPanel({ data, delegationId, timeZone, lang, t, canAcknowledge }: Props) {
  const { changes, lastAcknowledged } = data;
  const newest = changes[changes.length - 1];
  return (
    <section className={`card ${styles.changes}`} aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        {t.changes.heading}
        {changes.length > 0 ? <span className={styles.marker} role="status">{t.changes.count(changes.length)}</span> : null}
      </h2>
      <p className="muted">
        {lastAcknowledged ? t.changes.since(`${formatMoment(lastAcknowledged.at, timeZone, lang)} (${lastAcknowledged.by})`) : t.changes.sinceNever}
      </p>
      {changes.length === 0 ? (
        <p role="status">{t.changes.none}</p>
      ) : (
        <>
          <ol>
            {changes.map((change) => (
              <li key={change.id}>
                <div className={styles.change}>
                  <Badge variant={VARIANT[change.type]}>{t.changes[change.type]}</Badge>
                  <strong>{change.movement ? movementText(change.movement, t) : change.title}</strong>
                </div>
                <div>
                  {change.type === "moved" || change.type === "changed" ? (
                    <>
                      <span>{placeText(change.before, timeZone, lang)}</span> <span className={styles.arrow}>→</span>{" "}
                      <span>{placeText(change.after, timeZone, lang)}</span>
                    </>
                  ) : (
                    <span>{placeText(change.after ?? change.before, timeZone, lang)}</span>
                  )}
                </div>
                <div className="muted">{t.changes.by(change.actorName, formatMoment(change.at, timeZone, lang))}</div>
              </li>
            ))}
          </ol>
          {canAcknowledge && newest ? <AcknowledgeButton action={acknowledgeChangesAction} input={{ delegationId, seenUpTo: newest.at.toISOString() }} label={t.changes.acknowledge} /> : null}
        </>
      )}
    </section>
  );
}
