// One participant's day as the slot finder needs it: their items, where they come from at any
// moment, and the set of slot starts that would break a rule of the engine for them.
//
// "Where they come from" follows the travel rule exactly (see previous-item.ts): a slot starting at
// s is reached from the item that ends last at or before s, and an item N is reached from the slot
// when the slot ends after N's current previous item and no later than N starts. Getting this
// exactly right matters: checkSummit on the programme with the slot added must stay clean.
import { placeAtEnd, placeAtStart, travelMinutes } from "./context";
import { normalizeIntervals, type Interval } from "./free-intervals";
import { previousItemIndexes } from "./previous-item";
import { MS_PER_MINUTE } from "./slot-request";
import type { DelegationStay, EngineContext, SummitDelegation, SummitItem, SummitMember } from "./types";

interface Segment {
  from: number;
  to: number;
  item: number;
}

export interface MemberTimeline {
  member: SummitMember;
  delegation: SummitDelegation | undefined;
  /** When the member's delegation can first and last be anywhere (dates and flights). */
  stay: DelegationStay | undefined;
  /** Non-cancelled items the member attends and movements carrying them, in compareItems order. */
  items: readonly SummitItem[];
  /** Where the member must be as each occupation begins (items: their venue). */
  startVenueIds: readonly (string | undefined)[];
  /** Where the member is as each occupation ends (a transfer: its destination). */
  venueIds: readonly (string | undefined)[];
  /** Each item's previous item as the travel rule sees it (-1: none). */
  previous: readonly number[];
  /** For slot starts in [from, to) the member comes from items[item]; sorted and contiguous. */
  segments: readonly Segment[];
}

export function buildTimeline(ctx: EngineContext, member: SummitMember): MemberTimeline {
  const items = ctx.itemsByMember.get(member.id) ?? [];
  const venueIds = items.map((item) => placeAtEnd(ctx, item)?.id);
  const startVenueIds = items.map((item) => placeAtStart(ctx, item)?.id);

  // An item can precede a slot starting at s once it has both started and ended by s (for normal
  // items: ended; an inverted item only once its start, which orders it before the slot, is past).
  const ready = (i: number): number => Math.max(items[i].startsAt.getTime(), items[i].endsAt.getTime());
  const order = items.map((_, i) => i).sort((a, b) => ready(a) - ready(b) || a - b);
  const segments: Segment[] = [];
  let best = -1;
  for (let k = 0; k < order.length; ) {
    const at = ready(order[k]);
    for (; k < order.length && ready(order[k]) === at; k++) {
      const j = order[k];
      // Ends last wins; a tie goes to the item later in compareItems order, as in the rule.
      const diff = best === -1 ? 1 : items[j].endsAt.getTime() - items[best].endsAt.getTime();
      if (diff > 0 || (diff === 0 && j > best)) best = j;
    }
    const last = segments[segments.length - 1];
    if (last?.item === best) continue;
    if (last) last.to = at;
    segments.push({ from: at, to: Number.POSITIVE_INFINITY, item: best });
  }

  return {
    member,
    delegation: ctx.delegationsById.get(member.delegationId),
    stay: ctx.stayByDelegation.get(member.delegationId),
    items,
    startVenueIds,
    venueIds,
    previous: previousItemIndexes(items),
    segments,
  };
}

/** Minutes of travel plus buffer the rule demands between two venues; 0 when it cannot judge. */
export function travelNeedMs(ctx: EngineContext, from: string | undefined, to: string | undefined): number {
  if (from === undefined || to === undefined || from === to) return 0;
  const minutes = travelMinutes(ctx, from, to);
  return minutes === undefined ? 0 : (minutes + ctx.snapshot.travelBufferMinutes) * MS_PER_MINUTE;
}

/** Motorcade minutes for ranking: 0 within a venue or when a venue or the time is unknown. */
export function rideMinutes(ctx: EngineContext, from: string | undefined, to: string | undefined): number {
  if (from === undefined || to === undefined) return 0;
  return travelMinutes(ctx, from, to) ?? 0;
}

/** Index of the item a slot starting at `start` is reached from, or -1. */
export function itemBefore(timeline: MemberTimeline, start: number): number {
  const { segments } = timeline;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].from <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : segments[lo - 1].item;
}

/** Index of the member's next item after a slot ending at `end` (first to start), or -1. */
export function itemAfter(timeline: MemberTimeline, end: number): number {
  const { items } = timeline;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].startsAt.getTime() < end) lo = mid + 1;
    else hi = mid;
  }
  return lo === items.length ? -1 : lo;
}

/**
 * Slot starts (at `venueId`, lasting `durationMs`) that break a rule for this member: overlap with
 * an item, too little travel time from the previous item or to a following one, or outside the
 * delegation's stay. Times are whole milliseconds, so an open bound (x, y] is written [x + 1, y + 1).
 */
export function blockedStarts(ctx: EngineContext, timeline: MemberTimeline, venueId: string, durationMs: number): Interval[] {
  const d = durationMs;
  const { items, venueIds, startVenueIds, previous, segments, stay } = timeline;
  const spans: Interval[] = [];

  // Overlap: s < end and start < s + d. Empty or inverted items overlap nothing (as in the engine).
  for (const item of items) {
    const start = item.startsAt.getTime();
    const end = item.endsAt.getTime();
    if (start < end) spans.push([start - d + 1, end]);
  }

  // Coming from the previous item: while it is items[seg.item], starts before its end + need fail.
  for (const seg of segments) {
    if (seg.item === -1) continue;
    const need = travelNeedMs(ctx, venueIds[seg.item], venueId);
    if (need > 0) spans.push([seg.from, Math.min(seg.to, items[seg.item].endsAt.getTime() + need)]);
  }

  // Going on to item N: the slot becomes N's previous item when its end e lies in (P.end, N.start]
  // (P = N's previous item now); then e must be <= N.start - need.
  items.forEach((next, n) => {
    const need = travelNeedMs(ctx, venueId, startVenueIds[n]);
    if (need === 0) return;
    const nStart = next.startsAt.getTime();
    const pEnd = previous[n] === -1 ? Number.NEGATIVE_INFINITY : items[previous[n]].endsAt.getTime();
    const lo = Math.max(pEnd, nStart - need);
    if (lo < nStart) spans.push([lo - d + 1, nStart - d + 1]);
  });

  if (stay?.arrives) spans.push([Number.NEGATIVE_INFINITY, stay.arrives.at.getTime()]);
  if (stay?.departs) spans.push([stay.departs.at.getTime() - d + 1, Number.POSITIVE_INFINITY]);
  return normalizeIntervals(spans);
}
