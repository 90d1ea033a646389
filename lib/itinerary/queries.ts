// The one scoped read of a delegation's itinerary. The page, the exports and the calendar feed
// all call getItinerary: items pass through visibleItemsSql (lib/programme/policy.ts, the twin of
// visibleItemsWhere) and the delegation through the reader's scope (checked before anything is
// read), so no path can show more than the reader may see. The per-member and per-day variants
// only narrow that read.
import type { Actor } from "@/lib/auth/actor";
import { readAll, type DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { mayReadStaffNotes } from "@/lib/programme/policy";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { dayBounds, type IsoDay, type Span } from "@/lib/time";
import { readDelegationItems } from "./delegation-items";
import { byTime, toItemEntry, toMovementEntry } from "./entries";
import { mayOpenDelegation } from "./scope";
import type { ItemArrival, ItemEntry, Itinerary, ItineraryPerson, OpenBilateral } from "./types";

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
  const [delegation, items] = await readAll(db, [
    () => readDelegation(db, summit.id, delegationId, window, staffNotes),
    () => readDelegationItems(db, actor, summit.id, delegationId, window),
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
      hotel: delegation.hotel,
      arrivesAt: delegation.arrivesAt,
      departsAt: delegation.departsAt,
    },
    member: member ?? null,
    people,
    day,
    entries: [
      ...items.filter((i) => i.participations.some(attends)).map((row) => withArrival(toItemEntry(row), member && !isPrincipal ? null : row.ownArrival)),
      ...delegation.movements.filter(travels).map(toMovementEntry),
    ].sort(byTime),
    openBilaterals: member ? [] : delegation.bilaterals.map((request) => ({ ...request, withNames: [...request.withNames].sort() })),
  };
}

/**
 * The delegation's own arrival on an item it may see (the item passed the reader's visibility
 * already). The arrival is the principal's, greeted at the door: a minister's view leaves it out,
 * as it leaves out the principal's motorcades.
 */
function withArrival(entry: ItemEntry, arrival: ItemArrival | null): ItemEntry {
  return arrival && entry.status !== "CANCELLED" && !entry.restricted ? { ...entry, arrivals: [arrival] } : entry;
}

/** A row of readDelegation's statement; the nested lists come as JSON, their instants as text. */
type DelegationSqlRow = {
  id: string;
  code: string;
  name: string;
  homeTimeZone: string | null;
  arrivesAt: Date | null;
  departsAt: Date | null;
  hotel: string | null;
  members: { id: string; title: string; function: MemberFunction }[];
  movements: (Omit<MovementSqlRow, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string | null })[];
  bilaterals: (Omit<OpenBilateral, "proposedStartsAt"> & { proposedStartsAt: string | null })[];
};

type MovementSqlRow = Parameters<typeof toMovementEntry>[0] & { principalLevel: MemberFunction | null };

/**
 * The delegation in the summit (NotFoundError otherwise) with its hotel, members (most senior
 * first), movements in the window and open bilateral requests, in one hand-written statement: as
 * the items' (delegation-items.ts), Prisma's nested select for it cost several times the SQL's own
 * time in client-side work on every itinerary page. Staff notes never leave the database for a
 * reader who may not see them.
 */
async function readDelegation(db: DbOrTx, summitId: string, delegationId: string, window: Span | null, staffNotes: boolean) {
  const notes = staffNotes ? Prisma.sql`mv."staffNotes"` : Prisma.sql`NULL::text`;
  const inWindow = window ? Prisma.sql`AND mv."startsAt" >= ${window.startsAt} AND mv."startsAt" < ${window.endsAt}` : Prisma.empty;
  const [row] = await db.$queryRaw<DelegationSqlRow[]>`
    SELECT d.id, d.code, d.name, d."homeTimeZone", d."arrivesAt", d."departsAt", h.name AS hotel,
           (SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'function', m.function) ORDER BY m.precedence, m.title), '[]')
              FROM "Member" m WHERE m."delegationId" = d.id) AS members,
           (SELECT coalesce(json_agg(json_build_object(
                     'id', mv.id, 'kind', mv.kind, 'startsAt', mv."startsAt", 'endsAt', mv."endsAt", 'version', mv.version,
                     'flight', mv.flight, 'partySize', mv."partySize", 'routeNote', mv."routeNote", 'staffNotes', ${notes},
                     'fromVenue', CASE WHEN fv.id IS NULL THEN NULL ELSE json_build_object('name', fv.name) END,
                     'toVenue', CASE WHEN tv.id IS NULL THEN NULL ELSE json_build_object('name', tv.name) END,
                     'principalLevel', mv."principalLevel")), '[]')
              FROM "Movement" mv LEFT JOIN "Venue" fv ON fv.id = mv."fromVenueId" LEFT JOIN "Venue" tv ON tv.id = mv."toVenueId"
             WHERE mv."delegationId" = d.id AND mv."summitId" = ${summitId} ${inWindow}) AS movements,
           -- Bilateral requests of the delegation that are not (yet) a programme item, oldest first,
           -- each with the other parties' names.
           (SELECT coalesce(json_agg(json_build_object(
                     'id', r.id, 'status', r.status, 'level', r.level, 'durationMinutes', r."durationMinutes",
                     'proposedStartsAt', r."proposedStartsAt",
                     'withNames', (SELECT coalesce(json_agg(od.name), '[]') FROM "BilateralParty" op JOIN "Delegation" od ON od.id = op."delegationId"
                                    WHERE op."requestId" = r.id AND op."delegationId" <> d.id)) ORDER BY r."createdAt"), '[]')
              FROM "BilateralParty" own JOIN "BilateralRequest" r ON r.id = own."requestId"
             WHERE own."delegationId" = d.id AND r."summitId" = ${summitId} AND r."itemId" IS NULL
               AND r.status::text IN (${Prisma.join(OPEN_BILATERAL)})) AS bilaterals
    FROM "Delegation" d LEFT JOIN "Venue" h ON h.id = d."hotelVenueId"
    WHERE d.id = ${delegationId} AND d."summitId" = ${summitId}`;
  if (!row) throw new NotFoundError();
  return {
    ...row,
    movements: row.movements.map((m) => ({ ...m, startsAt: new Date(m.startsAt), endsAt: m.endsAt === null ? null : new Date(m.endsAt) })),
    bilaterals: row.bilaterals.map((b) => ({ ...b, proposedStartsAt: b.proposedStartsAt === null ? null : new Date(b.proposedStartsAt) })),
  };
}
