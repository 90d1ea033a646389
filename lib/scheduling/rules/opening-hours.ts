// An item must fit inside its space's opening hours on the item's (summit-local) day.
//
// Opening hours are wall-clock minutes, so they are turned into the instants of that day with
// lib/time (which knows the zone's DST rules) and the item is compared instant to instant. On the
// spring-forward night 08:00 is still 08:00 although the day is 23 hours long, an item that runs
// past local midnight ends after the day's closing instant, and one longer than a day does too;
// only a space with neither bound (always open) accepts those.
import { dayBounds, isoDayOf, zonedInstant } from "@/lib/time";

import { itemWithTimes, minutesAsClock } from "../describe";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

const MINUTES_PER_DAY = 1440;

function instantOfMinute(day: string, minute: number, timeZone: string): Date {
  if (minute >= MINUTES_PER_DAY) return dayBounds(day, timeZone).end;
  return zonedInstant(day, minutesAsClock(Math.max(0, minute)), timeZone);
}

export const openingHoursRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    if (item.spaceId === null) continue;
    const space = ctx.spacesById.get(item.spaceId);
    if (!space || (space.opensMinute === null && space.closesMinute === null)) continue;
    const opens = space.opensMinute ?? 0;
    const closes = space.closesMinute ?? MINUTES_PER_DAY;
    const day = isoDayOf(item.startsAt, timeZone);
    const inside =
      item.startsAt >= instantOfMinute(day, opens, timeZone) &&
      item.endsAt <= instantOfMinute(day, closes, timeZone);
    if (inside) continue;
    conflicts.push(
      makeConflict({
        type: "OUTSIDE_OPENING_HOURS",
        severity: "warning",
        itemIds: [item.id],
        spaceId: space.id,
        venueId: space.venueId,
        message:
          `${itemWithTimes(item, timeZone)} is outside the opening hours of ${space.name} ` +
          `(${minutesAsClock(opens)}–${minutesAsClock(closes)})`,
      }),
    );
  }
  return conflicts;
};
