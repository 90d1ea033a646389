import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getProgramme, listProgrammeVenues } from "@/lib/itinerary/programme";
import { getItinerary } from "@/lib/itinerary/queries";
import { listItineraryDelegations } from "@/lib/itinerary/scope";
import type { Entry } from "@/lib/itinerary/types";
import { resetDatabase, testDb } from "./helpers";
import { at, buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
});
afterAll(() => db.$disconnect());

const titles = (entries: readonly Entry[]) => entries.map((e) => (e.source === "item" ? e.title : `${e.kind}`));

describe("getItinerary scope", () => {
  it("gives Ukraine's liaison Ukraine's items and movements in time order, nothing of Belgium's", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    expect(titles(it.entries)).toEqual([
      "ARRIVAL",
      "Bilateral: Türkiye – Ukraine",
      "TRANSFER",
      // Same start: the one that ends first comes first.
      "Foreign ministers' working dinner",
      "Royal dinner",
      "Cancelled Ukrainian call",
      "Speech by the President of Ukraine",
      "DEPARTURE",
    ]);
    expect(it.delegation).toMatchObject({ code: "UA", name: "Ukraine", homeTimeZone: "Europe/Kyiv", hotel: "Hotel Des Indes" });
    expect(JSON.stringify(it)).not.toMatch(/Belgi/);
  });

  it("never gives a liaison staff notes, of items or of movements", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    expect(it.entries.filter((e) => e.staffNotes !== null)).toEqual([]);
  });

  it("lists only the delegation's own attendees, and marks whole-delegation participation", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    const byTitle = Object.fromEntries(it.entries.flatMap((e) => (e.source === "item" ? [[e.title, e]] : [])));
    expect(byTitle["Foreign ministers' working dinner"].attendees).toEqual(["Foreign Minister of Ukraine"]);
    expect(byTitle["Bilateral: Türkiye – Ukraine"].attendees).toEqual(["President of Ukraine"]);
    expect(byTitle["Royal dinner"]).toMatchObject({ wholeDelegation: true, dressCode: "Black tie", venue: "Palace", space: "Dining Room" });
    // A session takes place in its parent's space.
    expect(byTitle["Speech by the President of Ukraine"]).toMatchObject({ venue: "World Forum", space: "Plenary Hall" });
  });

  it("refuses another delegation, an unknown id and roles without itineraries with NotFoundError", async () => {
    await expect(getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.be.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getItinerary(db, fx.actors.liaisonUA, { delegationId: "no-such-delegation" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getItinerary(db, fx.actors.police, { delegationId: fx.delegations.ua.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getItinerary(db, fx.actors.viewer, { delegationId: fx.delegations.ua.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a member of another delegation and a day outside the summit", async () => {
    await expect(getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, memberId: fx.members.beFm.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, day: "2025-06-26" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives staff any delegation with drafts, staff-only items and staff notes", async () => {
    const it = await getItinerary(db, fx.actors.planner, { delegationId: fx.delegations.ua.id });
    expect(titles(it.entries)).toEqual(expect.arrayContaining(["Staff security briefing", "Draft press moment"]));
    expect(it.entries.find((e) => e.id === fx.movements.uaArrival.id)?.staffNotes).toBe("UA arrival secret");
    const be = await getItinerary(db, fx.actors.planner, { delegationId: fx.delegations.be.id });
    expect(titles(be.entries)).toEqual(["Belgian restricted briefing", "ARRIVAL", "Foreign ministers' working dinner", "Royal dinner"]);
  });

  it("filters by summit-local day", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, day: "2025-06-25" });
    expect(titles(it.entries)).toEqual(["Cancelled Ukrainian call", "Speech by the President of Ukraine", "DEPARTURE"]);
  });
});

describe("per-member itineraries", () => {
  it("the principal gets whole-delegation items, own items and motorcades; no other member's", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, memberId: fx.members.uaHead.id });
    expect(titles(it.entries)).toEqual([
      "ARRIVAL", "Bilateral: Türkiye – Ukraine", "TRANSFER", "Royal dinner", "Cancelled Ukrainian call", "Speech by the President of Ukraine", "DEPARTURE",
    ]);
    expect(it.member?.title).toBe("President of Ukraine");
  });

  it("the foreign minister gets their own items and the flights, not the principal's motorcade", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, memberId: fx.members.uaFm.id });
    expect(titles(it.entries)).toEqual(["ARRIVAL", "Foreign ministers' working dinner", "DEPARTURE"]);
  });

  it("offers the principal and the ministers as people to pick", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    expect(it.people.map((p) => p.title)).toEqual(["President of Ukraine", "Foreign Minister of Ukraine", "Defence Minister of Ukraine"]);
  });
});

describe("open bilateral requests and delegation lists", () => {
  it("shows the delegation's own open requests only", async () => {
    const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    expect(it.openBilaterals.map((b) => b.withNames)).toEqual([["Türkiye"]]);
  });

  it("reads the movements and open requests as stored, nothing of a closed, scheduled, other-summit or other delegation's request", async () => {
    const { ua, be, tr } = fx.delegations;
    const request = (data: { summitId?: string; status?: "PROPOSED" | "DECLINED"; itemId?: string; proposedStartsAt?: Date; parties: string[]; requester?: string }) =>
      db.bilateralRequest.create({
        data: {
          summitId: data.summitId ?? fx.summit.id, requesterDelegationId: data.requester ?? ua.id, level: "MINISTER", durationMinutes: 45,
          status: data.status ?? "REQUESTED", itemId: data.itemId, proposedStartsAt: data.proposedStartsAt,
          parties: { create: data.parties.map((delegationId) => ({ delegationId })) },
        },
      });
    const other = await db.summit.create({ data: { slug: "itinerary-other", name: "Other", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") } });
    const created = [
      // Open, later than the fixture's, with two other parties (named in order) and a proposed time.
      await request({ status: "PROPOSED", proposedStartsAt: at(25, "11:00"), parties: [ua.id, tr.id, be.id] }),
      await request({ status: "DECLINED", parties: [ua.id, be.id] }),
      await request({ itemId: fx.items.uaBilateral.id, parties: [ua.id, tr.id] }),
      await request({ summitId: other.id, parties: [ua.id, be.id] }),
      await request({ requester: be.id, parties: [be.id] }),
    ];
    try {
      const it = await getItinerary(db, fx.actors.liaisonUA, { delegationId: ua.id });
      expect(it.openBilaterals).toEqual([
        { id: expect.any(String), status: "REQUESTED", level: "PRINCIPAL", durationMinutes: 30, proposedStartsAt: null, withNames: ["Türkiye"] },
        { id: created[0].id, status: "PROPOSED", level: "MINISTER", durationMinutes: 45, proposedStartsAt: at(25, "11:00"), withNames: ["Belgium", "Türkiye"] },
      ]);
      expect(it.delegation).toMatchObject({ arrivesAt: at(24, "08:30"), departsAt: at(25, "16:30") });
      const movements = it.entries.filter((e) => e.source === "movement");
      expect(movements).toEqual([
        expect.objectContaining({ id: fx.movements.uaArrival.id, kind: "ARRIVAL", from: null, to: "Schiphol", venue: "Schiphol", flight: "UKR 01", startsAt: at(24, "08:30"), endsAt: at(24, "09:00"), partySize: 30, staffNotes: null }),
        expect.objectContaining({ id: fx.movements.uaTransfer.id, kind: "TRANSFER", from: "Hotel Des Indes", to: "Palace", venue: "Palace", flight: null, startsAt: at(24, "19:00"), endsAt: at(24, "19:20") }),
        expect.objectContaining({ id: fx.movements.uaDeparture.id, kind: "DEPARTURE", from: "Schiphol", to: null, venue: "Schiphol", startsAt: at(25, "16:30"), endsAt: null }),
      ]);
      // Belgium's liaison sees the open requests Belgium is a party to, not Ukraine's with Türkiye alone, and its own flight only.
      const theirs = await getItinerary(db, fx.actors.liaisonBE, { delegationId: be.id });
      expect(theirs.openBilaterals.map((b) => b.withNames)).toEqual([["Türkiye"], ["Türkiye", "Ukraine"], []]);
      expect(theirs.openBilaterals.map((b) => b.id)).not.toContain(it.openBilaterals[0].id);
      expect(theirs.entries.filter((e) => e.source === "movement").map((e) => e.id)).toEqual([fx.movements.beArrival.id]);
      expect(JSON.stringify(theirs)).not.toMatch(/UKR 01|Hotel Des Indes/);
    } finally {
      await db.bilateralRequest.deleteMany({ where: { id: { in: created.map((r) => r.id) } } });
      await db.summit.delete({ where: { id: other.id } });
    }
  });

  it("lists a liaison's own delegations and every delegation for staff", async () => {
    expect((await listItineraryDelegations(db, fx.actors.liaisonUA, fx.summit.id)).map((d) => d.code)).toEqual(["UA"]);
    expect((await listItineraryDelegations(db, fx.actors.planner, fx.summit.id)).map((d) => d.code)).toEqual(["BE", "TR", "UA"]);
    expect(await listItineraryDelegations(db, fx.actors.viewer, fx.summit.id)).toEqual([]);
  });
});

describe("getProgramme (exports and feeds)", () => {
  it("a viewer gets the published public programme only", async () => {
    const p = await getProgramme(db, fx.actors.viewer);
    expect(titles(p.entries)).toEqual(["Public Forum opening", "Defence Industry Forum", "Speech by the President of Ukraine"]);
  });

  it("a venue filter keeps that venue's items, sessions included; an unknown venue is NotFound", async () => {
    const p = await getProgramme(db, fx.actors.liaisonUA, { venueId: fx.venues.forum.id, day: "2025-06-25" });
    expect(titles(p.entries)).toEqual(["Cancelled Ukrainian call", "Defence Industry Forum", "Speech by the President of Ukraine"]);
    await expect(getProgramme(db, fx.actors.liaisonUA, { venueId: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an agency's own-task programme holds exactly the items behind its tasks", async () => {
    const p = await getProgramme(db, fx.actors.police, { ownTasksOnly: true });
    // A participants-only item: the police read it under the neutral title, nothing of Belgium's.
    expect(p.entries.map((e) => e.id)).toEqual([fx.items.beRestricted.id]);
    expect(titles(p.entries)).toEqual(["Restricted event"]);
    expect(JSON.stringify(p.entries)).not.toContain("Belgian");
    await expect(getProgramme(db, fx.actors.viewer, { ownTasksOnly: true })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists only venues with items the reader may see", async () => {
    expect((await listProgrammeVenues(db, fx.actors.viewer)).map((v) => v.name)).toEqual(["World Forum"]);
    expect((await listProgrammeVenues(db, fx.actors.liaisonUA)).map((v) => v.name)).toEqual(["Palace", "World Forum"]);
  });
});
