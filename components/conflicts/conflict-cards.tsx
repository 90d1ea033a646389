// The conflicts page's cards: severity (in words and shape, not colour alone), kind, day and time
// in the summit's zone, whom it affects, where, the items and movements involved, a planner's
// acceptance when there is one, and the links that fix it.
import Link from "next/link";
import type { TriageCard } from "@/lib/conflicts/triage";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import { conflictText, dictionary, formatInstantDay, formatIsoDayMonth, formatMoment, type Lang } from "@/lib/i18n";
import { formatTime, isoDayOf } from "@/lib/time";
import styles from "./conflicts.module.css";

/** "Tue 24 Jun 2025, 19:30–22:30", naming the end's day when it is another ("Wed 25 Jun 00:30"). */
function whenText(start: Date, end: Date, timeZone: string, lang: Lang): string {
  const sameDay = isoDayOf(new Date(Math.max(end.getTime() - 1, start.getTime())), timeZone) === isoDayOf(start, timeZone);
  const until = sameDay ? formatTime(end, timeZone) : `${formatIsoDayMonth(isoDayOf(end, timeZone), lang)} ${formatTime(end, timeZone)}`;
  return `${formatInstantDay(start, timeZone, lang)}, ${formatTime(start, timeZone)}${end.getTime() > start.getTime() ? `–${until}` : ""}`;
}

function Card({ conflict: c, timeZone, lang }: { conflict: TriageCard; timeZone: string; lang: Lang }) {
  const t = dictionary(lang).planning.conflicts;
  // The engine's explanation, the movements' labels and the fix links are phrases, rendered in
  // the reader's language (a conflict stored before its rule spoke in phrases stays English, marked so).
  const explained = conflictText(c, lang);
  const said = (label: string, phrase: Phrase) => conflictText({ message: label, phrase }, lang).text;
  const hard = c.severity === "hard";
  const [primary, ...others] = c.fixes;
  return (
    <li className={hard ? styles.hard : styles.warning} data-severity={c.severity}>
      <div className={styles.head}>
        <span className={hard ? styles.severityHard : styles.severityWarning}>
          <span aria-hidden="true">{hard ? "■ " : "△ "}</span>
          {t.severity[c.severity]}
        </span>
        <strong>{(t.kind as Record<string, string | undefined>)[c.type] ?? c.type}</strong>
        {c.startsAt ? (
          <time className={styles.when} dateTime={c.startsAt.toISOString()}>
            {whenText(c.startsAt, c.endsAt ?? c.startsAt, timeZone, lang)}
          </time>
        ) : null}
      </div>
      <p className={styles.message} lang={explained.lang}>{explained.text}</p>
      <dl className={styles.facts}>
        {c.affected.length ? (
          <>
            <dt>{t.affects}</dt>
            <dd>{c.affected.join(", ")}</dd>
          </>
        ) : null}
        {c.places.length ? (
          <>
            <dt>{t.where}</dt>
            <dd>{c.places.join(", ")}</dd>
          </>
        ) : null}
        {c.items.length ? (
          <>
            <dt>{t.items}</dt>
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
            <dt>{t.movements}</dt>
            <dd className={styles.items}>{c.movements.map((m) => <span key={m.id}>{said(m.label, m.labelPhrase)}</span>)}</dd>
          </>
        ) : null}
      </dl>
      {c.override ? (
        <p className={styles.override}>
          {t.accepted(c.override.createdByName, formatMoment(c.override.createdAt, timeZone, lang), c.override.reason)}
        </p>
      ) : null}
      {primary ? (
        <div className={`${styles.fixes} no-print`}>
          <span>{t.fix}</span>
          <Link className={styles.primaryFix} href={primary.href}>{said(primary.label, primary.phrase)}</Link>
          {others.map((f) => <Link key={f.href} href={f.href}>{said(f.label, f.phrase)}</Link>)}
        </div>
      ) : null}
    </li>
  );
}

export function ConflictCards({ conflicts, timeZone, lang }: { conflicts: readonly TriageCard[]; timeZone: string; lang: Lang }) {
  return (
    <ul className={styles.list} aria-label={dictionary(lang).planning.conflicts.list}>
      {conflicts.map((c) => <Card key={c.id} conflict={c} timeZone={timeZone} lang={lang} />)}
    </ul>
  );
}
