// Reads what the coverage check needs for one summit: rules, movements, tasks and the facts about
// items the engine's snapshot lacks. One query per table.
import { readAll, type DbOrTx } from "@/lib/db";
import type { ConflictRule } from "@/lib/scheduling";
import { coverageConflictRule, type CoverageData } from "./engine-rule";

export async function loadCoverageData(db: DbOrTx, summitId: string): Promise<CoverageData> {
  const [rules, movements, tasks, members, sessions] = await readAll(db, [
    async () => db.coverageRule.findMany({
      where: { summitId },
      select: { id: true, target: true, itemKind: true, venueId: true, movementKind: true, principalLevel: true, requiredType: true, description: true },
      orderBy: { id: "asc" },
    }),
    async () => db.movement.findMany({
      where: { summitId },
      select: { id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true, principalLevel: true },
      orderBy: { startsAt: "asc" },
    }),
    async () => db.agencyTask.findMany({
      where: { agency: { summitId } },
      select: { id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true },
      orderBy: { id: "asc" },
    }),
    async () => db.member.findMany({ where: { delegation: { summitId } }, select: { id: true, function: true } }),
    async () => db.programmeItem.findMany({ where: { summitId, parentId: { not: null } }, select: { id: true, parentId: true } })] as const);
  return {
    rules,
    movements,
    tasks,
    memberFunctions: new Map(members.map((m) => [m.id, m.function])),
    parentIds: new Map(sessions.map((s) => [s.id, s.parentId!])),
  };
}

/**
 * The coverage rule of the conflict engine for one summit, ready for
 * `checkSummit(snapshot, { extraRules: [rule] })`.
 */
export async function loadCoverageConflictRule(db: DbOrTx, summitId: string): Promise<ConflictRule> {
  return coverageConflictRule(await loadCoverageData(db, summitId));
}
