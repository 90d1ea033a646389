// Not enough time to get from one place to the next. For each member, each occupation (item or
// movement) is compared with the member's real previous whereabouts: the earlier occupation that
// ends last before it starts (not the one that starts just before it, which may be a short item
// nested in a long one). A movement ends where it arrives (an arrival at its airport) and begins
// where it leaves from (a departure at its airport), so landing, then a meeting across town, is
// judged like two items. Overlaps are left to the member-overlap rule, and pairs where either
// place or the travel time is unknown are not judged.
//
// Severity: a gap shorter than the ride itself is hard (the person cannot get there); a gap that
// holds the ride but not the summit's buffer on top is a warning (tight).
import { phrase } from "@/lib/i18n/conflict-phrases";
import { formatTime } from "@/lib/time";

import { placeAtEnd, placeAtStart, travelMinutes } from "../context";
import { titleOf } from "../describe";
import { involved, makeConflict, spoken } from "../make-conflict";
import { previousItemIndexes } from "../previous-item";
import type { Conflict, ConflictRule } from "../types";

const MS_PER_MINUTE = 60_000;

export const travelTimeRule: ConflictRule = (ctx) => {
  const { timeZone, travelBufferMinutes } = ctx.snapshot;
  const conflicts: Conflict[] = [];
  for (const [memberId, items] of ctx.itemsByMember) {
    const member = ctx.membersById.get(memberId);
    if (!member) continue;
    const previous = previousItemIndexes(items);
    for (let i = 0; i < items.length; i++) {
      if (previous[i] === -1) continue;
      const from = items[previous[i]];
      const to = items[i];
      // `from` ends no later than `to` starts, so the two never overlap: no overlap check needed.
      const fromVenue = placeAtEnd(ctx, from);
      const toVenue = placeAtStart(ctx, to);
      if (!fromVenue || !toVenue || fromVenue.id === toVenue.id) continue;
      const minutes = travelMinutes(ctx, fromVenue.id, toVenue.id);
      if (minutes === undefined) continue;
      const gapMinutes = (to.startsAt.getTime() - from.endsAt.getTime()) / MS_PER_MINUTE;
      // Exactly travel + buffer is enough: the buffer is the margin already.
      if (gapMinutes >= minutes + travelBufferMinutes) continue;
      const parts = [member.title, titleOf(from), formatTime(from.endsAt, timeZone), fromVenue.name, titleOf(to), formatTime(to.startsAt, timeZone), toVenue.name, minutes] as const;
      conflicts.push(
        makeConflict({
          type: "INSUFFICIENT_TRAVEL_TIME",
          severity: gapMinutes < minutes ? "hard" : "warning",
          ...involved([from, to]),
          memberId,
          delegationId: member.delegationId,
          venueId: toVenue.id,
          ...spoken(travelBufferMinutes > 0 ? phrase("travelTimeWithBuffer", ...parts, travelBufferMinutes) : phrase("travelTime", ...parts)),
        }),
      );
    }
  }
  return conflicts;
};
