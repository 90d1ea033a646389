// Reads what the coverage check needs for one summit: rules, movements, tasks and the facts about
// items the engine's snapshot lacks. One query per table. With a window (the same one the
// snapshot was loaded with), only the movements and tasks inside it: a day's conflict markers
// then read a day's logistics, not the whole summit's.
import type { SnapshotOptions } from "@/lib/snapshot/types";
import { readAll, type DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConflictRule } from "@/lib/scheduling";
import { coverageConflictRule, withItemTasksShifted, type CoverageData, type ItemShift } from "@/lib/scheduling/rules/coverage/engine-rule";

export type CoverageRuleOptions = SnapshotOptions & {
  /** A move being previewed: the item's tasks are read as already shifted with it, as saving would. */
  shiftedItem?: ItemShift;
};

/**
 * The columns of a coverage rule and of an agency task the coverage check reads; a partial re-check
 * reads the same ones in SQL (lib/conflict-store/internal/part.ts), and a test holds the two equal.
 */
const COVERAGE_RULE_SELECT = { id: true, target: true, itemKind: true, venueId: true, movementKind: true, principalLevel: true, requiredType: true, description: true } as const;
const COVERAGE_TASK_SELECT = { id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true, startsAt: true, endsAt: true } as const;

export async function loadCoverageData(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<CoverageData> {
  const { window } = options;
  const itemWhere: Prisma.ProgrammeItemWhereInput = {
    summitId,
    ...(window ? { startsAt: { lt: window.endsAt }, endsAt: { gt: window.startsAt } } : {}),
  };
  // A movement without an end is a moment (a landing): inside the window when it starts there.
  const movementWhere: Prisma.MovementWhereInput = {
    summitId,
    ...(window
      ? { startsAt: { lt: window.endsAt }, OR: [{ endsAt: { gt: window.startsAt } }, { endsAt: null, startsAt: { gte: window.startsAt } }] }
      : {}),
  };
  const [rules, movements, tasks, members, sessions] = await readAll(db, [
    async () => db.coverageRule.findMany({
      where: { summitId },
      select: COVERAGE_RULE_SELECT,
      orderBy: { id: "asc" },
    }),
    async () => db.movement.findMany({
      where: movementWhere,
      select: { id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true, principalLevel: true, fromItemId: true, toItemId: true },
      orderBy: { startsAt: "asc" },
    }),
    async () => db.agencyTask.findMany({
      where: window ? { agency: { summitId }, OR: [{ item: itemWhere }, { movement: movementWhere }] } : { agency: { summitId } },
      select: COVERAGE_TASK_SELECT,
      orderBy: { id: "asc" },
    }),
    async () => db.member.findMany({ where: { delegation: { summitId } }, select: { id: true, function: true } }),
    async () => db.programmeItem.findMany({ where: { ...itemWhere, parentId: { not: null } }, select: { id: true, parentId: true } })] as const);
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
export async function loadCoverageConflictRule(db: DbOrTx, summitId: string, options: CoverageRuleOptions = {}): Promise<ConflictRule> {
  const data = await loadCoverageData(db, summitId, options);
  return coverageConflictRule(options.shiftedItem ? withItemTasksShifted(data, options.shiftedItem) : data);
}
