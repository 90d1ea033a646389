// A person cannot be in two places at once: flag every pair of overlapping items a member attends.
import { itemWithTimes } from "../describe";
import { forEachOverlappingPair } from "../intervals";
import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

export const memberOverlapRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const [memberId, items] of ctx.itemsByMember) {
    const member = ctx.membersById.get(memberId);
    if (!member) continue;
    forEachOverlappingPair(items, (earlier, later) => {
      conflicts.push(
        makeConflict({
          type: "MEMBER_OVERLAP",
          severity: "warning",
          itemIds: [earlier.id, later.id],
          memberId,
          delegationId: member.delegationId,
          message:
            `${member.title} is in ${itemWithTimes(earlier, timeZone)} and ` +
            `${itemWithTimes(later, timeZone)} at the same time`,
        }),
      );
    });
  }
  return conflicts;
};
