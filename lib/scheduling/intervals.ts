// Interval arithmetic on programme items. Items are half-open [startsAt, endsAt): an item ending
// at 13:00 and one starting at 13:00 are back to back, not overlapping.

interface Interval {
  id: string;
  startsAt: Date;
  endsAt: Date;
  startMs?: number;
  endMs?: number;
}

/** An interval's start and end in milliseconds: the engine's own copies carry them as numbers. */
export const startMsOf = (i: Interval): number => i.startMs ?? i.startsAt.getTime();
export const endMsOf = (i: Interval): number => i.endMs ?? i.endsAt.getTime();

/** Item order used everywhere: start, then end, then id, so results never depend on input order. */
export function compareItems(a: Interval, b: Interval): number {
  return (
    startMsOf(a) - startMsOf(b) ||
    endMsOf(a) - endMsOf(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * `items` in compareItems order, without changing the input. Each item's times are read once
 * into numbers first: a comparison sort reads them O(n log n) times, and on a large summit every
 * read of a Date is a trip through memory.
 */
export function sortedByTime<T extends Interval>(items: readonly T[]): T[] {
  const n = items.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = startMsOf(items[i]);
    ends[i] = endMsOf(items[i]);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || (items[a].id < items[b].id ? -1 : items[a].id > items[b].id ? 1 : 0));
  return order.map((i) => items[i]);
}

/** Two lists each in compareItems order, merged into one in that order (linear, no sort). */
export function mergeByTime<T extends Interval>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareItems(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * True when the two items share a moment. Written as max(start) < min(end) so an empty or
 * inverted item (end <= start) overlaps nothing instead of "containing" a point.
 */
export function itemsOverlap(a: Interval, b: Interval): boolean {
  const start = Math.max(startMsOf(a), startMsOf(b));
  const end = Math.min(endMsOf(a), endMsOf(b));
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
  // The running items and their ends, compacted in place (no new array per step).
  const active: T[] = [];
  const activeEnds: number[] = [];
  for (const item of sorted) {
    const start = startMsOf(item);
    let kept = 0;
    for (let i = 0; i < active.length; i++) {
      if (activeEnds[i] > start) {
        active[kept] = active[i];
        activeEnds[kept++] = activeEnds[i];
      }
    }
    active.length = kept;
    activeEnds.length = kept;
    const end = endMsOf(item);
    if (end <= start) continue;
    // Every active item started no later than `item` and ends after its start: they overlap.
    for (let i = 0; i < kept; i++) onPair(active[i], item);
    active.push(item);
    activeEnds.push(end);
  }
}
