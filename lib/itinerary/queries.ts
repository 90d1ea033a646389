// The one scoped read of a delegation's itinerary. The page, the exports and the calendar feed
// all call getItinerary: items pass through visibleItemsSql (lib/programme/policy.ts, the twin of
// visibleItemsWhere) and the delegation through the reader's scope (checked before anything is
// read), so no path can show more than the reader may see. The per-member and per-day variants
// only narrow that read.
import type { Actor } from "@/lib/auth/actor";
import { readAll, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { mayReadStaffNotes } from "@/lib/programme/policy";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { dayBounds, type IsoDay, type Span } from "@/lib/time";
import { readDelegationItems } from "./delegation-items";
import { readOwnArrivals } from "./internal/own-arrivals";
import { byTime, movementSelect, toItemEntry, toMovementEntry } from "./entries";
import { mayOpenDelegation } from "./scope";
import type { ItemArrival, ItemEntry, Itinerary, ItineraryPerson } from "./types";

export type ItineraryQuery = { delegationId: string; memberId?: string | null; day?: IsoDay | null };

/** People with a per-member itinerary: the principal and the ministers. */
const KEY_FUNCTIONS: readonly MemberFunction[] = ["HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER"];

const OPEN_BILATERAL = ["REQUESTED", "PROPOSED", "ACCEPTED"] as const;

export async function getItinerary(db: DbOrTx, actor: Actor, query: ItineraryQuery): Promise<Itinerary> {
  const summit = await requireCurrentSummit(db, actor);
  const day = query.day ?? null;
  if (day !== null && !summit.days.includes(day)) throw new NotFoundError();
  const delegationId = query.delegationId;
  // The scope is checked before anything is read. The delegation (with its movements and
  // bilaterals) and its items are then read side by side, one round trip: the items are filtered
  // by this delegation and summit, so they are empty unless the delegation read finds it too. The
  // per-member narrowing happens below, once the members are known.
  if (!mayOpenDelegation(actor, delegationId)) throw new NotFoundError();
  const window = day ? dayBounds(day, summit.timeZone) : null;
  const staffNotes = mayReadStaffNotes(actor);
  const [delegation, items, arrivals] = await readAll(db, [
    () => readDelegation(db, summit.id, delegationId, window, staffNotes),
    () => readDelegationItems(db, actor, summit.id, delegationId, window),
    () => readOwnArrivals(db, summit.id, delegationId),
  ] as const);

  const members = delegation.members;
  const member = query.memberId ? members.find((m) => m.id === query.memberId) : null;
  if (query.memberId && !member) throw new NotFoundError();
  // A whole-delegation participation means the principal (most senior member) attends.
  const isPrincipal = member ? member.id === members[0]?.id : false;
  const attends = (p: { memberId: string | null }) => !member || p.memberId === member.id || (isPrincipal && p.memberId === null);
  // A minister's itinerary keeps the flights but not the principal's motorcades.
  const travels = (m: (typeof delegation.movements)[number]) =>
    !member || m.kind === "ARRIVAL" || m.kind === "DEPARTURE" || m.principalLevel === null || m.principalLevel === member.function;

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
    entries: [
      ...items.filter((i) => i.participations.some(attends)).map((row) => withArrival(toItemEntry(row), member && !isPrincipal ? undefined : arrivals.get(row.id))),
      ...delegation.movements.filter(travels).map(toMovementEntry),
    ].sort(byTime),
    openBilaterals: member
      ? []
      : delegation.bilateralRoles.map(({ request: { parties, ...request } }) => ({ ...request, withNames: parties.map((p) => p.delegation.name).sort() })),
  };
}

/**
 * The delegation's own arrival on an item it may see (the item passed the reader's visibility
 * already). The arrival is the principal's, greeted at the door: a minister's view leaves it out,
 * as it leaves out the principal's motorcades.
 */
function withArrival(entry: ItemEntry, arrival: ItemArrival | undefined): ItemEntry {
  return arrival && entry.status !== "CANCELLED" && !entry.restricted ? { ...entry, arrivals: [arrival] } : entry;
}

/**
 * The delegation in the summit (NotFoundError otherwise) with its hotel, members (most senior
 * first), movements in the window and open bilateral requests, in one statement (relation joins).
 */
async function readDelegation(db: DbOrTx, summitId: string, delegationId: string, window: Span | null, staffNotes: boolean) {
  const delegation = await db.delegation.findFirst({
    where: { id: delegationId, summitId },
    select: {
      id: true,
      code: true,
      name: true,
      homeTimeZone: true,
      arrivesAt: true,
      departsAt: true,
      hotel: { select: { name: true } },
      members: { orderBy: [{ precedence: "asc" }, { title: "asc" }], select: { id: true, title: true, function: true } },
      movements: {
        where: { summitId, ...(window ? { startsAt: { gte: window.startsAt, lt: window.endsAt } } : {}) },
        select: { ...movementSelect(staffNotes), principalLevel: true },
      },
      // Bilateral requests of the delegation that are not (yet) a programme item, oldest first.
      bilateralRoles: {
        where: { request: { summitId, itemId: null, status: { in: [...OPEN_BILATERAL] } } },
        orderBy: { request: { createdAt: "asc" } },
        select: {
          request: {
            select: {
              id: true,
              status: true,
              level: true,
              durationMinutes: true,
              proposedStartsAt: true,
              parties: { where: { delegationId: { not: delegationId } }, select: { delegation: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!delegation) throw new NotFoundError();
  return delegation;
}
