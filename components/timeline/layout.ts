// Pure geometry of the timeline: the visible minute range, rows within a lane for overlapping
// items, each lane's vertical offset, and the zoom levels. Computed once per data change (memoised
// by the caller).
import type { TimelineZoomId } from "@/lib/i18n/timeline";

export type LaneInput = { id: string; venueName: string };
export type ItemInput = { id: string; laneId: string; startMinute: number; endMinute: number };

export const ROW_HEIGHT = 34;
export const SNAP_MINUTES = 5;

/**
 * The zoom levels, from the whole day (the range fills the timeline's width, no sideways
 * scrolling) to quarter-hour detail. `pxPerMinute` null means "fit"; `tick` is the minutes between
 * the labelled lines of the hour axis.
 */
export const ZOOMS = [
  { id: "day", pxPerMinute: null, tick: 60 },
  { id: "half-hour", pxPerMinute: 2, tick: 30 },
  { id: "quarter-hour", pxPerMinute: 4, tick: 15 },
] as const satisfies readonly { id: TimelineZoomId; pxPerMinute: number | null; tick: number }[];
export type ZoomLevel = (typeof ZOOMS)[number];
export const DEFAULT_ZOOM: TimelineZoomId = "day";
/**
 * Fitting the whole day never squeezes an hour under this many pixels a minute (45 px an hour, room
 * for its label): on a phone the day scrolls sideways inside the timeline instead.
 */
export const FIT_MIN_PX_PER_MINUTE = 0.75;

/** A zoom level from the query (?zoom=), or the default for anything else. */
export function parseZoom(value: unknown): TimelineZoomId {
  return ZOOMS.find((z) => z.id === value)?.id ?? DEFAULT_ZOOM;
}

export function zoomLevel(id: TimelineZoomId): ZoomLevel {
  return ZOOMS.find((z) => z.id === id) ?? ZOOMS[0];
}

/** The next level in (step 1) or out (step -1), staying at the ends. */
export function zoomStep(id: TimelineZoomId, step: 1 | -1): TimelineZoomId {
  const index = ZOOMS.findIndex((z) => z.id === id);
  return ZOOMS[Math.min(Math.max(index + step, 0), ZOOMS.length - 1)].id;
}

/** The labelled lines of the axis: every `tick` minutes from the range's start (a whole hour). */
export function ticks(range: { start: number; end: number }, tick: number): number[] {
  const out: number[] = [];
  for (let m = range.start; m < range.end; m += tick) out.push(m);
  return out;
}

/** Where a minute stands across the range, 0 to 100 (items are placed in percent of their track). */
export function percentOf(minute: number, range: { start: number; end: number }): number {
  return ((minute - range.start) / (range.end - range.start)) * 100;
}

/**
 * The shown range: whole hours covering the summit's programme (`span`, its earliest start and
 * latest end as minutes of this day, the same hours on every day) and this day's own items, never
 * outside the day. With no items at all, the whole day.
 */
export function visibleRange(
  items: readonly ItemInput[],
  dayMinutes: number,
  span: { start: number; end: number } | null = null,
): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const r of [...(span ? [{ startMinute: span.start, endMinute: span.end }] : []), ...items]) {
    start = Math.min(start, r.startMinute);
    end = Math.max(end, r.endMinute);
  }
  if (start === Number.POSITIVE_INFINITY) return { start: 0, end: dayMinutes };
  start = Math.min(Math.max(Math.floor(start / 60) * 60, 0), dayMinutes);
  end = Math.max(Math.min(Math.ceil(end / 60) * 60, dayMinutes), 0);
  // At least an hour, within the day.
  if (end - start < 60) {
    end = Math.min(start + 60, dayMinutes);
    start = Math.max(end - 60, 0);
  }
  return { start, end };
}

/**
 * Row of each item within its lane: items sorted by start go to the first row free at their
 * start (greedy interval partitioning), so overlapping items never cover each other.
 */
export function packRows(items: readonly ItemInput[]): { rowOf: Map<string, number>; rowsOfLane: Map<string, number> } {
  const byLane = new Map<string, ItemInput[]>();
  for (const item of items) {
    const list = byLane.get(item.laneId);
    if (list) list.push(item);
    else byLane.set(item.laneId, [item]);
  }
  const rowOf = new Map<string, number>();
  const rowsOfLane = new Map<string, number>();
  for (const [laneId, list] of byLane) {
    // On equal starts the longer item first: an event sits above the sessions that open it.
    list.sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute || (a.id < b.id ? -1 : 1));
    const rowEnds: number[] = [];
    for (const item of list) {
      let row = rowEnds.findIndex((end) => end <= item.startMinute);
      if (row === -1) row = rowEnds.push(item.endMinute) - 1;
      else rowEnds[row] = item.endMinute;
      rowOf.set(item.id, row);
    }
    rowsOfLane.set(laneId, Math.max(1, rowEnds.length));
  }
  return { rowOf, rowsOfLane };
}

/** Lanes in order, grouped by venue (a group starts where the venue changes). */
export function groupLanes<L extends LaneInput>(lanes: readonly L[]): { venueName: string; lanes: L[] }[] {
  const groups: { venueName: string; lanes: L[] }[] = [];
  for (const lane of lanes) {
    const last = groups[groups.length - 1];
    if (last && last.venueName === lane.venueName) last.lanes.push(lane);
    else groups.push({ venueName: lane.venueName, lanes: [lane] });
  }
  return groups;
}

/** Snap a minute offset to the grid. */
export const snap = (minutes: number): number => Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES;

/** A keyboard step: arrows move by 5 minutes, with Shift by 15. */
export const stepMinutes = (shift: boolean): number => (shift ? 15 : SNAP_MINUTES);
