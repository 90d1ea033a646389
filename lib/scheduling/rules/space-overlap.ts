// A room holds one item at a time. Two confirmed bookings are a hard clash; while either is still
// a draft the planner can move it, so it is only a warning.
import { phrase } from "@/lib/i18n/conflict-phrases";
import { itemWithTimesPhrase } from "../describe";
import { forEachOverlappingPair } from "../intervals";
import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

export const spaceOverlapRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const [spaceId, items] of ctx.itemsBySpace) {
    const space = ctx.spacesById.get(spaceId);
    if (!space) continue;
    forEachOverlappingPair(items, (earlier, later) => {
      conflicts.push(
        makeConflict({
          type: "SPACE_DOUBLE_BOOKED",
          severity: "hard",
          itemIds: [earlier.id, later.id],
          spaceId,
          venueId: space.venueId,
          ...spoken(phrase("spaceDoubleBooked", space.name, itemWithTimesPhrase(earlier, timeZone), itemWithTimesPhrase(later, timeZone))),
        }),
      );
    });
  }
  return conflicts;
};
