// Loads the plain-data SummitSnapshot the scheduling engine checks: one query per table, run
// together (see readAll), never one per item (the summit can hold tens of thousands of participations).
// A folder of its own, below the domains that check the summit (conflicts, coverage, bilaterals),
// so that none of them has to import another to read it.
import { readAll, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SummitItem, SummitSnapshot } from "@/lib/scheduling";
import type { SnapshotOptions } from "./types";

// The columns every loader here reads of each table: one snapshot shape, whichever part is loaded.
const SPACE_SELECT = { id: true, name: true, venueId: true, capacity: true, opensMinute: true, closesMinute: true } as const;
const DELEGATION_SELECT = { id: true, name: true, arrivesAt: true, departsAt: true } as const;
const MEMBER_SELECT = { id: true, delegationId: true, title: true, precedence: true, function: true } as const;

/** The summit's reference data and items; throws NotFoundError for an unknown summit. */
export async function loadSummitSnapshot(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<SummitSnapshot> {
  const itemWhere = {
    summitId,
    ...(options.window ? { startsAt: { lt: options.window.end }, endsAt: { gt: options.window.start } } : {}),
  };
  // Movements overlapping the window (a departure, which has no end, by its flight time), and every
  // flight of the summit whatever the window: a delegation's first landing and last take-off bound
  // its stay, and an item checked on its own must be judged against them (there are few flights).
  const movementWhere = options.window
    ? {
        summitId,
        OR: [
          {
            startsAt: { lt: options.window.end },
            OR: [{ endsAt: { gt: options.window.start } }, { endsAt: null, startsAt: { gte: options.window.start } }],
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

/**
 * Part of a summit: the given items and movements, the given delegations (with all their members)
 * and their participations in those items, and the reference data they name (spaces, venues, travel
 * times). What a partial re-check needs (lib/conflicts/internal/incremental.ts); which rows make a
 * part whose conflicts are right is that file's business. Also each loaded session's parent.
 */
export async function loadPartialSnapshot(
  db: DbOrTx,
  summitId: string,
  part: { itemIds: readonly string[]; movementIds: readonly string[]; delegationIds: readonly string[] },
) {
  const itemIds = [...part.itemIds];
  const movementIds = [...part.movementIds];
  const delegationIds = [...part.delegationIds];
  const [summit, items, participations, movements, venues] = await readAll(db, [
    () => db.summit.findUnique({ where: { id: summitId }, select: { timeZone: true, travelBufferMinutes: true } }),
    () => db.programmeItem.findMany({ where: { summitId, id: { in: itemIds } }, select: { ...ITEM_SELECT, parentId: true }, orderBy: { id: "asc" } }),
    () => db.participation.findMany({ where: { itemId: { in: itemIds }, delegationId: { in: delegationIds } }, select: { itemId: true, delegationId: true, memberId: true } }),
    () => db.movement.findMany({ where: { summitId, id: { in: movementIds } }, select: MOVEMENT_SELECT, orderBy: { id: "asc" } }),
    () => db.venue.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ] as const);
  if (!summit) throw new NotFoundError();
  const spaceIds = [...new Set(items.flatMap((i) => (i.spaceId === null ? [] : [i.spaceId])))];
  // Travel is judged along people's days: only the rooms of items someone loaded takes part in count.
  const attended = new Set(participations.map((p) => p.itemId));
  const travelSpaceIds = [...new Set(items.flatMap((i) => (i.spaceId !== null && attended.has(i.id) ? [i.spaceId] : [])))];
  // Travel times between the places the part's items and movements are at, not every pair.
  const movementVenues = movements.flatMap((m) => [m.fromVenueId, m.toVenueId]).filter((id): id is string => id !== null);
  const [delegations, members, spaces, travelTimes] = await readAll(db, [
    () => db.delegation.findMany({ where: { summitId, id: { in: delegationIds } }, select: DELEGATION_SELECT, orderBy: { id: "asc" } }),
    () => db.member.findMany({
      where: { delegationId: { in: delegationIds } },
      select: MEMBER_SELECT,
      orderBy: [{ precedence: "asc" }, { id: "asc" }],
    }),
    () => db.space.findMany({
      where: { id: { in: spaceIds }, venue: { summitId } },
      select: SPACE_SELECT,
      orderBy: { id: "asc" },
    }),
    async () => {
      const venueIds = [...new Set([...movementVenues, ...(await db.space.findMany({ where: { id: { in: travelSpaceIds } }, select: { venueId: true } })).map((sp) => sp.venueId)])];
      return db.travelTime.findMany({
        where: { summitId, fromVenueId: { in: venueIds }, toVenueId: { in: venueIds } },
        select: { fromVenueId: true, toVenueId: true, minutes: true },
      });
    },
  ] as const);
  const parentIds = new Map(items.flatMap((i) => (i.parentId === null ? [] : [[i.id, i.parentId] as const])));
  const snapshot = assemble(summit, {
    venues,
    spaces,
    travelTimes,
    delegations,
    members,
    items,
    participations,
    movements,
  });
  // The rows as read too: the coverage rule takes movements and member functions in their own types.
  return { snapshot, parentIds, movements, members };
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
