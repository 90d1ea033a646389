// Summit-local calendar facts the slot finder needs as plain numbers: the local days a slot can
// start on, the grid of candidate starts, and when each space is open. Everything that depends on
// the time zone goes through lib/time, once per day rather than once per candidate start.
import { dayBounds, daysBetween, isoDayOf, minuteOfDay } from "@/lib/time";

import type { Interval } from "./free-intervals";
import { MS_PER_MINUTE } from "./slot-request";
import { alwaysOpen, openingInstants } from "./space-hours";
import type { EngineContext, SummitSpace } from "./types";

export interface LocalDay {
  day: string;
  /** [start, end) instants; 23 or 25 hours on DST change days. */
  start: number;
  end: number;
}

/** The local days from the one of `first` to the one of `last`, inclusive. */
export function localDays(first: number, last: number, timeZone: string): LocalDay[] {
  return daysBetween(isoDayOf(new Date(first), timeZone), isoDayOf(new Date(last), timeZone)).map((day) => {
    const { startsAt, endsAt } = dayBounds(day, timeZone);
    return { day, start: startsAt.getTime(), end: endsAt.getTime() };
  });
}

/** The local day containing `instant` (which must lie within the days). */
export function dayOf(days: readonly LocalDay[], instant: number): LocalDay {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (days[mid].start <= instant) lo = mid;
    else hi = mid - 1;
  }
  return days[lo];
}

/**
 * First candidate start: the first whole minute at or after `earliest` whose summit-local clock
 * reading is a multiple of the step (so a 15-minute grid reads 14:00, 14:15, ...). Later starts are
 * whole steps of real time after it, which stays on the clock grid across DST changes of whole
 * hours whenever the step divides 60.
 */
export function gridAnchor(earliest: number, stepMinutes: number, timeZone: string): number {
  const minute = Math.ceil(earliest / MS_PER_MINUTE) * MS_PER_MINUTE;
  const offGrid = minuteOfDay(new Date(minute), timeZone) % stepMinutes;
  return minute + ((stepMinutes - offGrid) % stepMinutes) * MS_PER_MINUTE;
}

/**
 * Starts at which a slot of `durationMs` fits the space's opening hours on the day it starts (as in
 * the opening-hours rule): [opens, closes - duration] per local day. Memoized per day and hours,
 * since most spaces of a venue share their hours.
 */
export function makeOpeningSpans(
  days: readonly LocalDay[],
  durationMs: number,
  timeZone: string,
): (space: SummitSpace) => Interval[] {
  const cache = new Map<string, Interval[]>();
  return (space) => {
    if (alwaysOpen(space)) return [[Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]];
    const key = `${space.opensMinute}|${space.closesMinute}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const spans: Interval[] = [];
    for (const { day } of days) {
      const { opens, closes } = openingInstants(space, day, timeZone);
      // Days are in order and each span lies within its day, so the list stays sorted.
      if (opens.getTime() < closes.getTime() - durationMs + 1) spans.push([opens.getTime(), closes.getTime() - durationMs + 1]);
    }
    cache.set(key, spans);
    return spans;
  };
}

/** Starts at which a slot of `durationMs` would overlap a (non-cancelled) booking of the space. */
export function bookedStarts(ctx: EngineContext, spaceId: string, durationMs: number): Interval[] {
  const spans: Interval[] = [];
  for (const item of ctx.itemsBySpace.get(spaceId) ?? []) {
    const start = item.startsAt.getTime();
    const end = item.endsAt.getTime();
    if (start < end) spans.push([start - durationMs + 1, end]);
  }
  return spans;
}
