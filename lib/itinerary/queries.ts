// The one scoped read of a delegation's itinerary. The page, the exports and the calendar feed
// all call getItinerary: items pass through visibleItemsWhere (lib/programme/policy.ts) and the
// delegation through scopedDelegation, so no path can show more than the reader may see.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { mayReadStaffNotes, visibleItemsWhere } from "@/lib/programme/policy";
import { dayBounds, type IsoDay } from "@/lib/time";
import { byTime, itemSelectFor, movementSelect, toItemEntry, toMovementEntry } from "./entries";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { scopedDelegation } from "./scope";
import type { Itinerary, ItineraryPerson, OpenBilateral } from "./types";

export type ItineraryQuery = { delegationId: string; memberId?: string | null; day?: IsoDay | null };

/** People with a per-member itinerary: the principal and the ministers. */
const KEY_FUNCTIONS: readonly MemberFunction[] = ["HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER"];

const OPEN_BILATERAL = ["REQUESTED", "PROPOSED", "ACCEPTED"] as const;

export async function getItinerary(db: DbOrTx, actor: Actor, query: ItineraryQuery): Promise<Itinerary> {
  const summit = await requireCurrentSummit(db);
  const day = query.day ?? null;
  if (day !== null && !summit.days.includes(day)) throw new NotFoundError();
  const delegation = await scopedDelegation(db, actor, summit.id, query.delegationId);
  const members = delegation.members;
  const member = query.memberId ? members.find((m) => m.id === query.memberId) : null;
  if (query.memberId && !member) throw new NotFoundError();
  // A whole-delegation participation means the principal (most senior member) attends.
  const isPrincipal = member ? member.id === members[0]?.id : false;

  const window = day ? dayBounds(day, summit.timeZone) : null;
  const overlaps = window ? { startsAt: { lt: window.end }, endsAt: { gt: window.start } } : {};
  const takesPart: Prisma.ParticipationWhereInput = member
    ? { delegationId: delegation.id, OR: [{ memberId: member.id }, ...(isPrincipal ? [{ memberId: null }] : [])] }
    : { delegationId: delegation.id };
  const staffNotes = mayReadStaffNotes(actor);

  const [items, movements, bilaterals] = await Promise.all([
    db.programmeItem.findMany({
      where: { AND: [visibleItemsWhere(actor), { summitId: summit.id, participations: { some: takesPart } }, overlaps] },
      select: itemSelectFor(staffNotes, delegation.id),
    }),
    db.movement.findMany({
      where: {
        summitId: summit.id,
        delegationId: delegation.id,
        ...(window ? { startsAt: { gte: window.start, lt: window.end } } : {}),
        // A minister's itinerary keeps the flights but not the principal's motorcades.
        ...(member ? { OR: [{ kind: { in: ["ARRIVAL", "DEPARTURE"] } }, { principalLevel: null }, { principalLevel: member.function }] } : {}),
      },
      select: movementSelect(staffNotes),
    }),
    member ? Promise.resolve([]) : openBilaterals(db, summit.id, delegation.id),
  ]);

  const people: ItineraryPerson[] = members.filter((m, i) => i === 0 || KEY_FUNCTIONS.includes(m.function));
  return {
    summit,
    delegation: {
      id: delegation.id,
      code: delegation.code,
      name: delegation.name,
      homeTimeZone: delegation.homeTimeZone,
      hotel: delegation.hotel?.name ?? null,
      arrivesAt: delegation.arrivesAt,
      departsAt: delegation.departsAt,
    },
    member: member ?? null,
    people,
    day,
    entries: [...items.map(toItemEntry), ...movements.map(toMovementEntry)].sort(byTime),
    openBilaterals: bilaterals,
  };
}

/** Bilateral requests of the delegation that are not (yet) a programme item. */
async function openBilaterals(db: DbOrTx, summitId: string, delegationId: string): Promise<OpenBilateral[]> {
  const rows = await db.bilateralRequest.findMany({
    where: { summitId, itemId: null, status: { in: [...OPEN_BILATERAL] }, parties: { some: { delegationId } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      level: true,
      durationMinutes: true,
      proposedStartsAt: true,
      parties: { where: { delegationId: { not: delegationId } }, select: { delegation: { select: { name: true } } } },
    },
  });
  return rows.map(({ parties, ...row }) => ({ ...row, withNames: parties.map((p) => p.delegation.name).sort() }));
}
