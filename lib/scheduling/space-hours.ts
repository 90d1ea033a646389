// Opening hours of a space as instants of one summit-local day. Shared by the opening-hours rule
// and the slot finder so that both agree to the millisecond, DST nights included.
//
// Opening hours are wall-clock minutes, so they are turned into the instants of that day with
// lib/time (which knows the zone's DST rules). On the spring-forward night 08:00 is still 08:00
// although the day is 23 hours long; closing at 1440 means the start of the next local day.
import { dayBounds, zonedInstant } from "@/lib/time";

import { minutesAsClock } from "./describe";
import type { SummitSpace } from "./types";

export const MINUTES_PER_DAY = 1440;

export function instantOfMinute(day: string, minute: number, timeZone: string): Date {
  if (minute >= MINUTES_PER_DAY) return dayBounds(day, timeZone).endsAt;
  return zonedInstant(day, minutesAsClock(Math.max(0, minute)), timeZone);
}

/** True when the space has no opening hours at all (always open, across midnight and for days). */
export function alwaysOpen(space: SummitSpace): boolean {
  return space.opensMinute === null && space.closesMinute === null;
}

/** The wall-clock hours as printed: a null bound reads as midnight. */
export function openingMinutes(space: SummitSpace): { opens: number; closes: number } {
  return { opens: space.opensMinute ?? 0, closes: space.closesMinute ?? MINUTES_PER_DAY };
}

/** Opening and closing instants on `day`; only meaningful when the space is not alwaysOpen. */
export function openingInstants(space: SummitSpace, day: string, timeZone: string): { opens: Date; closes: Date } {
  const { opens, closes } = openingMinutes(space);
  return { opens: instantOfMinute(day, opens, timeZone), closes: instantOfMinute(day, closes, timeZone) };
}
