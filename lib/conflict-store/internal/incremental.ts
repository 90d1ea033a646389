// Bringing a summit's stored conflicts up to date by re-checking only what the unseen writes can
// affect, when they wrote items, participations, movements and agency tasks alone (the tables whose
// rows the triggers note in "ConflictTouch"; see the incremental_conflicts migration).
//
// The method: from the touched rows, work out the keys a changed conflict can hang on (the
// delegations and members involved, the touched items and movements); load the part of
// the summit that holds everything each key's conflicts depend on; check that part with the same
// engine; and replace, in the stored set, exactly the conflicts in scope (those the part decides
// completely) with the part's conflicts in scope. The scope, rule by rule:
//  - a conflict naming a touched item or movement: each of its rules reads that item or movement
//    and what the part holds around it (its attendees' and delegations' whole days, its space's
//    bookings, its linked transfers, its delegations' flights, its tasks);
//  - a member's overlaps and travel (memberId): the part holds all of that member's occupations,
//    so a pair that became neighbours when an item between them moved away is found too;
//  - the escort coverage of a delegation's movements: it holds the movements and every item they may serve;
//  - after a flight changed, the delegation's stay: items and transfers outside it, and arrivals
//    before landing;
//  - a task touches only its subject's coverage.
// A write to an event that has arrivals in protocol order, or to a motorcade one of them uses,
// reorders a whole entrance: the summit is then checked whole, as it is after any other write.
//
// The integration suite compares the stored set with a whole re-check after every test file, and
// tests/integration/conflicts-incremental.test.ts does so after random writes of every kind.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { coverageConflictRule } from "@/lib/scheduling/rules/coverage/engine-rule";
import { arrivalSequenceRule, checkSummitOrdered, type Conflict } from "@/lib/scheduling";
import { readPart } from "./part";
import { storedRows, type Replacement } from "./rows";

/** What a partial re-check replaced conflicts by: the keys of its scope (see inScope). */
export type PartOfSummit = {
  itemIds: Set<string>;
  movementIds: Set<string>;
  memberIds: Set<string>;
  /** Rooms of the touched items, before and after: not a key of the scope, but their bookings are loaded. */
  spaceIds: Set<string>;
  delegationIds: Set<string>;
  /** Delegations whose flights changed: their stay bounds moved. */
  flownDelegationIds: Set<string>;
  /** Subjects of touched tasks: only their coverage can have changed. */
  taskItemIds: Set<string>;
  taskMovementIds: Set<string>;
};

const isMovementCoverage = (conflict: Pick<Conflict, "id" | "type">) =>
  conflict.type === "MISSING_COVERAGE" && conflict.id.includes("|movement=");

/** Whether the part decides this conflict completely (see the scope above). */
export function inScope(part: PartOfSummit, conflict: Pick<Conflict, "id" | "type" | "itemIds" | "movementIds" | "memberId" | "spaceId" | "delegationId">): boolean {
  if (conflict.itemIds.some((id) => part.itemIds.has(id))) return true;
  if ((conflict.movementIds ?? []).some((id) => part.movementIds.has(id))) return true;
  if (conflict.memberId !== undefined && part.memberIds.has(conflict.memberId)) return true;
  const delegationId = conflict.delegationId;
  if (isMovementCoverage(conflict) && delegationId !== undefined && part.delegationIds.has(delegationId)) return true;
  if (delegationId !== undefined && part.flownDelegationIds.has(delegationId)) {
    if (conflict.type === "OUTSIDE_DELEGATION_WINDOW") return true;
    if (conflict.type === "ARRIVAL_SEQUENCE" && conflict.id.endsWith("|landed")) return true;
  }
  if (conflict.type === "MISSING_COVERAGE") {
    if (isMovementCoverage(conflict)) return [...part.taskMovementIds].some((id) => conflict.id.includes(`|movement=${id}|`));
    return conflict.itemIds.some((id) => part.taskItemIds.has(id));
  }
  return false;
}

const list = (set: Set<string>) => [...set];

/**
 * Re-check what the given transactions touched in this summit, inside the caller's locked
 * transaction: the conflicts that replace those in scope, which the caller stores (none when
 * nothing of the summit was touched). Null when only a whole check will do (see above).
 */
export async function recheckTouched(
  tx: Tx,
  summitId: string,
  xids: readonly string[],
): Promise<{ kind: "part"; part: PartOfSummit; engineMs: number; replacement: Replacement | null } | null> {
  // The touches, the keys and the part of the summit they need, in one statement (see part.ts).
  const found = await readPart(tx, summitId, xids);
  const { touched } = found;
  const part: PartOfSummit = {
    itemIds: new Set(touched.itemIds), movementIds: new Set(touched.movementIds), memberIds: new Set(touched.memberIds),
    spaceIds: new Set(touched.spaceIds), delegationIds: new Set(touched.delegationIds), flownDelegationIds: new Set(touched.flownDelegationIds),
    taskItemIds: new Set(touched.taskItemIds), taskMovementIds: new Set(touched.taskMovementIds),
  };
  if (found.untouched) return { kind: "part", part, engineMs: 0, replacement: null };
  if (found.bulk || found.arrivalsTouched) return null;
  for (const id of found.spaceIds) part.spaceIds.add(id);
  for (const id of found.delegationIds) part.delegationIds.add(id);
  for (const id of found.memberIds) part.memberIds.add(id);

  // Only the delegations a conflict in scope can name are loaded with their people and their part
  // in each item: a plenary in the part then brings two delegations' rows, not every delegation's.
  // Conflicts about the others come out incomplete, and are out of scope. Read with the keys (part.ts).
  if (!found.snapshot) throw new Error("a touched part was read without its snapshot");
  const { snapshot, parentIds, movements, members: partMembers } = found.snapshot;
  const coverageRule = coverageConflictRule({
    rules: found.coverageRules,
    movements: [...movements].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    tasks: found.tasks,
    memberFunctions: new Map(partMembers.map((m) => [m.id, m.function])),
    parentIds,
  });
  const arrivalRule = arrivalSequenceRule(found.arrivals);

  const started = performance.now();
  const checked = checkSummitOrdered(snapshot, { extraRules: [coverageRule, arrivalRule] }).filter((k) => inScope(part, k.conflict));
  const engineMs = performance.now() - started;

  // The stored conflicts in scope (inScope, in SQL) give way to the part's, each branch by an index
  // of its own: one WHERE of ORs would read every stored conflict of the summit. A transfer's
  // missing escort is stored with the transfer's delegation, which is its delegation now or, when a
  // touched write moved it, among the touched delegations: that index finds the gaps of the tasks'
  // transfers. The item and movement ids are of this summit alone, so the GIN branches leave the
  // summit to the outer condition (with it, the planner would also read the summit's whole index);
  // and the ids found are looked up as an array, by primary key: as a semi-join, the planner may
  // read every stored conflict of the summit to match them.
  const doomed = Prisma.sql`c."conflictId" = ANY(ARRAY(
      SELECT s."conflictId" FROM "StoredConflict" s WHERE s."itemIds" && ${list(part.itemIds)}::text[]
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s WHERE s."movementIds" && ${list(part.movementIds)}::text[]
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s WHERE s."summitId" = ${summitId} AND s."memberId" = ANY(${list(part.memberIds)}::text[])
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s
        WHERE s."summitId" = ${summitId} AND s."delegationId" = ANY(${list(part.delegationIds)}::text[])
          AND s."type" = 'MISSING_COVERAGE' AND s."conflictId" LIKE '%|movement=%'
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s
        WHERE s."summitId" = ${summitId} AND s."delegationId" = ANY(${list(part.flownDelegationIds)}::text[])
          AND (s."type" = 'OUTSIDE_DELEGATION_WINDOW' OR (s."type" = 'ARRIVAL_SEQUENCE' AND s."conflictId" LIKE '%|landed'))
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s
        WHERE s."itemIds" && ${list(part.taskItemIds)}::text[]
          AND s."type" = 'MISSING_COVERAGE' AND s."conflictId" NOT LIKE '%|movement=%'
      UNION ALL SELECT s."conflictId" FROM "StoredConflict" s
        WHERE s."summitId" = ${summitId} AND s."delegationId" = ANY(${[...found.taskMovementDelegationIds, ...part.delegationIds]}::text[])
          AND s."type" = 'MISSING_COVERAGE'
          AND EXISTS (SELECT 1 FROM unnest(${list(part.taskMovementIds)}::text[]) m WHERE strpos(s."conflictId", '|movement=' || m || '|') > 0)))`;
  return { kind: "part", part, engineMs, replacement: { doomed, rows: storedRows(summitId, checked, snapshot) } };
}
