// Pure geometry of the timeline: the visible minute range, rows within a lane for overlapping
// items, and each lane's vertical offset. Computed once per data change (memoised by the caller).

export type LaneInput = { id: string; venueName: string };
export type ItemInput = { id: string; laneId: string; startMinute: number; endMinute: number };

export const PX_PER_MINUTE = 2;
export const ROW_HEIGHT = 34;
export const SNAP_MINUTES = 5;

/** Whole hours covering the items, at least 07:00–24:00, never outside the day. */
export function visibleRange(items: readonly ItemInput[], dayMinutes: number): { start: number; end: number } {
  let start = Math.min(7 * 60, dayMinutes);
  let end = dayMinutes;
  for (const item of items) {
    start = Math.min(start, Math.floor(Math.max(item.startMinute, 0) / 60) * 60);
    end = Math.max(end, Math.min(Math.ceil(item.endMinute / 60) * 60, dayMinutes));
  }
  return { start: Math.max(0, start), end };
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
