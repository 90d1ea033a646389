// A day timeline of tasks: bars on an hour scale in the summit's time zone, overlapping tasks on
// separate lanes; each bar's full text is its tooltip. Not printed: the list beside it is.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import { dayBounds, formatTime, type IsoDay } from "@/lib/time";
import styles from "./task-timeline.module.css";

export type TimelineBar = { id: string; startsAt: Date; endsAt: Date; label: string; description: string; status: TaskStatus };

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

export function TaskTimeline({ bars, day, timeZone, t }: { bars: readonly TimelineBar[]; day: IsoDay; timeZone: string; t: Dictionary }) {
  const bounds = dayBounds(day, timeZone);
  const clamp = (t: number) => Math.min(Math.max(t, bounds.start.getTime()), bounds.end.getTime());
  const first = Math.min(...bars.map((b) => clamp(b.startsAt.getTime())));
  const last = Math.max(...bars.map((b) => clamp(b.endsAt.getTime())));
  // Whole hours from the first start to the last end, counted from local midnight.
  const from = bounds.start.getTime() + Math.floor((first - bounds.start.getTime()) / HOUR) * HOUR;
  const to = Math.max(from + HOUR, bounds.start.getTime() + Math.ceil((last - bounds.start.getTime()) / HOUR) * HOUR);
  const pct = (t: number) => ((clamp(t) - from) / (to - from)) * 100;
  const hours: number[] = [];
  const step = to - from > 12 * HOUR ? 2 * HOUR : HOUR;
  for (let t = from; t <= to; t += step) hours.push(t);

  return (
    <figure className={styles.timeline} aria-label={t.tasksPage.timelineLabel}>
      <div className={styles.body}>
        <div className={styles.scale} aria-hidden="true">
          {hours.map((t) => (
            <span key={t} className={styles.tick} style={{ left: `${pct(t)}%` }}>{formatTime(new Date(t), timeZone)}</span>
          ))}
        </div>
        {hours.map((t) => <span key={t} aria-hidden="true" className={styles.grid} style={{ left: `${pct(t)}%` }} />)}
        <ol className={styles.lanes}>
          {lanesOf(bars).map((lane, index) => (
            <li key={index} className={styles.lane}>
              {lane.map((bar) => {
                const left = pct(bar.startsAt.getTime());
                return (
                  <span
                    key={bar.id}
                    className={`${styles.bar} ${styles[bar.status]}`}
                    style={{ left: `${left}%`, width: `${Math.max(pct(bar.endsAt.getTime()) - left, 0.4)}%` }}
                    title={bar.description}
                  >
                    {bar.label}
                  </span>
                );
              })}
            </li>
          ))}
        </ol>
      </div>
      <figcaption className={styles.legend}>
        {(Object.entries(t.tasks.status) as [TaskStatus, string][]).map(([s, name]) => (
          <span key={s}><span className={`${styles.swatch} ${styles[s]}`} />{name}</span>
        ))}
      </figcaption>
    </figure>
  );
}
