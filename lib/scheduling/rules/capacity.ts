// More attending members than the space holds. Only members the programme knows about count
// (named members, plus principals of whole-delegation participations); staff are not modelled.
import { phrase } from "@/lib/i18n/conflict-phrases";
import { itemWithTimesPhrase } from "../describe";
import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

export const capacityRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    if (item.spaceId === null) continue;
    const space = ctx.spacesById.get(item.spaceId);
    if (!space) continue;
    const attending = ctx.attendeesByItem.get(item.id)?.length ?? 0;
    if (attending <= space.capacity) continue;
    conflicts.push(
      makeConflict({
        type: "OVER_CAPACITY",
        severity: "warning",
        itemIds: [item.id],
        spaceId: space.id,
        venueId: space.venueId,
        ...spoken(phrase("overCapacity", space.name, space.capacity, attending, itemWithTimesPhrase(item, timeZone))),
      }),
    );
  }
  return conflicts;
};
