// A delegation cannot attend before it has landed or after it has left. A delegation takes part
// in an item as a whole (delegationIds) or through any of its named members.
import { dayAndTime } from "../describe";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

export const delegationWindowRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const item of ctx.items) {
    for (const delegationId of ctx.delegationsByItem.get(item.id) ?? []) {
      const delegation = ctx.delegationsById.get(delegationId);
      if (!delegation) continue;
      const reasons: string[] = [];
      if (delegation.arrivesAt !== null && item.startsAt < delegation.arrivesAt) {
        reasons.push(
          `starts ${dayAndTime(item.startsAt, timeZone)}, before ${delegation.name} arrives ` +
            `(${dayAndTime(delegation.arrivesAt, timeZone)})`,
        );
      }
      if (delegation.departsAt !== null && item.endsAt > delegation.departsAt) {
        reasons.push(
          `ends ${dayAndTime(item.endsAt, timeZone)}, after ${delegation.name} departs ` +
            `(${dayAndTime(delegation.departsAt, timeZone)})`,
        );
      }
      if (reasons.length === 0) continue;
      conflicts.push(
        makeConflict({
          type: "OUTSIDE_DELEGATION_WINDOW",
          severity: "warning",
          itemIds: [item.id],
          delegationId,
          message: `${item.title} ${reasons.join(" and ")}`,
        }),
      );
    }
  }
  return conflicts;
};
