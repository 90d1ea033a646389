// A delegation cannot attend before it has landed or after it has left, nor ride in a motorcade
// then. A delegation takes part in an item as a whole (delegationIds) or through any of its named
// members. Its stay is bounded by its recorded dates and by its flights (see occupancy.ts), and the
// message names the flight. Hard: the plan cannot happen.
import { dayAndTime } from "../describe";
import { endMsOf, startMsOf } from "../intervals";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule, DelegationStay, StayBound } from "../types";

function boundText(bound: StayBound, fallback: string, timeZone: string): string {
  return bound.movement ? bound.movement.text : `${fallback} (${dayAndTime(bound.at, timeZone)})`;
}

/**
 * Why [start, end] falls outside the stay ("starts … before Belgium lands …"), with the flights
 * that set the bounds broken; empty reasons when it fits. `verbs` word the two ends.
 */
function outsideStay(
  stay: DelegationStay,
  name: string,
  span: { id: string; startsAt: Date; endsAt: Date; startMs?: number; endMs?: number },
  verbs: { start: string; end: string },
  timeZone: string,
): { reasons: string[]; movementIds: string[] } {
  const reasons: string[] = [];
  const movementIds: string[] = [];
  if (stay.arrives && startMsOf(span) < stay.arrives.at.getTime()) {
    reasons.push(`${verbs.start} ${dayAndTime(span.startsAt, timeZone)}, before ${name} ${boundText(stay.arrives, "arrives", timeZone)}`);
    if (stay.arrives.movement) movementIds.push(stay.arrives.movement.id);
  }
  if (stay.departs && endMsOf(span) > stay.departs.at.getTime()) {
    reasons.push(`${verbs.end} ${dayAndTime(span.endsAt, timeZone)}, after ${name} ${boundText(stay.departs, "departs", timeZone)}`);
    if (stay.departs.movement) movementIds.push(stay.departs.movement.id);
  }
  return { reasons, movementIds };
}

export const delegationWindowRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  const push = (title: string, delegationId: string, itemIds: string[], found: { reasons: string[]; movementIds: string[] }) => {
    if (found.reasons.length === 0) return;
    conflicts.push(
      makeConflict({
        type: "OUTSIDE_DELEGATION_WINDOW",
        severity: "hard",
        itemIds,
        ...(found.movementIds.length > 0 ? { movementIds: found.movementIds } : {}),
        delegationId,
        message: `${title} ${found.reasons.join(" and ")}`,
      }),
    );
  };
  for (const item of ctx.items) {
    for (const delegationId of ctx.delegationsByItem.get(item.id) ?? []) {
      const delegation = ctx.delegationsById.get(delegationId);
      const stay = ctx.stayByDelegation.get(delegationId);
      if (!delegation || !stay) continue;
      push(item.title, delegationId, [item.id], outsideStay(stay, delegation.name, item, { start: "starts", end: "ends" }, timeZone));
    }
  }
  // Transfers too: a car from the hotel before the plane is down, or after it has left.
  for (const occupation of ctx.movementsById.values()) {
    const movement = occupation.movement!;
    if (movement.kind !== "TRANSFER") continue;
    const delegation = ctx.delegationsById.get(movement.delegationId);
    const stay = ctx.stayByDelegation.get(movement.delegationId);
    if (!delegation || !stay) continue;
    const found = outsideStay(stay, delegation.name, occupation, { start: "leaves", end: "arrives" }, timeZone);
    push(occupation.title, movement.delegationId, [], { ...found, movementIds: [movement.id, ...found.movementIds] });
  }
  return conflicts;
};
