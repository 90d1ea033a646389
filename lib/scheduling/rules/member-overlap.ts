// A person cannot be in two places at once: flag every pair of overlapping occupations a member
// has — items they attend and movements that carry them (a meeting during their motorcade or
// before their plane has landed). Hard: the plan cannot happen. A transfer overlapping the very
// item it is linked to is left to the transfer-link rule, which words it by its ends.
import { phrase } from "@/lib/i18n/conflict-phrases";
import { itemWithTimesPhrase } from "../describe";
import { forEachOverlappingPair } from "../intervals";
import { involved, makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule, SummitItem } from "../types";

function linked(a: SummitItem, b: SummitItem): boolean {
  const isLink = (m: SummitItem, i: SummitItem) =>
    m.movement !== undefined && i.movement === undefined && (m.movement.fromItemId === i.id || m.movement.toItemId === i.id);
  return isLink(a, b) || isLink(b, a);
}

export const memberOverlapRule: ConflictRule = (ctx) => {
  const timeZone = ctx.snapshot.timeZone;
  const conflicts: Conflict[] = [];
  for (const [memberId, items] of ctx.itemsByMember) {
    const member = ctx.membersById.get(memberId);
    if (!member) continue;
    forEachOverlappingPair(items, (earlier, later) => {
      if (linked(earlier, later)) return;
      conflicts.push(
        makeConflict({
          type: "MEMBER_OVERLAP",
          severity: "hard",
          ...involved([earlier, later]),
          memberId,
          delegationId: member.delegationId,
          ...spoken(phrase("memberOverlap", member.title, itemWithTimesPhrase(earlier, timeZone), itemWithTimesPhrase(later, timeZone))),
        }),
      );
    });
  }
  return conflicts;
};
