// Keyboard navigation of the timeline grid (one tab stop, roving focus): which item the arrow,
// Home and End keys go to from the focused one. Pure: lanes in their shown order, items as minutes.
import type { ItemInput } from "./layout";

export type NavKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "FirstOfGrid" | "LastOfGrid";

/** The items of each lane in time order (as packRows orders them: on equal starts the longer first). */
export type NavIndex = { lanes: ItemInput[][]; laneOf: Map<string, number> };

export function navIndex(laneIds: readonly string[], items: readonly ItemInput[]): NavIndex {
  const position = new Map(laneIds.map((id, i) => [id, i]));
  const lanes: ItemInput[][] = laneIds.map(() => []);
  for (const item of items) {
    const index = position.get(item.laneId);
    if (index !== undefined) lanes[index].push(item);
  }
  const laneOf = new Map<string, number>();
  lanes.forEach((list, index) => {
    list.sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute || (a.id < b.id ? -1 : 1));
    for (const item of list) laneOf.set(item.id, index);
  });
  return { lanes, laneOf };
}

/** The item the grid starts on: the first of the first lane with items. */
export function firstItem(index: NavIndex): string | null {
  return index.lanes.find((l) => l.length > 0)?.[0]?.id ?? null;
}

/**
 * How far an item is in time from a minute: 0 when it runs at that minute, else the gap to its
 * nearer end. Up and down go to the item of the next lane nearest the focused item's start.
 */
function distance(item: ItemInput, minute: number): number {
  if (item.startMinute <= minute && minute < item.endMinute) return 0;
  return Math.min(Math.abs(item.startMinute - minute), Math.abs(item.endMinute - minute));
}

/** The item `key` goes to from `currentId`; null when there is none (the focus stays). */
export function nextItem(index: NavIndex, currentId: string | null, key: NavKey): string | null {
  const nonEmpty = index.lanes.filter((l) => l.length > 0);
  if (key === "FirstOfGrid") return nonEmpty[0]?.[0]?.id ?? null;
  if (key === "LastOfGrid") return nonEmpty[nonEmpty.length - 1]?.at(-1)?.id ?? null;
  const laneIndex = currentId === null ? undefined : index.laneOf.get(currentId);
  if (laneIndex === undefined) return firstItem(index);
  const lane = index.lanes[laneIndex];
  const at = lane.findIndex((i) => i.id === currentId);
  switch (key) {
    case "ArrowLeft":
      return lane[at - 1]?.id ?? null;
    case "ArrowRight":
      return lane[at + 1]?.id ?? null;
    case "Home":
      return lane[0].id === currentId ? null : lane[0].id;
    case "End":
      return lane[lane.length - 1].id === currentId ? null : lane[lane.length - 1].id;
    case "ArrowUp":
    case "ArrowDown": {
      const step = key === "ArrowUp" ? -1 : 1;
      const minute = lane[at].startMinute;
      // The nearest lane in that direction that has items; empty lanes are passed over.
      for (let l = laneIndex + step; l >= 0 && l < index.lanes.length; l += step) {
        const candidates = index.lanes[l];
        if (candidates.length === 0) continue;
        let best = candidates[0];
        for (const c of candidates) if (distance(c, minute) < distance(best, minute)) best = c;
        return best.id;
      }
      return null;
    }
  }
}
