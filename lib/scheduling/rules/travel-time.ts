// Not enough time to get from one venue to the next. For each member, items are taken in start
// order and each one is compared with the item just before it; pairs that overlap are left to the
// member-overlap rule, and pairs where either venue or the travel time is unknown are not judged.
import { formatTime } from "@/lib/time";

import { travelMinutes, venueOfItem } from "../context";
import { itemsOverlap } from "../intervals";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

const MS_PER_MINUTE = 60_000;

export const travelTimeRule: ConflictRule = (ctx) => {
  const { timeZone, travelBufferMinutes } = ctx.snapshot;
  const conflicts: Conflict[] = [];
  for (const [memberId, items] of ctx.itemsByMember) {
    const member = ctx.membersById.get(memberId);
    if (!member) continue;
    for (let i = 1; i < items.length; i++) {
      const from = items[i - 1];
      const to = items[i];
      if (itemsOverlap(from, to)) continue;
      const fromVenue = venueOfItem(ctx, from);
      const toVenue = venueOfItem(ctx, to);
      if (!fromVenue || !toVenue || fromVenue.id === toVenue.id) continue;
      const minutes = travelMinutes(ctx, fromVenue.id, toVenue.id);
      if (minutes === undefined) continue;
      const gapMinutes = (to.startsAt.getTime() - from.endsAt.getTime()) / MS_PER_MINUTE;
      // Exactly travel + buffer is enough: the buffer is the margin already.
      if (gapMinutes >= minutes + travelBufferMinutes) continue;
      const buffer = travelBufferMinutes > 0 ? ` (+${travelBufferMinutes} min buffer)` : "";
      conflicts.push(
        makeConflict({
          type: "INSUFFICIENT_TRAVEL_TIME",
          severity: "warning",
          itemIds: [from.id, to.id],
          memberId,
          delegationId: member.delegationId,
          venueId: toVenue.id,
          message:
            `${member.title}: ${from.title} ends ${formatTime(from.endsAt, timeZone)} at ${fromVenue.name}, ` +
            `${to.title} starts ${formatTime(to.startsAt, timeZone)} at ${toVenue.name}; ` +
            `travel takes ${minutes} min${buffer}`,
        }),
      );
    }
  }
  return conflicts;
};
