// A small summit for the agency, movement and coverage tests: two agencies with tasks on items
// and movements, staff notes and a bilateral note that must never reach a coordinator, a draft,
// and a second summit whose rows must never be linkable from the first.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const DAY = "2025-06-24";
export const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}:00+02:00`);

export async function buildAgencyFixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "agency", name: "Agency Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const venue = (name: string, kind: "PALACE" | "HOTEL" | "CONFERENCE" | "AIRPORT") => db.venue.create({ data: { summitId: summit.id, name, kind } });
  const palace = await venue("Palace", "PALACE");
  const hotel = await venue("Hotel", "HOTEL");
  const forum = await venue("Forum", "CONFERENCE");
  const airport = await venue("Airport", "AIRPORT");
  await db.travelTime.createMany({
    data: [
      { summitId: summit.id, fromVenueId: hotel.id, toVenueId: palace.id, minutes: 20 },
      { summitId: summit.id, fromVenueId: hotel.id, toVenueId: forum.id, minutes: 15 },
      { summitId: summit.id, fromVenueId: forum.id, toVenueId: palace.id, minutes: 10 },
    ],
  });
  const dining = await db.space.create({ data: { venueId: palace.id, name: "Dining Room", capacity: 100 } });
  const hall = await db.space.create({ data: { venueId: forum.id, name: "Hall", capacity: 100 } });

  const delegation = async (code: string, name: string) =>
    db.delegation.create({
      data: {
        summitId: summit.id, code, name, kind: "ALLY", hotelVenueId: hotel.id,
        members: { create: [{ title: `Prime Minister of ${name}`, function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 }, { title: `Foreign Minister of ${name}`, function: "FOREIGN_MINISTER", precedence: 2 }] },
      },
    });
  const be = await delegation("BE", "Belgium");
  const ua = await delegation("UA", "Ukraine");

  const item = (title: string, spaceId: string, from: string, to: string, opts: { status?: "DRAFT" | "CONFIRMED"; delegations?: string[]; staffNotes?: string } = {}) =>
    db.programmeItem.create({
      data: {
        summitId: summit.id, kind: "ROYAL_DINNER", title, status: opts.status ?? "CONFIRMED", visibility: "PARTICIPANTS",
        startsAt: at(from), endsAt: at(to), spaceId, staffNotes: opts.staffNotes,
        participations: { create: (opts.delegations ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
  const dinner = await item("Palace dinner", dining.id, "19:00", "22:00", { delegations: [be.id, ua.id], staffNotes: "Seating plan is staff only" });
  const meeting = await item("Forum meeting", hall.id, "16:00", "17:00", { delegations: [be.id] });
  const draft = await item("Draft reception", dining.id, "12:00", "13:00", { status: "DRAFT" });
  await db.bilateralRequest.create({
    data: { summitId: summit.id, requesterDelegationId: ua.id, level: "PRINCIPAL", durationMinutes: 30, notes: "Bilateral secret: sanctions", status: "CONFIRMED", itemId: meeting.id },
  });

  const movement = (delegationId: string, kind: "ARRIVAL" | "TRANSFER", from: string | null, to: string, start: string, end: string, staffNotes?: string) =>
    db.movement.create({
      data: {
        summitId: summit.id, delegationId, kind, fromVenueId: from, toVenueId: to, startsAt: at(start), endsAt: at(end), partySize: 12,
        principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", roadClosureNeeded: true, routeNote: "A12 closed", staffNotes,
      },
    });
  const beTransfer = await movement(be.id, "TRANSFER", forum.id, palace.id, "18:40", "18:50", "Motorcade order is staff only");
  const uaArrival = await movement(ua.id, "ARRIVAL", null, airport.id, "09:00", "09:30");

  const agency = (name: string, shortName: string) => db.agency.create({ data: { summitId: summit.id, name, shortName } });
  const police = await agency("National Police", "Police");
  const schiphol = await agency("Schiphol Airport", "Schiphol");

  const task = (agencyId: string, subject: { itemId?: string; movementId?: string }, type: "ESCORT" | "SECURITY_PERIMETER" | "AIRPORT_HANDLING", from: string, to: string, staffNotes?: string) =>
    db.agencyTask.create({ data: { agencyId, ...subject, type, startsAt: at(from), endsAt: at(to), note: "Initial note", staffNotes } });
  const tasks = {
    escort: await task(police.id, { movementId: beTransfer.id }, "ESCORT", "18:40", "18:50"),
    perimeter: await task(police.id, { itemId: dinner.id }, "SECURITY_PERIMETER", "17:00", "22:30", "Police staff note"),
    draftPerimeter: await task(police.id, { itemId: draft.id }, "SECURITY_PERIMETER", "11:00", "13:00"),
    handling: await task(schiphol.id, { movementId: uaArrival.id }, "AIRPORT_HANDLING", "08:00", "09:45"),
  };

  // Another summit: its item, movement and agency must be refused as references.
  const other = await db.summit.create({
    data: { slug: "other", name: "Other Summit", host: "Else", timeZone: "Europe/Amsterdam", startDate: new Date("2024-06-24"), endDate: new Date("2024-06-25") },
  });
  const otherVenue = await db.venue.create({ data: { summitId: other.id, name: "Elsewhere" } });
  const otherDelegation = await db.delegation.create({ data: { summitId: other.id, code: "XX", name: "Elsewhere", kind: "ALLY" } });
  const otherItem = await db.programmeItem.create({ data: { summitId: other.id, kind: "PLENARY", title: "Other plenary", startsAt: at("19:00"), endsAt: at("20:00") } });
  const otherMovement = await db.movement.create({
    data: { summitId: other.id, delegationId: otherDelegation.id, kind: "ARRIVAL", toVenueId: otherVenue.id, startsAt: at("18:00"), partySize: 3 },
  });
  const otherAgency = await db.agency.create({ data: { summitId: other.id, name: "Other Police", shortName: "OP" } });

  const user = async (role: Role, key: string, agencyId: string | null = null): Promise<Actor> => {
    const row = await db.user.create({ data: { email: `${key}@agency.test`, name: `Test ${key}`, passwordHash: "x", role, agencyId } });
    return { userId: row.id, name: row.name, email: row.email, role, delegationIds: [], agencyId, mustChangePassword: false };
  };
  const actors = {
    planner: await user("PLANNER", "planner"),
    police: await user("AGENCY", "police", police.id),
    schiphol: await user("AGENCY", "schiphol", schiphol.id),
    unassigned: await user("AGENCY", "unassigned"),
    liaison: await user("LIAISON", "liaison"),
  };

  return {
    summit, venues: { palace, hotel, forum, airport }, delegations: { be, ua }, items: { dinner, meeting, draft },
    movements: { beTransfer, uaArrival }, agencies: { police, schiphol }, tasks,
    other: { summit: other, venue: otherVenue, item: otherItem, movement: otherMovement, agency: otherAgency },
    actors,
  };
}

export type AgencyFixture = Awaited<ReturnType<typeof buildAgencyFixture>>;

/** A police perimeter on the forum meeting, as the task form submits it. */
export const policePerimeterInput = (fx: AgencyFixture) => ({
  agencyId: fx.agencies.police.id,
  subject: `item:${fx.items.meeting.id}`,
  type: "SECURITY_PERIMETER" as const,
  startsAt: `${DAY}T15:00`,
  endsAt: `${DAY}T17:30`,
  location: "Forum — Hall",
});
