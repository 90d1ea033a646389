"use client";
import { memo, useEffect, useRef } from "react";
import type { TimelineText } from "@/lib/i18n/timeline";
import { formatTime } from "@/lib/time";
import { percentOf, ROW_HEIGHT } from "./layout";
import { TimelineItem } from "./timeline-item";
import styles from "./timeline.module.css";
import type { PendingMove, TimelineItemData, TimelineLaneData } from "./types";

type Props = {
  lane: TimelineLaneData;
  /** "Forum Hall, World Forum": the row's name and part of each item's. */
  laneName: string;
  items: readonly TimelineItemData[];
  rows: number;
  rowOf: ReadonlyMap<string, number>;
  range: { start: number; end: number };
  dayStartMs: number;
  timeZone: string;
  /** The item of this lane being moved, if any. */
  movingId: string | null;
  /** The grid's tab stop, when it is in this lane. */
  activeId: string | null;
  /** The selected item, when it is in this lane. */
  selectedId: string | null;
  /** The item to mark (?highlight=), if any. */
  highlightId?: string;
  /** The pending move, when its target is this lane. */
  ghost: (PendingMove & { title: string }) | null;
  text: TimelineText;
};

/**
 * One space: a row of the grid with its label (sticky at the left) and a track with its items.
 * Re-renders only when its own props change.
 */
export const LaneRow = memo(function LaneRow({ lane, laneName, items, rows, rowOf, range, dayStartMs, timeZone, movingId, activeId, selectedId, highlightId, ghost, text }: Props) {
  const time = (m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone);
  return (
    <div className={styles.lane} data-lane-id={lane.id} role="row" aria-label={laneName}>
      <div className={styles.laneLabel} title={laneName} role="rowheader">
        {lane.name} {lane.capacity ? <span className={styles.capacity}>({lane.capacity})</span> : null}
      </div>
      <div className={styles.track} style={{ height: rows * ROW_HEIGHT + 4 }}>
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
            active={item.id === activeId}
            selected={item.id === selectedId}
            highlighted={item.id === highlightId}
            text={text}
          />
        ))}
        {ghost ? (
          <Ghost
            left={percentOf(Math.max(ghost.startMinute, range.start), range)}
            width={percentOf(Math.min(ghost.endMinute, range.end), range) - percentOf(Math.max(ghost.startMinute, range.start), range)}
          >
            {ghost.title} {time(ghost.startMinute)}–{time(ghost.endMinute)}
          </Ghost>
        ) : null}
      </div>
    </div>
  );
});

/** Where the pending move would put the item (percent of the track); kept in view while it travels. */
function Ghost({ left, width, children }: { left: number; width: number; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [left]);
  return (
    <div ref={ref} className={styles.ghost} style={{ left: `${left}%`, width: `max(${width}%, 6px)` }} aria-hidden="true">
      {children}
    </div>
  );
}
