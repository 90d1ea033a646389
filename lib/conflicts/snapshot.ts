// Loads the plain-data SummitSnapshot the scheduling engine checks: one query per table, run
// together (see readAll), never one per item (the summit can hold tens of thousands of participations).
import { readAll, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SummitItem, SummitSnapshot } from "@/lib/scheduling";

export type SnapshotOptions = {
  /** Only items overlapping [start, end): enough to check one item (see conflictsForItemIn). */
  window?: { start: Date; end: Date };
};

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
      select: { id: true, name: true, venueId: true, capacity: true, opensMinute: true, closesMinute: true },
      orderBy: { id: "asc" },
    }),
    () => db.travelTime.findMany({ where: { summitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } }),
    () => db.delegation.findMany({ where: { summitId }, select: { id: true, name: true, arrivesAt: true, departsAt: true }, orderBy: { id: "asc" } }),
    () => db.member.findMany({
      where: { delegation: { summitId } },
      select: { id: true, delegationId: true, title: true, precedence: true, function: true },
      // Precedence order: a transfer below principal level carries the most senior of its function.
      orderBy: [{ precedence: "asc" }, { id: "asc" }],
    }),
    () => db.programmeItem.findMany({
      where: itemWhere,
      select: { id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, spaceId: true },
      orderBy: { id: "asc" },
    }),
    () => db.participation.findMany({ where: { item: itemWhere }, select: { itemId: true, delegationId: true, memberId: true } }),
    () => db.movement.findMany({
      where: movementWhere,
      select: {
        id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true,
        fromItemId: true, toItemId: true, principalLevel: true, flight: true,
      },
      orderBy: { id: "asc" },
    }),
  ] as const);
  if (!summit) throw new NotFoundError();

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
