// The conflicts page's cards: severity (in words and shape, not colour alone), kind, day and time
// in the summit's zone, whom it affects, where, the items and movements involved, a planner's
// acceptance when there is one, and the links that fix it.
import Link from "next/link";
import { CONFLICT_TYPE_LABEL, SEVERITY_LABEL } from "@/lib/conflicts/labels";
import type { TriageCard } from "@/lib/conflicts/triage";
import { formatDay, formatDayMonth, formatDayTime, formatTime, isoDayOf } from "@/lib/time";
import styles from "./conflicts.module.css";

/** "Tue 24 Jun 2025, 19:30–22:30", naming the end's day when it is another ("Wed 25 Jun 00:30"). */
function whenText(start: Date, end: Date, timeZone: string): string {
  const sameDay = isoDayOf(new Date(Math.max(end.getTime() - 1, start.getTime())), timeZone) === isoDayOf(start, timeZone);
  const until = sameDay ? formatTime(end, timeZone) : `${formatDayMonth(end, timeZone)} ${formatTime(end, timeZone)}`;
  return `${formatDay(start, timeZone)}, ${formatTime(start, timeZone)}${end.getTime() > start.getTime() ? `–${until}` : ""}`;
}

function Card({ conflict: c, timeZone }: { conflict: TriageCard; timeZone: string }) {
  const hard = c.severity === "hard";
  const [primary, ...others] = c.fixes;
  return (
    <li className={hard ? styles.hard : styles.warning} data-severity={c.severity}>
      <div className={styles.head}>
        <span className={hard ? styles.severityHard : styles.severityWarning}>
          <span aria-hidden="true">{hard ? "■ " : "△ "}</span>
          {SEVERITY_LABEL[c.severity]}
        </span>
        <strong>{CONFLICT_TYPE_LABEL[c.type] ?? c.type}</strong>
        {c.startsAt ? (
          <time className={styles.when} dateTime={c.startsAt.toISOString()}>
            {whenText(c.startsAt, c.endsAt ?? c.startsAt, timeZone)}
          </time>
        ) : null}
      </div>
      <p className={styles.message}>{c.message}</p>
      <dl className={styles.facts}>
        {c.affected.length ? (
          <>
            <dt>Affects</dt>
            <dd>{c.affected.join(", ")}</dd>
          </>
        ) : null}
        {c.places.length ? (
          <>
            <dt>Where</dt>
            <dd>{c.places.join(", ")}</dd>
          </>
        ) : null}
        {c.items.length ? (
          <>
            <dt>Items</dt>
            <dd className={styles.items}>
              {c.items.map((i) => (
                <span key={i.id}>
                  <Link href={`/programme/items/${i.id}/edit`}>{i.title}</Link>{" "}
                  <span className="muted">{formatTime(i.startsAt, timeZone)}–{formatTime(i.endsAt, timeZone)}</span>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {c.movements.length ? (
          <>
            <dt>Movements</dt>
            <dd className={styles.items}>{c.movements.map((m) => <span key={m.id}>{m.label}</span>)}</dd>
          </>
        ) : null}
      </dl>
      {c.override ? (
        <p className={styles.override}>
          Accepted by {c.override.createdByName} at {formatDayTime(c.override.createdAt, timeZone)}: {c.override.reason}
        </p>
      ) : null}
      {primary ? (
        <div className={`${styles.fixes} no-print`}>
          <span>Fix:</span>
          <Link className={styles.primaryFix} href={primary.href}>{primary.label}</Link>
          {others.map((f) => <Link key={f.href} href={f.href}>{f.label}</Link>)}
        </div>
      ) : null}
    </li>
  );
}

export function ConflictCards({ conflicts, timeZone }: { conflicts: readonly TriageCard[]; timeZone: string }) {
  return (
    <ul className={styles.list} aria-label="Conflicts">
      {conflicts.map((c) => <Card key={c.id} conflict={c} timeZone={timeZone} />)}
    </ul>
  );
}
