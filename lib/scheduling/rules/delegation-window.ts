// A delegation cannot attend before it has landed or after it has left, nor ride in a motorcade
// then. A delegation takes part in an item as a whole (delegationIds) or through any of its named
// members. Its stay is bounded by its recorded dates and by its flights (see occupancy.ts), and the
// message names the flight. Hard: the plan cannot happen.
import { dayAndTime } from "../describe";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule, StayBound } from "../types";

function boundText(bound: StayBound, fallback: string, timeZone: string): string {
  return bound.movement ? bound.movement.text : `${fallback} (${dayAndTime(bound.at, timeZone)})`;
}

export const delegationWindowRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    for (const delegationId of ctx.delegationsByItem.get(item.id) ?? []) {
      const delegation = ctx.delegationsById.get(delegationId);
      const stay = ctx.stayByDelegation.get(delegationId);
      if (!delegation || !stay) continue;
      const reasons: string[] = [];
      const movementIds: string[] = [];
      if (stay.arrives && item.startsAt < stay.arrives.at) {
        reasons.push(`starts ${dayAndTime(item.startsAt, timeZone)}, before ${delegation.name} ${boundText(stay.arrives, "arrives", timeZone)}`);
        if (stay.arrives.movement) movementIds.push(stay.arrives.movement.id);
      }
      if (stay.departs && item.endsAt > stay.departs.at) {
        reasons.push(`ends ${dayAndTime(item.endsAt, timeZone)}, after ${delegation.name} ${boundText(stay.departs, "departs", timeZone)}`);
        if (stay.departs.movement) movementIds.push(stay.departs.movement.id);
      }
      if (reasons.length === 0) continue;
      conflicts.push(
        makeConflict({
          type: "OUTSIDE_DELEGATION_WINDOW",
          severity: "hard",
          itemIds: [item.id],
          ...(movementIds.length > 0 ? { movementIds } : {}),
          delegationId,
          message: `${item.title} ${reasons.join(" and ")}`,
        }),
      );
    }
  }
  // Transfers too: a car from the hotel before the plane is down, or after it has left.
  for (const occupation of ctx.movementsById.values()) {
    const movement = occupation.movement!;
    if (movement.kind !== "TRANSFER") continue;
    const delegation = ctx.delegationsById.get(movement.delegationId);
    const stay = ctx.stayByDelegation.get(movement.delegationId);
    if (!delegation || !stay) continue;
    const reasons: string[] = [];
    const movementIds = [movement.id];
    if (stay.arrives && occupation.startsAt < stay.arrives.at) {
      reasons.push(`leaves ${dayAndTime(occupation.startsAt, timeZone)}, before ${delegation.name} ${boundText(stay.arrives, "arrives", timeZone)}`);
      if (stay.arrives.movement) movementIds.push(stay.arrives.movement.id);
    }
    if (stay.departs && occupation.endsAt > stay.departs.at) {
      reasons.push(`arrives ${dayAndTime(occupation.endsAt, timeZone)}, after ${delegation.name} ${boundText(stay.departs, "departs", timeZone)}`);
      if (stay.departs.movement) movementIds.push(stay.departs.movement.id);
    }
    if (reasons.length === 0) continue;
    conflicts.push(
      makeConflict({
        type: "OUTSIDE_DELEGATION_WINDOW",
        severity: "hard",
        itemIds: [],
        movementIds,
        delegationId: movement.delegationId,
        message: `${occupation.title} ${reasons.join(" and ")}`,
      }),
    );
  }
  return conflicts;
};
