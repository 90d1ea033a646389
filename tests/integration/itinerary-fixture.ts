// A small summit for the itinerary, changes and export tests: Ukraine (the liaison's own
// delegation), Belgium (another delegation with restricted items that must never leak) and
// Türkiye (a name outside ASCII), with every visibility level, a draft, a cancelled item, a
// session taking its parent's venue, movements with staff notes and an open bilateral request.
import { loadActor } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const TZ = "Europe/Amsterdam";
export const at = (day: 24 | 25, hhmm: string) => new Date(`2025-06-${day}T${hhmm}:00+02:00`);

/** Titles that only Belgium's liaison and staff may see. */
export const BELGIAN_SECRETS = ["Belgian restricted briefing", "Belgian staff note", "Prime Minister of Belgium", "Foreign Minister of Belgium"];

export async function buildItineraryFixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "itinerary", name: "Fixture Summit", host: "Test", timeZone: TZ, startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const venue = (name: string, kind: "CONFERENCE" | "PALACE" | "AIRPORT" | "HOTEL") => db.venue.create({ data: { summitId: summit.id, name, kind } });
  const [forum, palace, airport, hotel] = [await venue("World Forum", "CONFERENCE"), await venue("Palace", "PALACE"), await venue("Schiphol", "AIRPORT"), await venue("Hotel Des Indes", "HOTEL")];
  const space = (venueId: string, name: string) => db.space.create({ data: { venueId, name, capacity: 200 } });
  const plenary = await space(forum.id, "Plenary Hall");
  const roomA = await space(forum.id, "Room A");
  const dining = await space(palace.id, "Dining Room");

  const delegation = (code: string, name: string, homeTimeZone: string, extra: object = {}) =>
    db.delegation.create({ data: { summitId: summit.id, code, name, kind: "ALLY", homeTimeZone, ...extra } });
  const ua = await delegation("UA", "Ukraine", "Europe/Kyiv", { hotelVenueId: hotel.id, arrivesAt: at(24, "08:30"), departsAt: at(25, "16:30") });
  const be = await delegation("BE", "Belgium", "Europe/Brussels");
  const tr = await delegation("TR", "Türkiye", "Europe/Istanbul");
  const member = (delegationId: string, title: string, fn: "HEAD_OF_STATE_OR_GOVERNMENT" | "FOREIGN_MINISTER" | "DEFENCE_MINISTER", precedence: number) =>
    db.member.create({ data: { delegationId, title, function: fn, precedence } });
  const m = {
    uaHead: await member(ua.id, "President of Ukraine", "HEAD_OF_STATE_OR_GOVERNMENT", 1),
    uaFm: await member(ua.id, "Foreign Minister of Ukraine", "FOREIGN_MINISTER", 2),
    uaDm: await member(ua.id, "Defence Minister of Ukraine", "DEFENCE_MINISTER", 3),
    beHead: await member(be.id, "Prime Minister of Belgium", "HEAD_OF_STATE_OR_GOVERNMENT", 1),
    beFm: await member(be.id, "Foreign Minister of Belgium", "FOREIGN_MINISTER", 2),
    trHead: await member(tr.id, "President of Türkiye", "HEAD_OF_STATE_OR_GOVERNMENT", 1),
  };

  type ItemOpts = {
    kind?: "PLENARY" | "ROYAL_DINNER" | "WORKING_DINNER" | "BILATERAL" | "SIDE_EVENT" | "SIDE_EVENT_SESSION" | "PRESS_MOMENT";
    visibility: "PUBLIC" | "ALL_DELEGATIONS" | "PARTICIPANTS" | "STAFF";
    status?: "DRAFT" | "CONFIRMED" | "CANCELLED";
    spaceId: string | null;
    startsAt: Date;
    endsAt: Date;
    delegations?: string[];
    members?: { id: string; delegationId: string }[];
    staffNotes?: string;
    dressCode?: string;
    description?: string;
    parentId?: string;
  };
  const item = (title: string, o: ItemOpts) =>
    db.programmeItem.create({
      data: {
        summitId: summit.id, title, kind: o.kind ?? "SIDE_EVENT", visibility: o.visibility, status: o.status ?? "CONFIRMED",
        spaceId: o.spaceId, startsAt: o.startsAt, endsAt: o.endsAt, staffNotes: o.staffNotes, dressCode: o.dressCode,
        description: o.description, parentId: o.parentId,
        participations: {
          create: [
            ...(o.delegations ?? []).map((delegationId) => ({ delegationId })),
            ...(o.members ?? []).map((x) => ({ delegationId: x.delegationId, memberId: x.id })),
          ],
        },
      },
    });
  const industryForum = await item("Defence Industry Forum", { visibility: "PUBLIC", spaceId: plenary.id, startsAt: at(25, "13:00"), endsAt: at(25, "16:00") });
  const items = {
    publicForum: await item("Public Forum opening", { visibility: "PUBLIC", spaceId: plenary.id, startsAt: at(24, "09:00"), endsAt: at(24, "10:00") }),
    royalDinner: await item("Royal dinner", {
      kind: "ROYAL_DINNER", visibility: "ALL_DELEGATIONS", spaceId: dining.id, startsAt: at(24, "19:30"), endsAt: at(24, "22:30"),
      delegations: [ua.id, be.id, tr.id], dressCode: "Black tie", staffNotes: "Protocol: arrival order",
    }),
    uaBilateral: await item("Bilateral: Türkiye – Ukraine", {
      kind: "BILATERAL", visibility: "PARTICIPANTS", spaceId: roomA.id, startsAt: at(24, "17:00"), endsAt: at(24, "17:45"),
      members: [m.uaHead, m.trHead], staffNotes: "UA secret staff note",
    }),
    beRestricted: await item("Belgian restricted briefing", {
      visibility: "PARTICIPANTS", spaceId: roomA.id, startsAt: at(24, "11:00"), endsAt: at(24, "11:45"), members: [m.beFm], staffNotes: "Belgian staff note",
    }),
    ministersDinner: await item("Foreign ministers' working dinner", {
      kind: "WORKING_DINNER", visibility: "PARTICIPANTS", spaceId: plenary.id, startsAt: at(24, "19:30"), endsAt: at(24, "22:00"), members: [m.uaFm, m.beFm],
    }),
    staffOnly: await item("Staff security briefing", { visibility: "STAFF", spaceId: roomA.id, startsAt: at(25, "08:00"), endsAt: at(25, "08:30"), delegations: [ua.id] }),
    draft: await item("Draft press moment", { kind: "PRESS_MOMENT", visibility: "PARTICIPANTS", status: "DRAFT", spaceId: roomA.id, startsAt: at(25, "12:00"), endsAt: at(25, "12:30"), members: [m.uaHead] }),
    cancelled: await item("Cancelled Ukrainian call", { visibility: "PARTICIPANTS", status: "CANCELLED", spaceId: roomA.id, startsAt: at(25, "10:00"), endsAt: at(25, "10:30"), delegations: [ua.id] }),
    industryForum,
    speech: await item("Speech by the President of Ukraine", {
      kind: "SIDE_EVENT_SESSION", visibility: "PUBLIC", spaceId: null, parentId: industryForum.id, startsAt: at(25, "14:00"), endsAt: at(25, "14:20"), members: [m.uaHead],
    }),
  };

  const movement = (delegationId: string, kind: "ARRIVAL" | "DEPARTURE" | "TRANSFER", o: { from?: string; to?: string; flight?: string; startsAt: Date; endsAt?: Date; staffNotes?: string; principalLevel?: "HEAD_OF_STATE_OR_GOVERNMENT" }) =>
    db.movement.create({
      data: {
        summitId: summit.id, delegationId, kind, fromVenueId: o.from, toVenueId: o.to, flight: o.flight, startsAt: o.startsAt, endsAt: o.endsAt,
        partySize: 30, staffNotes: o.staffNotes, principalLevel: o.principalLevel,
      },
    });
  const movements = {
    uaArrival: await movement(ua.id, "ARRIVAL", { to: airport.id, flight: "UKR 01", startsAt: at(24, "08:30"), endsAt: at(24, "09:00"), staffNotes: "UA arrival secret" }),
    uaTransfer: await movement(ua.id, "TRANSFER", { from: hotel.id, to: palace.id, startsAt: at(24, "19:00"), endsAt: at(24, "19:20"), principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT" }),
    uaDeparture: await movement(ua.id, "DEPARTURE", { from: airport.id, flight: "UKR 01", startsAt: at(25, "16:30") }),
    beArrival: await movement(be.id, "ARRIVAL", { to: airport.id, flight: "BAF 01", startsAt: at(24, "12:15") }),
  };
  await db.bilateralRequest.create({
    data: {
      summitId: summit.id, requesterDelegationId: ua.id, level: "PRINCIPAL", durationMinutes: 30, status: "REQUESTED",
      parties: { create: [{ delegationId: ua.id }, { delegationId: tr.id }] },
    },
  });
  await db.bilateralRequest.create({
    data: { summitId: summit.id, requesterDelegationId: be.id, level: "MINISTER", durationMinutes: 20, parties: { create: [{ delegationId: be.id }, { delegationId: tr.id }] } },
  });
  const police = await db.agency.create({ data: { summitId: summit.id, name: "National Police", shortName: "Police" } });
  await db.agencyTask.create({ data: { agencyId: police.id, itemId: items.beRestricted.id, type: "ESCORT", startsAt: at(24, "10:30"), endsAt: at(24, "12:00") } });

  const user = async (key: string, role: Role, extra: { delegations?: string[]; agencyId?: string } = {}) => {
    const row = await db.user.create({
      data: {
        email: `${key}@fixture.test`, name: `Fixture ${key}`, passwordHash: "x", role, agencyId: extra.agencyId,
        liaisons: { create: (extra.delegations ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
    return (await loadActor(db, row.id))!;
  };
  const actors = {
    planner: await user("planner", "PLANNER"),
    liaisonUA: await user("liaison-ua", "LIAISON", { delegations: [ua.id] }),
    liaisonBE: await user("liaison-be", "LIAISON", { delegations: [be.id] }),
    police: await user("police", "AGENCY", { agencyId: police.id }),
    viewer: await user("viewer", "VIEWER"),
  };
  return { summit, venues: { forum, palace, airport, hotel }, spaces: { plenary, roomA, dining }, delegations: { ua, be, tr }, members: m, items, movements, agency: police, actors };
}

export type ItineraryFixture = Awaited<ReturnType<typeof buildItineraryFixture>>;
