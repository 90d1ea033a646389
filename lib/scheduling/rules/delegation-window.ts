// A delegation cannot attend before it has landed or after it has left, nor ride in a motorcade
// then. A delegation takes part in an item as a whole (delegationIds) or through any of its named
// members. Its stay is bounded by its recorded dates and by its flights (see occupancy.ts), and the
// message names the flight. Hard: the plan cannot happen.
import { phrase, type Phrase, type PhraseKey } from "@/lib/i18n/conflict-phrases";
import { dayAndTimeArg, titleOf } from "../describe";
import { endMsOf, startMsOf } from "../intervals";
import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule, DelegationStay, StayBound } from "../types";

function boundPhrase(bound: StayBound, fallback: "arrivesOn" | "departsOn", timeZone: string): Phrase {
  return bound.movement ? bound.movement.phrase : phrase(fallback, dayAndTimeArg(bound.at, timeZone));
}

/**
 * Why [start, end] falls outside the stay ("starts … before Belgium lands …"), with the flights
 * that set the bounds broken; empty reasons when it fits. `verbs` word the two ends.
 */
function outsideStay(
  stay: DelegationStay,
  name: string,
  span: { id: string; startsAt: Date; endsAt: Date; startMs?: number; endMs?: number },
  verbs: { start: PhraseKey; end: PhraseKey },
  timeZone: string,
): { reasons: Phrase[]; movementIds: string[] } {
  const reasons: Phrase[] = [];
  const movementIds: string[] = [];
  if (stay.arrives && startMsOf(span) < stay.arrives.at.getTime()) {
    reasons.push(phrase(verbs.start, dayAndTimeArg(span.startsAt, timeZone), name, boundPhrase(stay.arrives, "arrivesOn", timeZone)));
    if (stay.arrives.movement) movementIds.push(stay.arrives.movement.id);
  }
  if (stay.departs && endMsOf(span) > stay.departs.at.getTime()) {
    reasons.push(phrase(verbs.end, dayAndTimeArg(span.endsAt, timeZone), name, boundPhrase(stay.departs, "departsOn", timeZone)));
    if (stay.departs.movement) movementIds.push(stay.departs.movement.id);
  }
  return { reasons, movementIds };
}

export const delegationWindowRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  const push = (title: string | Phrase, delegationId: string, itemIds: string[], found: { reasons: Phrase[]; movementIds: string[] }) => {
    if (found.reasons.length === 0) return;
    const [first, second] = found.reasons;
    conflicts.push(
      makeConflict({
        type: "OUTSIDE_DELEGATION_WINDOW",
        severity: "hard",
        itemIds,
        ...(found.movementIds.length > 0 ? { movementIds: found.movementIds } : {}),
        delegationId,
        ...spoken(phrase("outsideStay", title, second ? phrase("twoReasons", first, second) : first)),
      }),
    );
  };
  for (const item of ctx.items) {
    for (const delegationId of ctx.delegationsByItem.get(item.id) ?? []) {
      const delegation = ctx.delegationsById.get(delegationId);
      const stay = ctx.stayByDelegation.get(delegationId);
      if (!delegation || !stay) continue;
      push(item.title, delegationId, [item.id], outsideStay(stay, delegation.name, item, { start: "startsBeforeStay", end: "endsAfterStay" }, timeZone));
    }
  }
  // Transfers too: a car from the hotel before the plane is down, or after it has left.
  for (const occupation of ctx.movementsById.values()) {
    const movement = occupation.movement!;
    if (movement.kind !== "TRANSFER") continue;
    const delegation = ctx.delegationsById.get(movement.delegationId);
    const stay = ctx.stayByDelegation.get(movement.delegationId);
    if (!delegation || !stay) continue;
    const found = outsideStay(stay, delegation.name, occupation, { start: "leavesBeforeStay", end: "arrivesAfterStay" }, timeZone);
    push(titleOf(occupation), movement.delegationId, [], { ...found, movementIds: [movement.id, ...found.movementIds] });
  }
  return conflicts;
};
