// The start pages' sections, one view per role. Every count links straight to the page that does
// the work, filtered where that page can be (the conflicts of one day and severity, a day's
// coverage gaps, one delegation's itinerary, one agency's tasks).
import Link from "next/link";
import { formatIsoDay, formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { AgencyStart, LiaisonStart, PlannerStart, SummitMoment, UpcomingEntry } from "@/lib/start/types";
import { formatTime, type IsoDay } from "@/lib/time";
import styles from "./start.module.css";

type Words = { t: Dictionary; lang: Lang; timeZone: string };

/** Where today stands: during the summit, or before or after it (then the pages show its start). */
export function MomentNote({ moment, t, lang }: { moment: SummitMoment; t: Dictionary; lang: Lang }) {
  const words = t.start.moment;
  const text =
    moment.phase === "during" ? words.during(formatIsoDay(moment.today, lang)) : words[moment.phase](formatIsoDay(moment.firstDay, lang));
  return <p className={moment.phase === "during" ? "muted" : styles.notice}>{text}</p>;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}

function When({ startsAt, endsAt, timeZone, lang }: { startsAt: Date; endsAt: Date | null; timeZone: string; lang: Lang }) {
  return (
    <span className={styles.when}>
      {formatMoment(startsAt, timeZone, lang)}
      {endsAt ? `–${formatTime(endsAt, timeZone)}` : null}
    </span>
  );
}

function UpcomingList({ entries, href, words }: { entries: readonly UpcomingEntry[]; href: (e: UpcomingEntry) => string; words: Words }) {
  return (
    <ul className={styles.list}>
      {entries.map((e) => (
        <li key={`${e.source}:${e.id}`}>
          <When startsAt={e.startsAt} endsAt={e.endsAt} timeZone={words.timeZone} lang={words.lang} />
          <Link href={href(e)}>{e.title}</Link>
          {e.place ? <span className="muted"> · {e.place}</span> : null}
          {e.status !== "CONFIRMED" ? <span className={styles.tag}>{words.t.itemStatus[e.status]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function PlannerStartView({ data, words, admin }: { data: PlannerStart; words: Words; admin: boolean }) {
  const { t, lang } = words;
  const w = t.start.planner;
  const day = (d: IsoDay) => formatIsoDay(d, lang);
  const nextDay = data.moment.phase === "during" ? data.moment.today : data.moment.firstDay;
  return (
    <div className={styles.grid}>
      <Section id="start-conflicts" title={w.conflicts}>
        {data.hardConflicts.length === 0 ? (
          <Empty>{w.noConflicts}</Empty>
        ) : (
          <ul className={styles.list}>
            {data.hardConflicts.map((c) => (
              <li key={c.day ?? "none"}>
                <Link href={c.day ? `/conflicts?day=${c.day}&severity=hard` : "/conflicts?severity=hard"}>
                  {c.day ? w.conflictsOn(day(c.day), c.count) : w.noDay(c.count)}
                </Link>
                {c.accepted ? <span className="muted"> ({w.accepted(c.accepted)})</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p className={styles.more}>
          <Link href="/conflicts">{w.allConflicts}</Link>
        </p>
      </Section>

      {data.coverageGaps ? (
        <Section id="start-coverage" title={w.coverage}>
          {data.coverageGaps.length === 0 ? (
            <Empty>{w.noGaps}</Empty>
          ) : (
            <ul className={styles.list}>
              {data.coverageGaps.map((g) => (
                <li key={g.day}>
                  <Link href={`/coverage/${g.day}?gaps=1`}>{w.gapsOn(day(g.day), g.gaps)}</Link>
                </li>
              ))}
            </ul>
          )}
          <p className={styles.more}>
            <Link href="/coverage">{w.coverageMatrix}</Link>
          </p>
        </Section>
      ) : null}

      <Section id="start-delegations" title={w.delegations}>
        {data.pendingDelegations.length === 0 ? (
          <Empty>{w.noDelegations}</Empty>
        ) : (
          <ul className={styles.list}>
            {data.pendingDelegations.map((d) => (
              <li key={d.id}>
                <Link href={`/itinerary/${d.id}`}>{d.name}</Link> <span className={styles.tag}>{w.changes(d.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="start-agencies" title={w.agencies}>
        {data.pendingAgencies.length === 0 ? (
          <Empty>{w.noAgencies}</Empty>
        ) : (
          <ul className={styles.list}>
            {data.pendingAgencies.map((a) => (
              <li key={a.id}>
                <Link href={`/tasks/${nextDay}?agency=${encodeURIComponent(a.id)}`}>{a.name}</Link> <span className={styles.tag}>{w.changes(a.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="start-bilaterals" title={w.bilaterals}>
        {data.bilaterals.length === 0 ? (
          <Empty>{w.noBilaterals}</Empty>
        ) : (
          <ul className={styles.list}>
            {data.bilaterals.map((b) => (
              <li key={b.id}>
                <Link href={`/bilaterals/${b.id}`}>{b.parties.join(" – ")}</Link> <span className={styles.tag}>{t.page.bilateralStatus[b.status]}</span>
                <span className="muted"> · {w.requestedOn(formatMoment(b.createdAt, words.timeZone, lang))}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="start-next" title={data.moment.phase === "during" ? w.next : w.firstItems}>
        {data.next.length === 0 ? (
          <Empty>{w.nothingNext}</Empty>
        ) : (
          <UpcomingList entries={data.next} href={(e) => `/programme/${e.day}`} words={words} />
        )}
        <p className={styles.more}>
          <Link href={`/programme/${nextDay}`}>{w.programme}</Link>
        </p>
      </Section>

      {admin ? (
        <Section id="start-admin" title={w.administration}>
          <ul className={styles.list}>
            <li><Link href="/admin/users">{t.start.nav.links.users}</Link></li>
            <li><Link href="/admin/summits">{t.start.nav.links.summits}</Link></li>
            <li><Link href="/admin/agencies">{t.start.nav.links.agencies}</Link></li>
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

export function LiaisonStartView({ data, words }: { data: LiaisonStart; words: Words }) {
  const { t, lang } = words;
  const w = t.start.liaison;
  if (data.delegations.length === 0) return <Empty>{w.noDelegation}</Empty>;
  const several = data.delegations.length > 1;
  return (
    <>
      {data.delegations.map((d) => {
        const prefix = `start-${d.delegation.code.toLowerCase()}`;
        const who = d.principal?.title ?? d.delegation.name;
        const itinerary = `/itinerary/${d.delegation.id}`;
        return (
          <div key={d.delegation.id} className={styles.delegation}>
            {several ? <h2 className={styles.delegationName}>{d.delegation.name}</h2> : null}
            <div className={styles.grid}>
              <Section id={`${prefix}-next`} title={data.moment.phase === "during" ? w.nextFor(who) : w.firstFor(who)}>
                {d.next ? (
                  <UpcomingList
                    entries={[d.next]}
                    href={() => (d.principal ? `${itinerary}?member=${encodeURIComponent(d.principal.id)}` : itinerary)}
                    words={words}
                  />
                ) : (
                  <Empty>{w.nothingNext}</Empty>
                )}
                <p className={styles.more}>
                  <Link href={itinerary}>{w.itinerary}</Link>
                </p>
              </Section>

              <Section id={`${prefix}-changes`} title={w.changes}>
                {d.changes === 0 ? (
                  <Empty>{w.allAcknowledged}</Empty>
                ) : (
                  <p>
                    <span className={styles.count}>{w.changesCount(d.changes)}</span> <Link href={`${itinerary}#changes-heading`}>{w.review}</Link>
                  </p>
                )}
              </Section>

              <Section id={`${prefix}-bilaterals`} title={w.bilaterals}>
                {d.bilaterals.length === 0 ? (
                  <Empty>{w.noBilaterals}</Empty>
                ) : (
                  <ul className={styles.list}>
                    {d.bilaterals.map((b) => (
                      <li key={b.id}>
                        <Link href={`/bilaterals/${b.id}`}>{w.withParties(b.parties.filter((p) => p !== d.delegation.name).join(", ") || d.delegation.name)}</Link>{" "}
                        <span className={styles.tag}>{t.page.bilateralStatus[b.status]}</span>
                        {b.proposedStartsAt ? <span className="muted"> · {w.proposedFor(formatMoment(b.proposedStartsAt, words.timeZone, lang))}</span> : null}
                        {b.awaitingAnswer ? <strong className={styles.attention}> {w.awaitingAnswer}</strong> : null}
                      </li>
                    ))}
                  </ul>
                )}
                <p className={styles.more}>
                  <Link href="/bilaterals/new">{w.requestNew}</Link>
                </p>
              </Section>
            </div>
          </div>
        );
      })}
    </>
  );
}

export function AgencyStartView({ data, words }: { data: AgencyStart; words: Words }) {
  const { t, lang } = words;
  const w = t.start.agency;
  if (!data.agency) return <Empty>{w.noAgency}</Empty>;
  const day = data.moment.phase === "during" ? data.moment.today : data.moment.firstDay;
  return (
    <div className={styles.grid}>
      <Section id="start-tasks" title={data.moment.phase === "during" ? w.next : w.firstTasks}>
        {data.next.length === 0 ? (
          <Empty>{w.nothingNext}</Empty>
        ) : (
          <ul className={styles.list}>
            {data.next.map((task) => (
              <li key={task.id}>
                <When startsAt={task.startsAt} endsAt={task.endsAt} timeZone={words.timeZone} lang={lang} />
                <Link href={`/tasks/${task.day}`}>{task.title}</Link>
                {task.place ? <span className="muted"> · {task.place}</span> : null}
                <span className={styles.tag}>{t.tasks.status[task.status]}</span>
              </li>
            ))}
          </ul>
        )}
        <p className={styles.more}>
          <Link href={`/tasks/${day}`}>{w.allTasks}</Link>
        </p>
      </Section>
      {data.changes !== null ? (
        <Section id="start-task-changes" title={w.changes}>
          {data.changes === 0 ? (
            <Empty>{w.allAcknowledged}</Empty>
          ) : (
            <p>
              <span className={styles.count}>{w.changesCount(data.changes)}</span> <Link href={`/tasks/${day}`}>{w.review}</Link>
            </p>
          )}
        </Section>
      ) : null}
    </div>
  );
}
