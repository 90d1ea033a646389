"use client";
// One item on the timeline: a plain positioned div, memoised so that moving one item re-renders
// only that item. Events are handled by the timeline (delegation), not per item.
import { memo } from "react";
import { formatTime } from "@/lib/time";
import { PX_PER_MINUTE, ROW_HEIGHT } from "./layout";
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
  /** Marked as the item a link pointed at (?highlight=). */
  highlighted?: boolean;
};

const STATUS_TEXT = { DRAFT: "draft", CONFIRMED: "confirmed", CANCELLED: "cancelled" } as const;

export const TimelineItem = memo(function TimelineItem({ item, row, rangeStart, rangeEnd, dayStartMs, timeZone, laneName, moving, highlighted = false }: Props) {
  const from = Math.max(item.startMinute, rangeStart);
  const to = Math.min(item.endMinute, rangeEnd);
  const time = (m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone);
  const times = `${time(item.startMinute)}–${time(item.endMinute)}`;
  const conflicts = item.conflictCount ? `, ${item.conflictCount} conflict${item.conflictCount > 1 ? "s" : ""}` : "";
  const className = [
    styles.item,
    styles[`kind_${item.kind}`],
    item.status === "DRAFT" ? styles.draft : "",
    item.status === "CANCELLED" ? styles.cancelled : "",
    item.conflictCount ? (item.hardConflict ? styles.hard : styles.warn) : "",
    moving ? styles.moving : "",
    item.sessionOf ? styles.session : "",
    highlighted ? styles.highlighted : "",
  ].join(" ");
  const session = item.sessionOf ? `, session of ${item.sessionOf}${item.inheritsSpace ? " (in its space)" : ""}` : "";
  return (
    <div
      role="button"
      tabIndex={0}
      data-item-id={item.id}
      className={className}
      style={{ left: (from - rangeStart) * PX_PER_MINUTE, width: Math.max((to - from) * PX_PER_MINUTE, 6), top: row * ROW_HEIGHT + 2 }}
      aria-label={`${item.title}, ${times}, ${laneName}${session}, ${STATUS_TEXT[item.status]}${conflicts}`}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Enter Escape"
      aria-current={highlighted || undefined}
      title={[`${item.title} ${times}`, ...(item.sessionOf ? [`Session of ${item.sessionOf}`] : []), ...item.conflictMessages].join("\n")}
    >
      {item.conflictCount ? <span className={styles.marker} aria-hidden="true">!{item.conflictCount > 1 ? item.conflictCount : ""}</span> : null}
      <span className={styles.itemText}>
        {item.title} <span className={styles.itemTime}>{times}</span>
      </span>
    </div>
  );
});
