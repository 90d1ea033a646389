// Reads of movements for planners (the movements pages) and the transfer proposals. Agency
// coordinators read movements only through their tasks (lib/tasks/queries.ts).
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberFunction, MovementKind, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import { mayReadTaskStaffNotes } from "@/lib/tasks/policy";
import { visibleMovementsWhere } from "./policy";
import { widenDays } from "@/lib/tasks/queries";
import type { SummitSummary } from "@/lib/summits/queries";
import { dayBounds, type IsoDay } from "@/lib/time";
import { proposeTransfers, type TransferProposal } from "./propose";

export type MovementView = {
  id: string;
  kind: MovementKind;
  delegation: { id: string; name: string; code: string };
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
  flight: string | null;
  startsAt: Date;
  endsAt: Date | null;
  partySize: number;
  principalLevel: MemberFunction | null;
  routeNote: string | null;
  roadClosureNeeded: boolean;
  staffNotes: string | null;
  version: number;
  /** The items a transfer serves (it follows them when they move). */
  fromItemId: string | null;
  toItemId: string | null;
  tasks: { id: string; type: TaskType; status: TaskStatus; agency: string }[];
};

const venue = { select: { id: true, name: true } } as const;

function movementSelect(actor: Actor) {
  return {
    id: true, kind: true, flight: true, startsAt: true, endsAt: true, partySize: true, principalLevel: true,
    routeNote: true, roadClosureNeeded: true, version: true, staffNotes: mayReadTaskStaffNotes(actor),
    fromItemId: true, toItemId: true,
    delegation: { select: { id: true, name: true, code: true } },
    fromVenue: venue,
    toVenue: venue,
    tasks: {
      // A coordinator sees their own agency's tasks on it, never another agency's.
      where: actor.role === "AGENCY" ? { agencyId: actor.agencyId ?? "" } : {},
      select: { id: true, type: true, status: true, agency: { select: { shortName: true } } },
      orderBy: [{ type: "asc" }, { id: "asc" }],
    },
  } satisfies Prisma.MovementSelect;
}

type Row = Awaited<ReturnType<typeof loadRows>>[number];
const loadRows = (db: DbOrTx, actor: Actor, where: Prisma.MovementWhereInput) =>
  db.movement.findMany({
    where: { AND: [visibleMovementsWhere(actor), where] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: movementSelect(actor),
  });

function toView(row: Row): MovementView {
  const { fromVenue, toVenue, tasks, staffNotes, ...rest } = row;
  return {
    ...rest,
    staffNotes: staffNotes ?? null,
    from: fromVenue,
    to: toVenue,
    tasks: tasks.map((t) => ({ id: t.id, type: t.type, status: t.status, agency: t.agency.shortName })),
  };
}

export async function listMovements(
  db: DbOrTx,
  actor: Actor,
  summit: { id: string; timeZone: string },
  filter: { day?: IsoDay; delegationId?: string | null } = {},
): Promise<MovementView[]> {
  const where: Prisma.MovementWhereInput = { summitId: summit.id };
  if (filter.day) {
    const bounds = dayBounds(filter.day, summit.timeZone);
    where.startsAt = { gte: bounds.startsAt, lt: bounds.endsAt };
  }
  if (filter.delegationId) where.delegationId = filter.delegationId;
  return (await loadRows(db, actor, where)).map(toView);
}

export async function getMovement(db: DbOrTx, actor: Actor, summitId: string, id: string): Promise<MovementView> {
  const [row] = await loadRows(db, actor, { id, summitId });
  if (!row) throw new NotFoundError();
  return toView(row);
}

export type Option = { id: string; name: string };

export async function movementFormOptions(db: DbOrTx, summitId: string) {
  const [delegations, venues, items] = await Promise.all([
    db.delegation.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.venue.findMany({ where: { summitId }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    // What a transfer can serve: the summit's items that are not cancelled, sessions excluded.
    db.programmeItem.findMany({
      where: { summitId, status: { not: "CANCELLED" }, parentId: null },
      select: { id: true, title: true, startsAt: true, endsAt: true },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return { delegations, venues, items };
}

/** What proposing transfers needs for one delegation: its principal's confirmed items and hotel. */
export async function transferPlanningData(db: DbOrTx, summit: { id: string; timeZone: string }, delegationId: string) {
  const delegation = await db.delegation.findFirst({
    where: { id: delegationId, summitId: summit.id },
    select: { id: true, name: true, hotelVenueId: true, members: { where: { precedence: 1 }, select: { id: true, function: true } } },
  });
  if (!delegation) throw new NotFoundError();
  const principal = delegation.members[0] ?? null;
  const [items, travelTimes, existing, lastTransfer, flights] = await Promise.all([
    db.programmeItem.findMany({
      where: {
        summitId: summit.id, status: "CONFIRMED", parentId: null,
        participations: { some: { OR: [{ delegationId, memberId: null }, ...(principal ? [{ memberId: principal.id }] : [])] } },
      },
      select: { id: true, title: true, startsAt: true, endsAt: true, space: { select: { venueId: true } } },
      orderBy: { startsAt: "asc" },
    }),
    db.travelTime.findMany({ where: { summitId: summit.id }, select: { fromVenueId: true, toVenueId: true, minutes: true } }),
    db.movement.findMany({ where: { delegationId, kind: "TRANSFER" }, select: { fromVenueId: true, toVenueId: true, startsAt: true } }),
    db.movement.findFirst({ where: { delegationId, kind: "TRANSFER" }, orderBy: { startsAt: "desc" }, select: { partySize: true } }),
    db.movement.findMany({
      where: { delegationId, kind: { in: ["ARRIVAL", "DEPARTURE"] } },
      select: { kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true },
    }),
  ]);
  const proposals = proposeTransfers({
    items: items.map((i) => ({ id: i.id, title: i.title, startsAt: i.startsAt, endsAt: i.endsAt, venueId: i.space?.venueId ?? null })),
    hotelVenueId: delegation.hotelVenueId,
    arrivals: flights.flatMap((f) => (f.kind === "ARRIVAL" && f.toVenueId ? [{ venueId: f.toVenueId, readyAt: f.endsAt ?? f.startsAt }] : [])),
    departures: flights.flatMap((f) => (f.kind === "DEPARTURE" && f.fromVenueId ? [{ venueId: f.fromVenueId, at: f.startsAt }] : [])),
    travelTimes,
    timeZone: summit.timeZone,
    existing,
  });
  return {
    delegation: { id: delegation.id, name: delegation.name },
    principalLevel: principal?.function ?? null,
    /** Like the delegation's other transfers; six people (a small motorcade) for the first. */
    partySize: lastTransfer?.partySize ?? 6,
    items: new Map(items.map((i) => [i.id, i.title])),
    proposals,
  };
}

export type TransferPlanning = Awaited<ReturnType<typeof transferPlanningData>>;
export type { TransferProposal };

/** The summit's days, widened to the first and last day with a movement. */
export async function movementDays(db: DbOrTx, summit: SummitSummary): Promise<IsoDay[]> {
  const { _min, _max } = await db.movement.aggregate({ where: { summitId: summit.id }, _min: { startsAt: true }, _max: { startsAt: true } });
  return widenDays(summit, _min.startsAt, _max.startsAt);
}
