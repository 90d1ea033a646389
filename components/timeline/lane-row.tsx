"use client";
import { memo, useEffect, useRef } from "react";
import { formatTime } from "@/lib/time";
import { PX_PER_MINUTE, ROW_HEIGHT } from "./layout";
import { TimelineItem } from "./timeline-item";
import styles from "./timeline.module.css";
import type { PendingMove, TimelineItemData, TimelineLaneData } from "./types";

type Props = {
  lane: TimelineLaneData;
  items: readonly TimelineItemData[];
  rows: number;
  rowOf: ReadonlyMap<string, number>;
  range: { start: number; end: number };
  dayStartMs: number;
  timeZone: string;
  /** The item of this lane being moved, if any. */
  movingId: string | null;
  /** The item to mark (?highlight=), if any. */
  highlightId?: string;
  /** The pending move, when its target is this lane. */
  ghost: (PendingMove & { title: string }) | null;
};

/** One space: its label and a track with its items. Re-renders only when its own props change. */
export const LaneRow = memo(function LaneRow({ lane, items, rows, rowOf, range, dayStartMs, timeZone, movingId, highlightId, ghost }: Props) {
  const width = (range.end - range.start) * PX_PER_MINUTE;
  const laneName = lane.venueName === lane.name ? lane.name : `${lane.name}, ${lane.venueName}`;
  const time = (m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone);
  return (
    <div className={styles.lane} data-lane-id={lane.id} role="group" aria-label={laneName}>
      <div className={styles.laneLabel} title={laneName}>
        {lane.name} {lane.capacity ? <span className={styles.capacity}>({lane.capacity})</span> : null}
      </div>
      <div className={styles.track} style={{ width, height: rows * ROW_HEIGHT + 4 }}>
        {items.map((item) => (
          <TimelineItem
            key={item.id}
            item={item}
            row={rowOf.get(item.id) ?? 0}
            rangeStart={range.start}
            rangeEnd={range.end}
            dayStartMs={dayStartMs}
            timeZone={timeZone}
            laneName={laneName}
            moving={item.id === movingId}
            highlighted={item.id === highlightId}
          />
        ))}
        {ghost ? (
          <Ghost left={(Math.max(ghost.startMinute, range.start) - range.start) * PX_PER_MINUTE} width={Math.max((ghost.endMinute - ghost.startMinute) * PX_PER_MINUTE, 6)}>
            {ghost.title} {time(ghost.startMinute)}–{time(ghost.endMinute)}
          </Ghost>
        ) : null}
      </div>
    </div>
  );
});

/** Where the pending move would put the item; kept in view while it travels. */
function Ghost({ left, width, children }: { left: number; width: number; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [left]);
  return (
    <div ref={ref} className={styles.ghost} style={{ left, width }} aria-hidden="true">
      {children}
    </div>
  );
}
