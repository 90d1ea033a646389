// Loads the plain-data SummitSnapshot the scheduling engine checks: one query per table, run
// together (see readAll), never one per item (the summit can hold tens of thousands of participations).
// A folder of its own, below the domains that check the summit (conflicts, coverage, bilaterals)
// and below the stored conflicts (lib/conflict-store), so that none of them has to import another
// to read it. The rules other features add to the engine (coverage, arrivals in protocol order)
// read their data here too (internal/), for the same reason.
import { readAll, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberFunction, MovementKind } from "@/lib/generated/prisma/enums";
import type { SummitItem, SummitSnapshot } from "@/lib/scheduling";
import type { SnapshotOptions } from "./types";

export { arrivalCheckDataOf, loadArrivalCheckData, loadArrivalConflictRule, type ArrivalSequenceRow, type ArrivalSlotRow } from "./internal/arrivals";
export { loadCoverageConflictRule, loadCoverageData, type CoverageRuleOptions } from "./internal/coverage";
export { extraRulesFor, type ExtraRuleOptions } from "./internal/extra-rules";

// The columns every loader here reads of each table: one snapshot shape, whichever part is loaded.
const SPACE_SELECT = { id: true, name: true, venueId: true, capacity: true, opensMinute: true, closesMinute: true } as const;
const DELEGATION_SELECT = { id: true, name: true, arrivesAt: true, departsAt: true } as const;
const MEMBER_SELECT = { id: true, delegationId: true, title: true, precedence: true, function: true } as const;

/** The summit's reference data and items; throws NotFoundError for an unknown summit. */
export async function loadSummitSnapshot(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<SummitSnapshot> {
  const itemWhere = {
    summitId,
    ...(options.window ? { startsAt: { lt: options.window.endsAt }, endsAt: { gt: options.window.startsAt } } : {}),
  };
  // Movements overlapping the window (a departure, which has no end, by its flight time), and every
  // flight of the summit whatever the window: a delegation's first landing and last take-off bound
  // its stay, and an item checked on its own must be judged against them (there are few flights).
  const movementWhere = options.window
    ? {
        summitId,
        OR: [
          {
            startsAt: { lt: options.window.endsAt },
            OR: [{ endsAt: { gt: options.window.startsAt } }, { endsAt: null, startsAt: { gte: options.window.startsAt } }],
          },
          { kind: { in: ["ARRIVAL", "DEPARTURE"] as ("ARRIVAL" | "DEPARTURE")[] } },
        ],
      }
    : { summitId };
  const [summit, venues, spaces, travelTimes, delegations, members, items, participations, movements] = await readAll(db, [
    () => db.summit.findUnique({ where: { id: summitId }, select: { timeZone: true, travelBufferMinutes: true } }),
    () => db.venue.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
    () => db.space.findMany({
      where: { venue: { summitId } },
      select: SPACE_SELECT,
      orderBy: { id: "asc" },
    }),
    () => db.travelTime.findMany({ where: { summitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } }),
    () => db.delegation.findMany({ where: { summitId }, select: DELEGATION_SELECT, orderBy: { id: "asc" } }),
    () => db.member.findMany({
      where: { delegation: { summitId } },
      select: MEMBER_SELECT,
      // Precedence order: a transfer below principal level carries the most senior of its function.
      orderBy: [{ precedence: "asc" }, { id: "asc" }],
    }),
    () => db.programmeItem.findMany({
      where: itemWhere,
      select: ITEM_SELECT,
      orderBy: { id: "asc" },
    }),
    () => db.participation.findMany({ where: { item: itemWhere }, select: { itemId: true, delegationId: true, memberId: true } }),
    () => db.movement.findMany({
      where: movementWhere,
      select: MOVEMENT_SELECT,
      orderBy: { id: "asc" },
    }),
  ] as const);
  if (!summit) throw new NotFoundError();
  return assemble(summit, { venues, spaces, travelTimes, delegations, members, items, participations, movements });
}

type SnapshotRows = {
  venues: SummitSnapshot["venues"];
  spaces: SummitSnapshot["spaces"];
  travelTimes: SummitSnapshot["travelTimes"];
  delegations: SummitSnapshot["delegations"];
  members: { id: string; delegationId: string; title: string; precedence: number; function: SummitSnapshot["members"][number]["function"] }[];
  items: Omit<SummitItem, "delegationIds" | "memberIds">[];
  participations: { itemId: string; delegationId: string; memberId: string | null }[];
  movements: NonNullable<SummitSnapshot["movements"]>;
};

function assemble(summit: { timeZone: string; travelBufferMinutes: number }, rows: SnapshotRows): SummitSnapshot {
  const { venues, spaces, travelTimes, delegations, members, items, participations, movements } = rows;
  const wholeDelegations = new Map<string, string[]>();
  const namedMembers = new Map<string, string[]>();
  for (const p of participations) {
    const target = p.memberId === null ? wholeDelegations : namedMembers;
    const list = target.get(p.itemId);
    const value = p.memberId ?? p.delegationId;
    if (list) list.push(value);
    else target.set(p.itemId, [value]);
  }

  return {
    timeZone: summit.timeZone,
    travelBufferMinutes: summit.travelBufferMinutes,
    venues,
    spaces,
    travelTimes,
    delegations,
    // Precedence 1 is the delegation's principal (see prisma/schema.prisma).
    members: members.map((m) => ({ ...m, isPrincipal: m.precedence === 1 })),
    items: items.map(
      (item): SummitItem => ({
        ...item,
        startsAt: new Date(item.startsAt.getTime()),
        endsAt: new Date(item.endsAt.getTime()),
        delegationIds: wholeDelegations.get(item.id) ?? [],
        memberIds: namedMembers.get(item.id) ?? [],
      }),
    ),
    movements,
  };
}

const ITEM_SELECT = { id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, spaceId: true } as const;
const MOVEMENT_SELECT = {
  id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true,
  fromItemId: true, toItemId: true, principalLevel: true, flight: true,
} as const;

/** The columns of a movement and a member as read (the coverage rule takes them in these types). */
type MovementRow = Omit<SnapshotRows["movements"][number], "kind"> & { kind: MovementKind; principalLevel: MemberFunction | null; flight: string | null };
type MemberRow = Omit<SnapshotRows["members"][number], "function"> & { function: MemberFunction };
/** Instants travel inside JSON as milliseconds (see epochMs). */
type Millis<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? number : number | null };
/** What partialSnapshotJson reads, as JSON. */
export type PartRows = {
  summit: { timeZone: string; travelBufferMinutes: number } | null;
  venues: SnapshotRows["venues"];
  spaces: SnapshotRows["spaces"];
  travelFrom: string[];
  travelTo: string[];
  travelMinutes: number[];
  delegations: Millis<SnapshotRows["delegations"][number], "arrivesAt" | "departsAt">[];
  members: MemberRow[];
  items: (Millis<SnapshotRows["items"][number], "startsAt" | "endsAt"> & { parentId: string | null })[];
  participations: SnapshotRows["participations"];
  movements: Millis<MovementRow, "startsAt" | "endsAt">[];
};

/** An instant column as milliseconds since the epoch, for JSON: exact, and whatever the session's time zone. */
export const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;
const orNull = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The ids a part of a summit is loaded with, each a text[] in SQL: a parameter, or an array the statement works out. */
export type PartIds = { itemIds: Prisma.Sql; movementIds: Prisma.Sql; delegationIds: Prisma.Sql };

/**
 * Part of a summit: the given items and movements, the given delegations (with all their members)
 * and their participations in those items, and the reference data they name (spaces, venues, travel
 * times). What a partial re-check needs (lib/conflict-store/internal/incremental.ts); which rows make a
 * part whose conflicts are right is that file's business. Also each loaded session's parent.
 * One JSON value (read by partialSnapshotOf), as an expression: the re-check embeds it in the
 * statement that works out the ids, so the part costs no round trip of its own (a statement
 * costs a wake-up of both processes and, through Prisma, most of a millisecond of CPU).
 */
export function partialSnapshotJson(summitId: string, ids: PartIds): Prisma.Sql {
  // Its CTEs have names of their own (part_…), so that the statement embedding it keeps its names.
  return Prisma.sql`(
    WITH part_items AS (
      SELECT i."id", i."title", i."kind"::text AS "kind", i."status"::text AS "status",
             ${epochMs(Prisma.sql`i."startsAt"`)} AS "startsAt", ${epochMs(Prisma.sql`i."endsAt"`)} AS "endsAt", i."spaceId", i."parentId"
      FROM "ProgrammeItem" i WHERE i."summitId" = ${summitId} AND i."id" = ANY(${ids.itemIds})),
    part_participations AS (
      SELECT p."itemId", p."delegationId", p."memberId" FROM "Participation" p
      WHERE p."itemId" = ANY(${ids.itemIds}) AND p."delegationId" = ANY(${ids.delegationIds})),
    part_movements AS (
      SELECT m."id", m."delegationId", m."kind"::text AS "kind", m."fromVenueId", m."toVenueId",
             ${epochMs(Prisma.sql`m."startsAt"`)} AS "startsAt", ${epochMs(Prisma.sql`m."endsAt"`)} AS "endsAt",
             m."fromItemId", m."toItemId", m."principalLevel"::text AS "principalLevel", m."flight"
      FROM "Movement" m WHERE m."summitId" = ${summitId} AND m."id" = ANY(${ids.movementIds})),
    -- Rows found by ids the statement works out are read by index as arrays of those ids (= ANY(ARRAY(…))):
    -- joined to a CTE instead, whose size the planner guesses, they may be read by scanning the table.
    -- Travel is judged along people's days: only the rooms of items someone loaded takes part in
    -- count, with the places the movements go from and to; travel times between those, not every pair.
    part_places AS (
      SELECT sp."venueId" AS "id" FROM "Space" sp WHERE sp."id" = ANY(ARRAY(SELECT "spaceId" FROM part_items WHERE "id" IN (SELECT "itemId" FROM part_participations)))
      UNION SELECT "fromVenueId" FROM part_movements UNION SELECT "toVenueId" FROM part_movements)
    SELECT json_build_object(
      'summit', (SELECT json_build_object('timeZone', s."timeZone", 'travelBufferMinutes', s."travelBufferMinutes") FROM "Summit" s WHERE s."id" = ${summitId}),
      'venues', (SELECT COALESCE(json_agg(v ORDER BY v."id"), '[]') FROM (SELECT "id", "name" FROM "Venue" WHERE "summitId" = ${summitId}) v),
      'spaces', (SELECT COALESCE(json_agg(sp ORDER BY sp."id"), '[]') FROM (
        SELECT sp."id", sp."name", sp."venueId", sp."capacity", sp."opensMinute", sp."closesMinute"
        FROM "Space" sp JOIN "Venue" v ON v."id" = sp."venueId"
        WHERE sp."id" = ANY(ARRAY(SELECT "spaceId" FROM part_items)) AND v."summitId" = ${summitId}) sp),
      -- Travel times as three arrays of one order: the part's places may be a few dozen, their
      -- pairs hundreds, and building a JSON object per pair would cost more than reading them.
      -- JSON arrays, not PostgreSQL arrays: JSON is parsed natively, while pg parses a text[]
      -- in JavaScript a character at a time, code whose optimised form a full garbage collection
      -- discards (it holds a per-call closure weakly), so the write after one parsed its
      -- hundreds of ids slowly while the parser was compiled again on a core the database needs.
      'travelFrom', t."travelFrom", 'travelTo', t."travelTo", 'travelMinutes', t."travelMinutes",
      'delegations', (SELECT COALESCE(json_agg(d ORDER BY d."id"), '[]') FROM (
        SELECT d."id", d."name", ${epochMs(Prisma.sql`d."arrivesAt"`)} AS "arrivesAt", ${epochMs(Prisma.sql`d."departsAt"`)} AS "departsAt"
        FROM "Delegation" d WHERE d."summitId" = ${summitId} AND d."id" = ANY(${ids.delegationIds})) d),
      -- Precedence order: a transfer below principal level carries the most senior of its function.
      'members', (SELECT COALESCE(json_agg(m ORDER BY m."precedence", m."id"), '[]') FROM (
        SELECT m."id", m."delegationId", m."title", m."precedence", m."function"::text AS "function"
        FROM "Member" m WHERE m."delegationId" = ANY(${ids.delegationIds})) m),
      'items', (SELECT COALESCE(json_agg(it ORDER BY it."id"), '[]') FROM part_items it),
      'participations', (SELECT COALESCE(json_agg(pa ORDER BY pa."itemId", pa."delegationId", pa."memberId"), '[]') FROM part_participations pa),
      'movements', (SELECT COALESCE(json_agg(mv ORDER BY mv."id"), '[]') FROM part_movements mv))
    FROM (
      SELECT COALESCE(json_agg(t."fromVenueId"), '[]') AS "travelFrom", COALESCE(json_agg(t."toVenueId"), '[]') AS "travelTo",
             COALESCE(json_agg(t."minutes"), '[]') AS "travelMinutes"
      -- By index from each place, then joined to the places they lead to (a hash: = ANY of a
      -- computed array would compare each row with every place in turn).
      FROM "TravelTime" t JOIN part_places p ON p."id" = t."toVenueId"
      WHERE t."summitId" = ${summitId} AND t."fromVenueId" = ANY(ARRAY(SELECT "id" FROM part_places))) t)`;
}

/** The part of a summit partialSnapshotJson read: the engine's snapshot, each loaded session's parent, and the movements and members as read. */
export function partialSnapshotOf(rows: PartRows) {
  if (!rows.summit) throw new NotFoundError();
  const items = rows.items.map((i) => ({ ...i, startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) }));
  const movements: MovementRow[] = rows.movements.map((m) => ({ ...m, startsAt: new Date(m.startsAt), endsAt: orNull(m.endsAt) }));
  const members = rows.members;
  const parentIds = new Map(items.flatMap((i) => (i.parentId === null ? [] : [[i.id, i.parentId] as const])));
  const snapshot = assemble(rows.summit, {
    venues: rows.venues,
    spaces: rows.spaces,
    travelTimes: rows.travelFrom.map((fromVenueId, i) => ({ fromVenueId, toVenueId: rows.travelTo[i], minutes: rows.travelMinutes[i] })),
    delegations: rows.delegations.map((d) => ({ ...d, arrivesAt: orNull(d.arrivesAt), departsAt: orNull(d.departsAt) })),
    members,
    items,
    participations: rows.participations,
    movements,
  });
  // The rows as read too: the coverage rule takes movements and member functions in their own types.
  return { snapshot, parentIds, movements, members };
}

/** Part of a summit by ids the caller has (see partialSnapshotJson), in a statement of its own. */
export async function loadPartialSnapshot(
  db: DbOrTx,
  summitId: string,
  part: { itemIds: readonly string[]; movementIds: readonly string[]; delegationIds: readonly string[] },
) {
  const [{ snapshot }] = await db.$queryRaw<{ snapshot: PartRows }[]>`
    SELECT ${partialSnapshotJson(summitId, {
      itemIds: Prisma.sql`${[...part.itemIds]}::text[]`,
      movementIds: Prisma.sql`${[...part.movementIds]}::text[]`,
      delegationIds: Prisma.sql`${[...part.delegationIds]}::text[]`,
    })} AS "snapshot"`;
  return partialSnapshotOf(snapshot);
}

/**
 * What a list of conflicts needs to be described (the conflicts page): the items they name with
 * everyone taking part in them, the members they name, and the summit's delegations, venues and
 * spaces (the filters list them all). No movements and no travel times: nothing here is checked.
 */
export async function loadNamedSnapshot(
  db: DbOrTx,
  summitId: string,
  named: { itemIds: readonly string[]; memberIds: readonly string[] },
): Promise<SummitSnapshot> {
  const itemIds = [...named.itemIds];
  const [summit, items, participations, delegations, venues, spaces] = await readAll(db, [
    () => db.summit.findUnique({ where: { id: summitId }, select: { timeZone: true, travelBufferMinutes: true } }),
    () => db.programmeItem.findMany({ where: { summitId, id: { in: itemIds } }, select: ITEM_SELECT, orderBy: { id: "asc" } }),
    () => db.participation.findMany({ where: { itemId: { in: itemIds } }, select: { itemId: true, delegationId: true, memberId: true } }),
    () => db.delegation.findMany({ where: { summitId }, select: DELEGATION_SELECT, orderBy: { id: "asc" } }),
    () => db.venue.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
    () => db.space.findMany({
      where: { venue: { summitId } },
      select: SPACE_SELECT,
      orderBy: { id: "asc" },
    }),
  ] as const);
  if (!summit) throw new NotFoundError();
  const memberIds = [...new Set([...named.memberIds, ...participations.flatMap((p) => (p.memberId ? [p.memberId] : []))])];
  const members = await db.member.findMany({
    where: { id: { in: memberIds }, delegation: { summitId } },
    select: MEMBER_SELECT,
    orderBy: [{ precedence: "asc" }, { id: "asc" }],
  });
  return assemble(summit, { venues, spaces, travelTimes: [], delegations, members, items, participations, movements: [] });
}
