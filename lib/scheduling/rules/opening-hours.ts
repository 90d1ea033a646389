// An item must fit inside its space's opening hours on the item's (summit-local) day.
//
// The hours are compared instant to instant (see space-hours.ts), so DST nights are handled: an
// item that runs past local midnight ends after the day's closing instant, and one longer than a
// day does too; only a space with neither bound (always open) accepts those.
import { isoDayOf } from "@/lib/time";

import { phrase } from "@/lib/i18n/conflict-phrases";
import { itemWithTimesPhrase, minutesAsClock } from "../describe";
import { makeConflict, spoken } from "../make-conflict";
import { alwaysOpen, openingInstants, openingMinutes } from "../space-hours";
import type { Conflict, ConflictRule } from "../types";

// Time-zone arithmetic dominates this rule, and items share few distinct days and hours: memoize
// both per check. Within a UTC quarter hour the local day cannot change (every zone's offset is
// a multiple of 15 minutes, so local midnight falls on a UTC quarter hour).
const QUARTER_HOUR_MS = 15 * 60_000;

function memoizedHours(timeZone: string) {
  const days = new Map<number, string>();
  const hours = new Map<string, { opens: Date; closes: Date }>();
  return (startsAt: Date, space: Parameters<typeof openingInstants>[0]) => {
    const bucket = Math.floor(startsAt.getTime() / QUARTER_HOUR_MS);
    let day = days.get(bucket);
    if (day === undefined) days.set(bucket, (day = isoDayOf(startsAt, timeZone)));
    const key = `${day}|${space.opensMinute}|${space.closesMinute}`;
    let found = hours.get(key);
    if (!found) hours.set(key, (found = openingInstants(space, day, timeZone)));
    return found;
  };
}

export const openingHoursRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const hoursOn = memoizedHours(timeZone);
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    if (item.spaceId === null) continue;
    const space = ctx.spacesById.get(item.spaceId);
    if (!space || alwaysOpen(space)) continue;
    const hours = hoursOn(item.startsAt, space);
    if (item.startsAt >= hours.opens && item.endsAt <= hours.closes) continue;
    const { opens, closes } = openingMinutes(space);
    conflicts.push(
      makeConflict({
        type: "OUTSIDE_OPENING_HOURS",
        severity: "warning",
        itemIds: [item.id],
        spaceId: space.id,
        venueId: space.venueId,
        ...spoken(phrase("outsideOpeningHours", itemWithTimesPhrase(item, timeZone), space.name, minutesAsClock(opens), minutesAsClock(closes))),
      }),
    );
  }
  return conflicts;
};
