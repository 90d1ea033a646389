import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { Change, ChangeMovement, ChangePlace, ChangeType } from "@/lib/itinerary/change-rules";
import type { ChangesSinceAck } from "@/lib/itinerary/changes";
import { formatTime } from "@/lib/time";
import { acknowledgeChangesAction } from "@/lib/itinerary/actions";
import { AcknowledgeChanges } from "./acknowledge-changes";
import styles from "./itinerary.module.css";

type Props = {
  data: ChangesSinceAck;
  delegationId: string;
  timeZone: string;
  lang: Lang;
  t: Dictionary;
  canAcknowledge: boolean;
  /** The per-person view: whose changes these are, and the link to the whole delegation's view. */
  person?: { title: string; wholeHref: string } | null;
};

const VARIANT: Record<ChangeType, string> = {
  added: "status-CONFIRMED",
  confirmed: "status-CONFIRMED",
  reinstated: "status-CONFIRMED",
  moved: "status-DRAFT",
  cancelled: "status-CANCELLED",
  removed: "status-CANCELLED",
  changed: "PRESS_MOMENT",
};

/** The name of a net change in the reader's language. */
export function changeTypeLabel(type: ChangeType, t: Dictionary): string {
  switch (type) {
    case "confirmed":
    case "reinstated":
    case "removed":
      return t.itineraryTasks.changes[type];
    default:
      return t.changes[type];
  }
}

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

/** An applied live change: each row it moved that the reader may see, with how far it moved. */
function CascadeParts({ parts, timeZone, lang, t }: { parts: Change[]; timeZone: string; lang: Lang; t: Dictionary }) {
  const shift = (c: Change) =>
    c.before?.startsAt && c.after?.startsAt ? Math.round((c.after.startsAt.getTime() - c.before.startsAt.getTime()) / 60_000) : 0;
  return (
    <ul className={styles.cascade}>
      {parts.map((part) => (
        <li key={part.id}>
          <strong>{part.movement ? movementText(part.movement, t) : part.title}</strong>
          {shift(part) !== 0 ? <> {t.ops.changes.shift(shift(part))}</> : null}
          <ChangeDetail change={part} timeZone={timeZone} lang={lang} t={t} />
        </li>
      ))}
    </ul>
  );
}

function ChangeDetail({ change, timeZone, lang, t }: { change: Change; timeZone: string; lang: Lang; t: Dictionary }) {
  const words = t.itineraryTasks.changes;
  if (change.cascade) return <CascadeParts parts={change.cascade.parts} timeZone={timeZone} lang={lang} t={t} />;
  if (change.type === "removed") {
    return <div>{words.noLongerInProgramme} {placeText(change.before, timeZone, lang)}</div>;
  }
  if (change.before && change.after && change.type !== "cancelled") {
    const before = placeText(change.before, timeZone, lang);
    const after = placeText(change.after, timeZone, lang);
    if (before === after) return <div>{after}</div>;
    return (
      <div>
        <del className={styles.old}>{before}</del> <span className={styles.arrow} aria-hidden="true">→</span> <ins className={styles.new}>{after}</ins>
      </div>
    );
  }
  return <div>{placeText(change.after ?? change.before, timeZone, lang)}</div>;
}

/**
 * What is different now from what the delegation last acknowledged, one entry per item, and the
 * one action to acknowledge it. In one person's view, only what concerns them; acknowledging is
 * then offered only when that is all there is, otherwise the whole delegation's view is linked.
 */
export function ChangesPanel({ data, delegationId, timeZone, lang, t, canAcknowledge, person }: Props) {
  const { changes, lastAcknowledged } = data;
  const words = t.itineraryTasks.changes;
  const newest = changes.reduce<Change | null>((a, c) => (!a || c.at > a.at ? c : a), null);
  const others = person ? (data.delegationCount ?? changes.length) - changes.length : 0;
  const since = lastAcknowledged ? `${formatMoment(lastAcknowledged.at, timeZone, lang)} (${lastAcknowledged.by})` : null;
  const status = changes.length === 0
    ? person ? words.noneForPerson(person.title) : since ? words.noneSince(since) : words.neverNone
    : since ? words.since(since) : words.neverWithChanges;
  return (
    <section className={`card ${styles.changes}`} aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        {person ? words.forPerson(person.title) : t.changes.heading}
        {changes.length > 0 ? <span className={styles.marker}>{t.changes.count(changes.length)}</span> : null}
      </h2>
      <p className="muted">{status}</p>
      {changes.length > 0 ? (
        <ol>
          {changes.map((change) => (
            <li key={change.id}>
              <div className={styles.change}>
                <Badge variant={VARIANT[change.type]}>{change.cascade ? t.ops.changes.applied[change.cascade.kind ?? "other"] : changeTypeLabel(change.type, t)}</Badge>
                <strong>{change.movement ? movementText(change.movement, t) : change.title}</strong>
              </div>
              <ChangeDetail change={change} timeZone={timeZone} lang={lang} t={t} />
              <div className="muted">{t.changes.by(change.actorName, formatMoment(change.at, timeZone, lang))}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {others > 0 && person ? (
        <p>
          {words.othersInDelegation(others)} <Link href={person.wholeHref}>{words.wholeDelegationLink}</Link>
        </p>
      ) : null}
      {canAcknowledge && (!person || others === 0) ? (
        <AcknowledgeChanges
          action={acknowledgeChangesAction}
          input={{ delegationId, seenUpTo: newest?.at.toISOString() }}
          text={{ acknowledge: t.changes.acknowledge, acknowledging: words.acknowledging, done: words.acknowledgedAt("{time}") }}
          timeZone={timeZone}
          lang={lang}
          show={changes.length > 0}
        />
      ) : null}
    </section>
  );
}
