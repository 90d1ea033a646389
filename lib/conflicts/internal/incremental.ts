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
import { coverageConflictRule } from "@/lib/coverage/engine-rule";
import { COVERAGE_RULE_SELECT, COVERAGE_TASK_SELECT } from "@/lib/coverage/load";
import { checkSummitOrdered, type Conflict } from "@/lib/scheduling";
import { loadArrivalConflictRule } from "./arrival-rule";
import { loadPartialSnapshot } from "@/lib/snapshot/queries";
import { storedRows } from "./rows";

/** Beyond this many touched items and movements (a bulk import), one whole check is cheaper. */
const MAX_TOUCHED = 500;

type Touch = {
  source: "item" | "participation" | "movement" | "task";
  itemId: string | null;
  movementId: string | null;
  movementKind: string | null;
  delegationId: string | null;
  memberId: string | null;
  spaceId: string | null;
};

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
 * Re-check what the given transactions touched in this summit and replace those conflicts, inside
 * the caller's locked transaction. Null when only a whole check will do (see above).
 */
export async function recheckTouched(tx: Tx, summitId: string, xids: readonly string[]): Promise<{ kind: "part"; part: PartOfSummit; engineMs: number } | null> {
  const touches = await tx.$queryRaw<Touch[]>`
    SELECT DISTINCT t."source", t."itemId", t."movementId", t."movementKind", t."delegationId", t."memberId", t."spaceId"
    FROM "ConflictTouch" t
    WHERE t."xid" = ANY(${xids}::bigint[]) AND (t."summitId" = ${summitId} OR (t."summitId" IS NULL AND (
      EXISTS (SELECT 1 FROM "Delegation" d WHERE d."id" = t."delegationId" AND d."summitId" = ${summitId})
      OR EXISTS (SELECT 1 FROM "ProgrammeItem" i WHERE i."id" = t."itemId" AND i."summitId" = ${summitId})
      OR EXISTS (SELECT 1 FROM "Movement" m WHERE m."id" = t."movementId" AND m."summitId" = ${summitId}))))`;
  const part: PartOfSummit = {
    itemIds: new Set(), movementIds: new Set(), memberIds: new Set(), spaceIds: new Set(), delegationIds: new Set(),
    flownDelegationIds: new Set(), taskItemIds: new Set(), taskMovementIds: new Set(),
  };
  if (touches.length === 0) return { kind: "part", part, engineMs: 0 };
  for (const t of touches) {
    if (t.source === "task") {
      if (t.itemId) part.taskItemIds.add(t.itemId);
      if (t.movementId) part.taskMovementIds.add(t.movementId);
      continue;
    }
    if (t.itemId) part.itemIds.add(t.itemId);
    if (t.movementId) part.movementIds.add(t.movementId);
    if (t.delegationId) part.delegationIds.add(t.delegationId);
    if (t.memberId) part.memberIds.add(t.memberId);
    if (t.spaceId) part.spaceIds.add(t.spaceId);
    if (t.source === "movement" && t.delegationId && (t.movementKind === "ARRIVAL" || t.movementKind === "DEPARTURE")) part.flownDelegationIds.add(t.delegationId);
  }
  if (part.itemIds.size + part.movementIds.size + part.taskItemIds.size + part.taskMovementIds.size > MAX_TOUCHED) return null;

  // The keys, in one statement: whether an event with arrivals in protocol order or one of its
  // motorcades is among the touched rows, the touched items' rooms, their delegations and those of
  // the transfers linked to them (a transfer's escort coverage names the item it serves, its linked
  // item first: cancelling or reinstating that item moves the conflict to another of the
  // delegation's items), those delegations' members, and the delegations of the tasks' subjects.
  const [keys] = await tx.$queryRaw<
    { arrivals: boolean; spaceIds: string[]; delegationIds: string[]; memberIds: string[]; taskMovementDelegationIds: string[]; taskItemDelegationIds: string[] }[]
  >`
    WITH ti AS (SELECT unnest(${list(part.itemIds)}::text[]) AS id),
    kd AS (
      SELECT d."id" FROM "Delegation" d WHERE d."id" = ANY(${list(part.delegationIds)}::text[]) AND d."summitId" = ${summitId}
      UNION SELECT p."delegationId" FROM "Participation" p WHERE p."itemId" IN (SELECT id FROM ti)
      UNION SELECT m."delegationId" FROM "Movement" m WHERE m."fromItemId" IN (SELECT id FROM ti)
      UNION SELECT m."delegationId" FROM "Movement" m WHERE m."toItemId" IN (SELECT id FROM ti))
    SELECT
      EXISTS (SELECT 1 FROM "ArrivalSequence" a WHERE a."summitId" = ${summitId} AND a."itemId" IN (SELECT id FROM ti))
        OR EXISTS (SELECT 1 FROM "ArrivalSlot" sl WHERE sl."movementId" = ANY(${list(part.movementIds)}::text[])) AS arrivals,
      (SELECT COALESCE(array_agg(DISTINCT i."spaceId"), '{}') FROM "ProgrammeItem" i WHERE i."id" IN (SELECT id FROM ti) AND i."spaceId" IS NOT NULL) AS "spaceIds",
      (SELECT COALESCE(array_agg(id), '{}') FROM kd) AS "delegationIds",
      (SELECT COALESCE(array_agg(m."id"), '{}') FROM "Member" m WHERE m."delegationId" IN (SELECT id FROM kd)) AS "memberIds",
      (SELECT COALESCE(array_agg(DISTINCT m."delegationId"), '{}') FROM "Movement" m WHERE m."id" = ANY(${list(part.taskMovementIds)}::text[])) AS "taskMovementDelegationIds",
      (SELECT COALESCE(array_agg(DISTINCT p."delegationId"), '{}') FROM "Participation" p WHERE p."itemId" = ANY(${list(part.taskItemIds)}::text[])) AS "taskItemDelegationIds"`;
  if (keys.arrivals) return null;
  for (const id of keys.spaceIds) part.spaceIds.add(id);
  for (const id of keys.delegationIds) part.delegationIds.add(id);
  for (const id of keys.memberIds) part.memberIds.add(id);

  // The part: whatever each key's conflicts depend on. A delegation's whole programme and all its
  // movements (its members' days, the items its motorcades serve, its flights and so its stay); a
  // space's bookings; the touched rows and their tasks' subjects; the transfers linked to a touched
  // item; the events with arrivals (the busy principal check reads the event); then the items those
  // movements are linked to. One statement; UNIONs rather than one WHERE of ORs, so that each
  // branch uses its own index.
  const coverageDelegations = list(new Set([...part.delegationIds, ...keys.taskMovementDelegationIds]));
  const [found] = await tx.$queryRaw<{ itemIds: string[]; movementIds: string[]; movementDelegationIds: string[] }[]>`
    WITH seed AS (
      SELECT i."id" FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."id" = ANY(${[...part.itemIds, ...part.taskItemIds]}::text[])
      UNION SELECT i."id" FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."spaceId" = ANY(${list(part.spaceIds)}::text[])
      UNION SELECT p."itemId" FROM "Participation" p WHERE p."delegationId" = ANY(${coverageDelegations}::text[])
      UNION SELECT a."itemId" FROM "ArrivalSequence" a WHERE a."summitId" = ${summitId}),
    mv AS (
      SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."delegationId" = ANY(${coverageDelegations}::text[])
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."summitId" = ${summitId} AND m."id" = ANY(${[...part.movementIds, ...part.taskMovementIds]}::text[])
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."fromItemId" = ANY(${list(part.itemIds)}::text[])
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."toItemId" = ANY(${list(part.itemIds)}::text[])),
    items AS (
      SELECT id FROM seed
      UNION SELECT "fromItemId" FROM mv WHERE "fromItemId" IS NOT NULL
      UNION SELECT "toItemId" FROM mv WHERE "toItemId" IS NOT NULL)
    SELECT
      (SELECT COALESCE(array_agg(id), '{}') FROM items) AS "itemIds",
      (SELECT COALESCE(array_agg(id), '{}') FROM mv) AS "movementIds",
      (SELECT COALESCE(array_agg(DISTINCT "delegationId"), '{}') FROM mv) AS "movementDelegationIds"`;
  const itemIds = new Set(found.itemIds);
  const movementIds = new Set(found.movementIds);

  // Only the delegations a conflict in scope can name are loaded with their people and their part
  // in each item: a plenary in the part then brings two delegations' rows, not every delegation's.
  // Conflicts about the others come out incomplete, and are out of scope.
  const delegationIds = new Set([...coverageDelegations, ...keys.taskItemDelegationIds, ...found.movementDelegationIds]);
  const { snapshot, parentIds, movements, members: partMembers } = await loadPartialSnapshot(tx, summitId, {
    itemIds: list(itemIds),
    movementIds: list(movementIds),
    delegationIds: list(delegationIds),
  });
  const [tasks, coverageRules, arrivalRule] = await Promise.all([
    // Two index reads, not one OR over every task of the summit; the full check reads them by id order.
    Promise.all([
      tx.agencyTask.findMany({ where: { itemId: { in: list(itemIds) } }, select: COVERAGE_TASK_SELECT }),
      tx.agencyTask.findMany({ where: { movementId: { in: list(movementIds) }, itemId: null }, select: COVERAGE_TASK_SELECT }),
    ]).then(([onItems, onMovements]) => [...onItems, ...onMovements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
    tx.coverageRule.findMany({
      where: { summitId },
      select: COVERAGE_RULE_SELECT,
      orderBy: { id: "asc" },
    }),
    loadArrivalConflictRule(tx, summitId, { delegationIds: list(part.delegationIds) }),
  ]);
  const coverageRule = coverageConflictRule({
    rules: coverageRules,
    movements: [...movements].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    tasks,
    memberFunctions: new Map(partMembers.map((m) => [m.id, m.function])),
    parentIds,
  });

  const started = performance.now();
  const checked = checkSummitOrdered(snapshot, { extraRules: [coverageRule, arrivalRule] }).filter((k) => inScope(part, k.conflict));
  const engineMs = performance.now() - started;

  await tx.$executeRaw`
    DELETE FROM "StoredConflict" c
    WHERE c."summitId" = ${summitId} AND (
      c."itemIds" && ${list(part.itemIds)}::text[]
      OR c."movementIds" && ${list(part.movementIds)}::text[]
      OR c."memberId" = ANY(${list(part.memberIds)}::text[])
      OR (c."type" = 'MISSING_COVERAGE' AND c."conflictId" LIKE '%|movement=%' AND c."delegationId" = ANY(${list(part.delegationIds)}::text[]))
      OR (c."delegationId" = ANY(${list(part.flownDelegationIds)}::text[])
          AND (c."type" = 'OUTSIDE_DELEGATION_WINDOW' OR (c."type" = 'ARRIVAL_SEQUENCE' AND c."conflictId" LIKE '%|landed')))
      OR (c."type" = 'MISSING_COVERAGE' AND c."conflictId" NOT LIKE '%|movement=%' AND c."itemIds" && ${list(part.taskItemIds)}::text[])
      OR (c."type" = 'MISSING_COVERAGE' AND EXISTS (
            SELECT 1 FROM unnest(${list(part.taskMovementIds)}::text[]) m WHERE strpos(c."conflictId", '|movement=' || m || '|') > 0)))`;
  if (checked.length > 0) await tx.storedConflict.createMany({ data: storedRows(summitId, checked, snapshot) });
  return { kind: "part", part, engineMs };
}
