"use client";
// One item on the timeline: a plain positioned cell of the grid, memoised so that moving or
// focusing one item re-renders only that item. Events are handled by the timeline (delegation),
// not per item. It is placed in percent of its lane's track, so zooming (which only widens the
// track) re-renders no item at all.
import { memo } from "react";
import type { TimelineText } from "@/lib/i18n/timeline";
import { formatTime } from "@/lib/time";
import { percentOf, ROW_HEIGHT } from "./layout";
import styles from "./timeline.module.css";
import type { TimelineItemData } from "./types";

type Props = {
  item: TimelineItemData;
  row: number;
  rangeStart: number;
  rangeEnd: number;
  dayStartMs: number;
  timeZone: string;
  laneName: string;
  moving: boolean;
  /** The grid's one tab stop (roving focus). */
  active: boolean;
  /** Selected: shown in the panel below the timeline. */
  selected: boolean;
  /** Marked as the item a link pointed at (?highlight=). */
  highlighted?: boolean;
  text: TimelineText;
};

export function itemLabel(item: TimelineItemData, laneName: string, times: string, text: TimelineText): string {
  const conflicts = item.conflictCount ? `, ${text.item.conflicts(item.conflictCount)}` : "";
  const session = item.sessionOf ? text.item.sessionOf(item.sessionOf, item.inheritsSpace) : "";
  return `${item.title}, ${times}, ${laneName}${session}, ${text.item.status[item.status]}${conflicts}`;
}

export const TimelineItem = memo(function TimelineItem({ item, row, rangeStart, rangeEnd, dayStartMs, timeZone, laneName, moving, active, selected, highlighted = false, text }: Props) {
  const range = { start: rangeStart, end: rangeEnd };
  const from = Math.max(item.startMinute, rangeStart);
  const to = Math.min(item.endMinute, rangeEnd);
  const time = (m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone);
  const times = `${time(item.startMinute)}–${time(item.endMinute)}`;
  const className = [
    styles.item,
    styles[`kind_${item.kind}`],
    item.status === "DRAFT" ? styles.draft : "",
    item.status === "CANCELLED" ? styles.cancelled : "",
    item.conflictCount ? (item.hardConflict ? styles.hard : styles.warn) : "",
    moving ? styles.moving : "",
    item.sessionOf ? styles.session : "",
    highlighted ? styles.highlighted : "",
    selected ? styles.selected : "",
  ].join(" ");
  return (
    <div
      role="gridcell"
      tabIndex={active ? 0 : -1}
      data-item-id={item.id}
      className={className}
      style={{
        left: `${percentOf(from, range)}%`,
        // At least a few pixels, so a short item stays visible and clickable at every zoom.
        width: `max(${percentOf(to, range) - percentOf(from, range)}%, 6px)`,
        top: row * ROW_HEIGHT + 2,
      }}
      aria-label={itemLabel(item, laneName, times, text)}
      aria-selected={selected}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End Enter M Space Escape"
      aria-current={highlighted || undefined}
      title={[`${item.title} ${times}`, ...(item.sessionOf ? [text.item.sessionOf(item.sessionOf, item.inheritsSpace).replace(/^, /, "")] : []), ...item.conflictMessages].join("\n")}
    >
      {item.conflictCount ? <span className={styles.marker} aria-hidden="true">!{item.conflictCount > 1 ? item.conflictCount : ""}</span> : null}
      <span className={styles.itemText}>
        {item.title} <span className={styles.itemTime}>{times}</span>
      </span>
    </div>
  );
});
