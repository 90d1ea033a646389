// An item must fit inside its space's opening hours on the item's (summit-local) day.
//
// The hours are compared instant to instant (see space-hours.ts), so DST nights are handled: an
// item that runs past local midnight ends after the day's closing instant, and one longer than a
// day does too; only a space with neither bound (always open) accepts those.
import { isoDayOf } from "@/lib/time";

import { itemWithTimes, minutesAsClock } from "../describe";
import { makeConflict } from "../make-conflict";
import { alwaysOpen, openingInstants, openingMinutes } from "../space-hours";
import type { Conflict, ConflictRule } from "../types";

export const openingHoursRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    if (item.spaceId === null) continue;
    const space = ctx.spacesById.get(item.spaceId);
    if (!space || alwaysOpen(space)) continue;
    const day = isoDayOf(item.startsAt, timeZone);
    const hours = openingInstants(space, day, timeZone);
    if (item.startsAt >= hours.opens && item.endsAt <= hours.closes) continue;
    const { opens, closes } = openingMinutes(space);
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
