// A day timeline of tasks in the summit's time zone: one band per task type (its name at the
// left), overlapping tasks of a type on lanes within its band. A bar shows as much of its label as
// fits; its full text appears on hover and on keyboard focus (each bar links to its row in the
// list). Where the container is too narrow for bars to be read (a phone), the same tasks read as
// a list by type and time instead (task-timeline.module.css). Not printed: the list beside it is.
import type { TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import { dayBounds, formatTime, type IsoDay } from "@/lib/time";
import styles from "./task-timeline.module.css";

export type TimelineBar = { id: string; type: TaskType; startsAt: Date; endsAt: Date; label: string; description: string; status: TaskStatus };

const HOUR = 3_600_000;

/** Greedy lanes: each bar goes on the first lane that is free at its start. */
function lanesOf(bars: readonly TimelineBar[]): TimelineBar[][] {
  const lanes: TimelineBar[][] = [];
  for (const bar of [...bars].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const lane = lanes.find((l) => l[l.length - 1].endsAt.getTime() <= bar.startsAt.getTime());
    if (lane) lane.push(bar);
    else lanes.push([bar]);
  }
  return lanes;
}

/** The bars by type, in the order the dictionary lists the types. */
function bandsOf(bars: readonly TimelineBar[], t: Dictionary): { type: TaskType; name: string; lanes: TimelineBar[][] }[] {
  return (Object.keys(t.tasks.type) as TaskType[])
    .map((type) => ({ type, name: t.tasks.type[type], lanes: lanesOf(bars.filter((b) => b.type === type)) }))
    .filter((band) => band.lanes.length > 0);
}

export function TaskTimeline({ bars, day, timeZone, t }: { bars: readonly TimelineBar[]; day: IsoDay; timeZone: string; t: Dictionary }) {
  const bounds = dayBounds(day, timeZone);
  const clamp = (x: number) => Math.min(Math.max(x, bounds.startsAt.getTime()), bounds.endsAt.getTime());
  const first = Math.min(...bars.map((b) => clamp(b.startsAt.getTime())));
  const last = Math.max(...bars.map((b) => clamp(b.endsAt.getTime())));
  // Whole hours from the first start to the last end, counted from local midnight.
  const from = bounds.startsAt.getTime() + Math.floor((first - bounds.startsAt.getTime()) / HOUR) * HOUR;
  const to = Math.max(from + HOUR, bounds.startsAt.getTime() + Math.ceil((last - bounds.startsAt.getTime()) / HOUR) * HOUR);
  const pct = (x: number) => ((clamp(x) - from) / (to - from)) * 100;
  const hours: number[] = [];
  const step = to - from > 12 * HOUR ? 2 * HOUR : HOUR;
  for (let x = from; x <= to; x += step) hours.push(x);
  const bands = bandsOf(bars, t);
  const span = (b: TimelineBar) => `${formatTime(b.startsAt, timeZone)}–${formatTime(b.endsAt, timeZone)}`;

  return (
    <div className={styles.wrap}>
      <figure className={styles.timeline} aria-label={t.tasksPage.timelineLabel}>
        <p className={styles.hint}>{t.itineraryTasks.tasks.timeline.lanesBy}</p>
        <div className={styles.chart}>
          <div className={styles.scaleRow} aria-hidden="true">
            <span className={styles.bandName} />
            <div className={styles.scale}>
              {hours.map((x) => (
                <span key={x} className={styles.tick} style={{ left: `${pct(x)}%` }}>{formatTime(new Date(x), timeZone)}</span>
              ))}
            </div>
          </div>
          <ul className={styles.bands}>
            {bands.map((band) => (
              <li key={band.type} className={styles.band}>
                <span className={styles.bandName}>{band.name}</span>
                <div className={styles.track}>
                  {hours.map((x) => <span key={x} aria-hidden="true" className={styles.grid} style={{ left: `${pct(x)}%` }} />)}
                  {band.lanes.map((lane, index) => (
                    <div key={index} className={styles.lane}>
                      {lane.map((bar) => {
                        const left = pct(bar.startsAt.getTime());
                        const width = Math.max(pct(bar.endsAt.getTime()) - left, 0.6);
                        return (
                          <a
                            key={bar.id}
                            href={`#task-${bar.id}`}
                            className={`${styles.bar} ${styles[bar.status]} ${left > 60 ? styles.tipLeft : ""}`}
                            style={{ left: `${left}%`, width: `${width}%` }}
                            aria-label={`${bar.description} (${t.tasks.status[bar.status]})`}
                          >
                            <span className={styles.text} aria-hidden="true">{bar.label}</span>
                            <span className={styles.tip} aria-hidden="true">
                              {span(bar)} · {bar.description} · {t.tasks.status[bar.status]}
                            </span>
                          </a>
                        );
                      })}
                    </div>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </div>
        <figcaption className={styles.legend}>
          {(Object.entries(t.tasks.status) as [TaskStatus, string][]).map(([s, name]) => (
            <span key={s}><span className={`${styles.swatch} ${styles[s]}`} />{name}</span>
          ))}
        </figcaption>
      </figure>
      {/* The same tasks for a narrow screen, by type and time. */}
      <div className={styles.list}>
        <h3 className={styles.listHeading}>{t.itineraryTasks.tasks.timeline.listHeading}</h3>
        {bands.map((band) => (
          <section key={band.type} aria-label={band.name}>
            <h4>{band.name}</h4>
            <ol>
              {band.lanes.flat().sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((bar) => (
                <li key={bar.id}>
                  <span className={`${styles.swatch} ${styles[bar.status]}`} aria-hidden="true" />
                  <a href={`#task-${bar.id}`}><span className={styles.listTime}>{span(bar)}</span> {bar.label}</a>{" "}
                  <span className="muted">{t.tasks.status[bar.status]}</span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
