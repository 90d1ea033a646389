// More attending members than the space holds. Only members the programme knows about count
// (named members, plus principals of whole-delegation participations); staff are not modelled.
import { itemWithTimes } from "../describe";
import { makeConflict } from "../make-conflict";
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
        message:
          `${space.name} holds ${space.capacity}, but ${attending} participants attend ` +
          `${itemWithTimes(item, timeZone)}`,
      }),
    );
  }
  return conflicts;
};
