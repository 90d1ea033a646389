// Interval arithmetic on programme items. Items are half-open [startsAt, endsAt): an item ending
// at 13:00 and one starting at 13:00 are back to back, not overlapping.

interface Interval {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** Item order used everywhere: start, then end, then id, so results never depend on input order. */
export function compareItems(a: Interval, b: Interval): number {
  return (
    a.startsAt.getTime() - b.startsAt.getTime() ||
    a.endsAt.getTime() - b.endsAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * True when the two items share a moment. Written as max(start) < min(end) so an empty or
 * inverted item (end <= start) overlaps nothing instead of "containing" a point.
 */
export function itemsOverlap(a: Interval, b: Interval): boolean {
  const start = Math.max(a.startsAt.getTime(), b.startsAt.getTime());
  const end = Math.min(a.endsAt.getTime(), b.endsAt.getTime());
  return start < end;
}

/**
 * Calls `onPair(earlier, later)` once for every overlapping pair in `sorted` (which must be in
 * compareItems order), by a sweep that keeps only the items still running.
 *
 * Cost: every active item the sweep looks at is either dropped (once per item) or reported as
 * overlapping, so the work is O(n + P) for P reported pairs, after the O(n log n) sort. The worst
 * case is when everything overlaps everything: P = n(n-1)/2, but then that is also the size of the
 * answer. Per member or per space P is small in practice.
 */
export function forEachOverlappingPair<T extends Interval>(
  sorted: readonly T[],
  onPair: (earlier: T, later: T) => void,
): void {
  let active: T[] = [];
  for (const item of sorted) {
    const start = item.startsAt.getTime();
    active = active.filter((a) => a.endsAt.getTime() > start);
    if (item.endsAt.getTime() <= start) continue;
    // Every active item started no later than `item` and ends after its start: they overlap.
    for (const a of active) onPair(a, item);
    active.push(item);
  }
}
