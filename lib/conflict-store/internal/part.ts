// The keys of a partial re-check and the part of the summit they need (incremental.ts says why
// these rows), read in one statement: the engine's snapshot of the part by lib/snapshot's
// expression (partialSnapshotJson) with the ids worked out here, and whatever else the part holds.
//
// The keys: whether an event with arrivals in protocol order or one of its motorcades is among the
// touched rows, the touched items' rooms, their delegations and those of the transfers linked to
// them (a transfer's escort coverage names the item it serves, its linked item first: cancelling or
// reinstating that item moves the conflict to another of the delegation's items), those
// delegations' members, and the delegations of the tasks' subjects. The part: whatever each key's
// conflicts depend on. A delegation's whole programme and all its movements (its members' days,
// the items its motorcades serve, its flights and so its stay); a space's bookings; the touched
// rows and their tasks' subjects; the transfers linked to a touched item; the events with arrivals
// (the busy principal check reads the event); then the items those movements are linked to; and
// the tasks on all of these, the summit's coverage rules and the key delegations' arrival slots.
//
// UNIONs rather than WHEREs of ORs, so that each branch uses its own index; and rows found by ids
// worked out here are read as arrays of those ids (= ANY(ARRAY(…))), by index: joined to a CTE,
// whose size the planner guesses, they may be read by scanning the table (every task there is).
// The id lists come back as JSON arrays, not PostgreSQL arrays, for the reason the partial
// snapshot's travel times do (lib/snapshot/queries.ts): parsed natively, whatever the collector did.
import type { CoverageRuleData, CoverageTask } from "@/lib/scheduling/rules/coverage/types";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArrivalCheckData } from "@/lib/scheduling";
import { epochMs, partialSnapshotJson, partialSnapshotOf, type PartRows as SnapshotRows } from "@/lib/snapshot/queries";
import { arrivalCheckDataOf, type ArrivalSequenceRow, type ArrivalSlotRow } from "@/lib/snapshot/queries";

/** Beyond this many touched items and movements (a bulk import), one whole check is cheaper. */
const MAX_TOUCHED = 500;

/**
 * What the unseen writes touched in this summit (the rows the triggers note in "ConflictTouch"),
 * by id: the items, movements and participations written (their delegations, members and rooms
 * before and after), the delegations whose flights moved, and the subjects of the tasks written.
 */
export type Touched = {
  itemIds: string[];
  movementIds: string[];
  delegationIds: string[];
  memberIds: string[];
  spaceIds: string[];
  flownDelegationIds: string[];
  taskItemIds: string[];
  taskMovementIds: string[];
};

/** Instants inside JSON as milliseconds (see epochMs). */
type InJson<T> = { [K in keyof T]: T[K] extends Date ? number : T[K] };

type PartRow = {
  touches: number;
  touchedItemIds: string[];
  touchedMovementIds: string[];
  touchedDelegationIds: string[];
  touchedMemberIds: string[];
  touchedSpaceIds: string[];
  flownDelegationIds: string[];
  taskItemIds: string[];
  taskMovementIds: string[];
  arrivalsTouched: boolean;
  spaceIds: string[];
  delegationIds: string[];
  memberIds: string[];
  taskMovementDelegationIds: string[];
  itemIds: string[];
  movementIds: string[];
  loadedDelegationIds: string[];
  snapshot: SnapshotRows | null;
  tasks: InJson<CoverageTask>[];
  coverageRules: CoverageRuleData[];
  arrivalSequences: InJson<ArrivalSequenceRow>[];
  arrivalSlots: ArrivalSlotRow[];
};

export type Part = {
  touched: Touched;
  /** No row of this summit was touched. */
  untouched: boolean;
  /** More rows were touched than a part should hold: nothing else was read. */
  bulk: boolean;
  /** A touched row is an event with arrivals in protocol order, or one of its motorcades: only a whole check will do. */
  arrivalsTouched: boolean;
  /** Keys: the touched items' rooms, the delegations of the touched rows, and those delegations' members. */
  spaceIds: string[];
  delegationIds: string[];
  memberIds: string[];
  /** The delegations of the touched tasks' movements (their escort gaps are stored with them). */
  taskMovementDelegationIds: string[];
  /** What the engine's snapshot is loaded with. */
  itemIds: string[];
  movementIds: string[];
  loadedDelegationIds: string[];
  /** The part itself, as loadPartialSnapshot reads it with these ids; null when untouched or bulk. */
  snapshot: ReturnType<typeof partialSnapshotOf> | null;
  /** The tasks on the part's items and movements, by id; the summit's coverage rules, by id. */
  tasks: CoverageTask[];
  coverageRules: CoverageRuleData[];
  /** The summit's arrival sequences with the key delegations' slots. */
  arrivals: ArrivalCheckData;
};

/** The touches of these transactions in this summit, the keys and the part; the part is empty for a bulk write. */
export async function readPart(tx: Tx, summitId: string, xids: readonly string[]): Promise<Part> {
  const [row] = await tx.$queryRaw<PartRow[]>`
    WITH touch AS (
      SELECT DISTINCT t."source", t."itemId", t."movementId", t."movementKind", t."delegationId", t."memberId", t."spaceId"
      FROM "ConflictTouch" t
      -- A 'whole' touch only names the summit of a write that needs a whole re-check (store.ts).
      WHERE t."xid" = ANY(${xids}::bigint[]) AND t."source" <> 'whole' AND (t."summitId" = ${summitId} OR (t."summitId" IS NULL AND (
        EXISTS (SELECT 1 FROM "Delegation" d WHERE d."id" = t."delegationId" AND d."summitId" = ${summitId})
        OR EXISTS (SELECT 1 FROM "ProgrammeItem" i WHERE i."id" = t."itemId" AND i."summitId" = ${summitId})
        OR EXISTS (SELECT 1 FROM "Movement" m WHERE m."id" = t."movementId" AND m."summitId" = ${summitId}))))),
    touched AS (
      SELECT count(*)::int AS "touches",
        COALESCE(array_agg(DISTINCT t."itemId") FILTER (WHERE t."source" <> 'task' AND t."itemId" IS NOT NULL), '{}') AS "itemIds",
        COALESCE(array_agg(DISTINCT t."movementId") FILTER (WHERE t."source" <> 'task' AND t."movementId" IS NOT NULL), '{}') AS "movementIds",
        COALESCE(array_agg(DISTINCT t."delegationId") FILTER (WHERE t."source" <> 'task' AND t."delegationId" IS NOT NULL), '{}') AS "delegationIds",
        COALESCE(array_agg(DISTINCT t."memberId") FILTER (WHERE t."source" <> 'task' AND t."memberId" IS NOT NULL), '{}') AS "memberIds",
        COALESCE(array_agg(DISTINCT t."spaceId") FILTER (WHERE t."source" <> 'task' AND t."spaceId" IS NOT NULL), '{}') AS "spaceIds",
        COALESCE(array_agg(DISTINCT t."delegationId") FILTER (
          WHERE t."source" = 'movement' AND t."delegationId" IS NOT NULL AND t."movementKind" IN ('ARRIVAL', 'DEPARTURE')), '{}') AS "flownDelegationIds",
        COALESCE(array_agg(DISTINCT t."itemId") FILTER (WHERE t."source" = 'task' AND t."itemId" IS NOT NULL), '{}') AS "taskItemIds",
        COALESCE(array_agg(DISTINCT t."movementId") FILTER (WHERE t."source" = 'task' AND t."movementId" IS NOT NULL), '{}') AS "taskMovementIds"
      FROM touch t),
    -- What the part is read from: nothing for a bulk write, which is checked whole.
    tp AS (
      SELECT t.* FROM touched t
      WHERE cardinality(t."itemIds") + cardinality(t."movementIds") + cardinality(t."taskItemIds") + cardinality(t."taskMovementIds") <= ${MAX_TOUCHED}),
    ti AS (SELECT unnest("itemIds") AS id FROM tp),
    kd AS (
      SELECT d."id" FROM "Delegation" d WHERE d."id" = ANY((SELECT "delegationIds" FROM tp)::text[]) AND d."summitId" = ${summitId}
      UNION SELECT p."delegationId" FROM "Participation" p WHERE p."itemId" = ANY(ARRAY(SELECT id FROM ti))
      UNION SELECT m."delegationId" FROM "Movement" m WHERE m."fromItemId" = ANY(ARRAY(SELECT id FROM ti))
      UNION SELECT m."delegationId" FROM "Movement" m WHERE m."toItemId" = ANY(ARRAY(SELECT id FROM ti))),
    ks AS (SELECT DISTINCT i."spaceId" AS id FROM "ProgrammeItem" i WHERE i."id" = ANY(ARRAY(SELECT id FROM ti)) AND i."spaceId" IS NOT NULL),
    tmd AS (SELECT DISTINCT m."delegationId" AS id FROM "Movement" m WHERE m."id" = ANY((SELECT "taskMovementIds" FROM tp)::text[])),
    cd AS (SELECT unnest("delegationIds") AS id FROM tp UNION SELECT id FROM kd UNION SELECT id FROM tmd),
    seed AS (
      SELECT i."id" FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."id" = ANY((SELECT "itemIds" || "taskItemIds" FROM tp)::text[])
      UNION SELECT i."id" FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."spaceId" = ANY((SELECT "spaceIds" FROM tp)::text[])
      UNION SELECT i."id" FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."spaceId" = ANY(ARRAY(SELECT id FROM ks))
      UNION SELECT p."itemId" FROM "Participation" p WHERE p."delegationId" = ANY(ARRAY(SELECT id FROM cd))
      UNION SELECT a."itemId" FROM "ArrivalSequence" a WHERE a."summitId" = ${summitId}),
    mv AS (
      SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."delegationId" = ANY(ARRAY(SELECT id FROM cd))
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."summitId" = ${summitId} AND m."id" = ANY((SELECT "movementIds" || "taskMovementIds" FROM tp)::text[])
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."fromItemId" = ANY(ARRAY(SELECT id FROM ti))
      UNION SELECT m."id", m."fromItemId", m."toItemId", m."delegationId" FROM "Movement" m WHERE m."toItemId" = ANY(ARRAY(SELECT id FROM ti))),
    items AS (
      SELECT id FROM seed
      UNION SELECT "fromItemId" FROM mv WHERE "fromItemId" IS NOT NULL
      UNION SELECT "toItemId" FROM mv WHERE "toItemId" IS NOT NULL),
    tasks AS (
      SELECT t."id", t."agencyId", t."itemId", t."movementId", t."type"::text AS "type", t."status"::text AS "status",
             ${epochMs(Prisma.sql`t."startsAt"`)} AS "startsAt", ${epochMs(Prisma.sql`t."endsAt"`)} AS "endsAt"
      FROM "AgencyTask" t WHERE t."itemId" = ANY(ARRAY(SELECT id FROM items))
      UNION ALL
      SELECT t."id", t."agencyId", t."itemId", t."movementId", t."type"::text, t."status"::text,
             ${epochMs(Prisma.sql`t."startsAt"`)}, ${epochMs(Prisma.sql`t."endsAt"`)}
      FROM "AgencyTask" t WHERE t."movementId" = ANY(ARRAY(SELECT id FROM mv)) AND t."itemId" IS NULL),
    -- The delegations the part is loaded with (incremental.ts says why these).
    ld AS (
      SELECT id FROM cd
      UNION SELECT p."delegationId" FROM "Participation" p WHERE p."itemId" = ANY((SELECT "taskItemIds" FROM tp)::text[])
      UNION SELECT "delegationId" FROM mv),
    -- A write to an event with arrivals in protocol order, or to one of its motorcades: checked whole (incremental.ts).
    arrivals_touched AS (
      SELECT EXISTS (SELECT 1 FROM "ArrivalSequence" a WHERE a."summitId" = ${summitId} AND a."itemId" = ANY(ARRAY(SELECT id FROM ti)))
        OR EXISTS (SELECT 1 FROM "ArrivalSlot" sl WHERE sl."movementId" = ANY((SELECT "movementIds" FROM tp)::text[])) AS yes),
    sequences AS (
      SELECT a."id", a."itemId", ${epochMs(Prisma.sql`i."startsAt"`)} AS "itemStartsAt", e."id" AS "entranceId", e."name" AS "entranceName", e."minGapMinutes"
      FROM "ArrivalSequence" a JOIN "ProgrammeItem" i ON i."id" = a."itemId" JOIN "Entrance" e ON e."id" = a."entranceId"
      WHERE a."summitId" = ${summitId})
    SELECT
      t."touches", to_json(t."itemIds") AS "touchedItemIds", to_json(t."movementIds") AS "touchedMovementIds",
      to_json(t."delegationIds") AS "touchedDelegationIds", to_json(t."memberIds") AS "touchedMemberIds", to_json(t."spaceIds") AS "touchedSpaceIds",
      to_json(t."flownDelegationIds") AS "flownDelegationIds", to_json(t."taskItemIds") AS "taskItemIds", to_json(t."taskMovementIds") AS "taskMovementIds",
      (SELECT yes FROM arrivals_touched) AS "arrivalsTouched",
      (SELECT COALESCE(json_agg(id), '[]') FROM ks) AS "spaceIds",
      (SELECT COALESCE(json_agg(id), '[]') FROM kd) AS "delegationIds",
      (SELECT COALESCE(json_agg(m."id"), '[]') FROM "Member" m WHERE m."delegationId" = ANY(ARRAY(SELECT id FROM kd))) AS "memberIds",
      (SELECT COALESCE(json_agg(id), '[]') FROM tmd) AS "taskMovementDelegationIds",
      (SELECT COALESCE(json_agg(id), '[]') FROM items) AS "itemIds",
      (SELECT COALESCE(json_agg(id), '[]') FROM mv) AS "movementIds",
      (SELECT COALESCE(json_agg(id), '[]') FROM ld) AS "loadedDelegationIds",
      -- The engine's snapshot of the part, unless nothing was touched, a bulk write left the part
      -- empty, or the summit is to be checked whole for its arrivals.
      CASE WHEN t."touches" > 0 AND EXISTS (SELECT 1 FROM tp) AND NOT (SELECT yes FROM arrivals_touched) THEN ${partialSnapshotJson(summitId, {
        itemIds: Prisma.sql`ARRAY(SELECT id FROM items)`,
        movementIds: Prisma.sql`ARRAY(SELECT id FROM mv)`,
        delegationIds: Prisma.sql`ARRAY(SELECT id FROM ld)`,
      })} END AS "snapshot",
      (SELECT COALESCE(json_agg(t ORDER BY t."id"), '[]') FROM tasks t) AS "tasks",
      (SELECT COALESCE(json_agg(r ORDER BY r."id"), '[]') FROM (
        SELECT r."id", r."target"::text AS "target", r."itemKind"::text AS "itemKind", r."venueId", r."movementKind"::text AS "movementKind",
               r."principalLevel"::text AS "principalLevel", r."requiredType"::text AS "requiredType", r."description"
        FROM "CoverageRule" r WHERE r."summitId" = ${summitId}) r) AS "coverageRules",
      (SELECT COALESCE(json_agg(s ORDER BY s."id"), '[]') FROM sequences s) AS "arrivalSequences",
      -- Only the key delegations' slots: the others' conflicts are out of scope.
      (SELECT COALESCE(json_agg(sl ORDER BY sl."sequenceId", sl."position"), '[]') FROM (
        SELECT sl."sequenceId", sl."delegationId", sl."offsetMinutes", sl."movementId", sl."position"
        FROM "ArrivalSlot" sl WHERE sl."sequenceId" = ANY(ARRAY(SELECT id FROM sequences)) AND sl."delegationId" = ANY(ARRAY(SELECT id FROM kd UNION SELECT unnest("delegationIds") FROM tp))) sl) AS "arrivalSlots"
    FROM touched t`;
  const { touches, touchedItemIds, touchedMovementIds, touchedDelegationIds, touchedMemberIds, touchedSpaceIds, flownDelegationIds, taskItemIds, taskMovementIds } = row;
  const touched: Touched = {
    itemIds: touchedItemIds, movementIds: touchedMovementIds, delegationIds: touchedDelegationIds, memberIds: touchedMemberIds,
    spaceIds: touchedSpaceIds, flownDelegationIds, taskItemIds, taskMovementIds,
  };
  const { arrivalSequences, arrivalSlots, tasks, arrivalsTouched, spaceIds, delegationIds, memberIds, taskMovementDelegationIds, itemIds, movementIds, loadedDelegationIds, coverageRules } = row;
  const snapshot = row.snapshot === null ? null : partialSnapshotOf(row.snapshot);
  return {
    touched,
    untouched: touches === 0,
    bulk: touchedItemIds.length + touchedMovementIds.length + taskItemIds.length + taskMovementIds.length > MAX_TOUCHED,
    arrivalsTouched, spaceIds, delegationIds, memberIds, taskMovementDelegationIds, itemIds, movementIds, loadedDelegationIds, coverageRules, snapshot,
    tasks: tasks.map((t) => ({ ...t, startsAt: new Date(t.startsAt), endsAt: new Date(t.endsAt) })),
    arrivals: arrivalCheckDataOf(arrivalSequences.map((s) => ({ ...s, itemStartsAt: new Date(s.itemStartsAt) })), arrivalSlots),
  };
}
