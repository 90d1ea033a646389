// Set arithmetic on half-open intervals [start, end) of epoch milliseconds. The slot finder
// describes "the slot may start here" as such sets, so every operation is a linear merge over
// sorted lists instead of a test per candidate minute. Bounds may be ±Infinity (an open end).

export type Interval = readonly [start: number, end: number];

/** Sorted, disjoint, non-adjacent and non-empty: the form every other function here expects. */
export function normalizeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = spans.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    // Touching spans merge too: [a, b) and [b, c) leave no gap between them.
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** a ∩ b, both normalized. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (start < end) out.push([start, end]);
    // Drop whichever span ends first: it cannot meet anything further along the other list.
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

/** from \ remove, both normalized. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of from) {
    let cursor = start;
    // Skip removals that end before this span; they ended before every later span too.
    while (j < remove.length && remove[j][1] <= cursor) j++;
    let k = j;
    while (k < remove.length && remove[k][0] < end) {
      if (remove[k][0] > cursor) out.push([cursor, remove[k][0]]);
      cursor = Math.max(cursor, remove[k][1]);
      k++;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}

/**
 * The instants `anchor + k * step` (k any integer) inside the spans, in order. The spans are
 * normalized, so the result is sorted and has no duplicates.
 */
export function gridPointsIn(spans: readonly Interval[], anchor: number, step: number): number[] {
  const points: number[] = [];
  for (const [start, end] of spans) {
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      throw new RangeError("gridPointsIn needs bounded spans");
    }
    const first = anchor + Math.ceil((start - anchor) / step) * step;
    for (let t = first; t < end; t += step) points.push(t);
  }
  return points;
}
