// Where was a member just before an item? Not simply at the item that starts just before it: a
// long item can contain a short one, and after both the member is still where the long one was.
// The member's real previous whereabouts is the earlier item that ENDS LAST before the item starts.

import { endMsOf, startMsOf } from "./intervals";

interface Interval {
  id: string;
  startsAt: Date;
  endsAt: Date;
  startMs?: number;
  endMs?: number;
}

/**
 * For each item of `sorted` (compareItems order), the index of its previous item: among the items
 * before it in that order that end no later than it starts, the one ending last (a tie goes to the
 * one later in the order, so the result is total and stable); -1 when there is none.
 *
 * One sweep in start order plus one sort by end: O(n log n). Item j becomes a candidate for every
 * item i whose start is at or after j's end, and since starts only grow along the sweep, once a
 * candidate always a candidate: a running best is enough. The only catch is an empty or inverted
 * item (end <= start): it can reach its end threshold before its own turn in start order, so it is
 * held back until the sweep has passed it (it must not precede itself or the items before it).
 */
export function previousItemIndexes(sorted: readonly Interval[]): number[] {
  const n = sorted.length;
  // Times read once into numbers: the sort below would otherwise read each Date many times.
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) ends[i] = endMsOf(sorted[i]);
  const byEnd = Array.from({ length: n }, (_, i) => i).sort((a, b) => ends[a] - ends[b] || a - b);
  const reached = new Array<boolean>(n).fill(false);
  const previous = new Array<number>(n).fill(-1);
  let best = -1;
  const consider = (j: number): void => {
    // byEnd order and the sweep both feed candidates roughly by end; compare explicitly anyway.
    if (best === -1) best = j;
    else {
      const diff = ends[j] - ends[best];
      if (diff > 0 || (diff === 0 && j > best)) best = j;
    }
  };
  let p = 0;
  for (let i = 0; i < n; i++) {
    const start = startMsOf(sorted[i]);
    while (p < n && ends[byEnd[p]] <= start) {
      const j = byEnd[p++];
      reached[j] = true;
      if (j < i) consider(j);
    }
    previous[i] = best;
    // Item i (if already past its end threshold) precedes every later item: their starts are >= its start.
    if (reached[i]) consider(i);
  }
  return previous;
}
