import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDelegation, saveMember } from "@/lib/delegations/mutations";
import { delegationSchema, memberSchema } from "@/lib/delegations/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getCurrentSummit, type SummitSummary } from "@/lib/summits/queries";
import { saveSpace, saveTravelMatrix, saveVenue } from "@/lib/venues/mutations";
import { spaceSchema, travelMatrixSchema, venueSchema } from "@/lib/venues/schema";
import { buildScopeFixture } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";

const db = testDb();
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let summit: SummitSummary;
let otherVenueId = "";

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  summit = (await getCurrentSummit(db, fx.actors.planner))!;
  const other = await db.summit.create({ data: { slug: "other", name: "Other", host: "X", timeZone: "UTC", startDate: new Date("2020-01-01"), endDate: new Date("2020-01-02") } });
  otherVenueId = (await db.venue.create({ data: { summitId: other.id, name: "Elsewhere" } })).id;
  process.env.SUMMIT_SLUG = "scope";
});
afterAll(async () => {
  delete process.env.SUMMIT_SLUG;
  await db.$disconnect();
});

const planner = () => fx.actors.planner;

describe("venues, spaces and travel times", () => {
  it("creates a venue and a space with opening hours, audited", async () => {
    const venue = await saveVenue(db, planner(), inSummit(venueSchema, summit.id, { name: "Huis ten Bosch", kind: "PALACE" }));
    const space = await saveSpace(db, planner(), inSummit(spaceSchema, summit.id, { venueId: venue.id, name: "Royal Dining Room", capacity: "120", opens: "07:00", closes: "24:00", securityZone: "red" }));
    expect(await db.space.findUniqueOrThrow({ where: { id: space.id } })).toMatchObject({ capacity: 120, opensMinute: 420, closesMinute: 1440, securityZone: "red" });
    expect(await db.auditEntry.count({ where: { entity: { in: ["Venue", "Space"] } } })).toBe(2);
  });

  it("rejects bad spaces with field errors and writes nothing", async () => {
    const venue = await db.venue.findFirstOrThrow({ where: { name: "Huis ten Bosch" } });
    expect(spaceSchema.safeParse({ venueId: venue.id, name: "X", capacity: 0 }).success).toBe(false);
    const hours = spaceSchema.safeParse({ venueId: venue.id, name: "X", capacity: 5, opens: "18:00", closes: "09:00" });
    expect(hours.success ? null : hours.error.issues[0]).toMatchObject({ path: ["closes"], message: "Closing time must be after opening time." });
    const before = await db.space.count();
    await expect(saveSpace(db, planner(), inSummit(spaceSchema, summit.id, { venueId: otherVenueId, name: "Sneaky", capacity: 5 }))).rejects.toBeInstanceOf(ValidationError);
    await expect(saveSpace(db, planner(), inSummit(spaceSchema, summit.id, { venueId: venue.id, name: "Royal Dining Room", capacity: 5 }))).rejects.toMatchObject({ fieldErrors: { name: "That name is already used." } });
    expect(await db.space.count()).toBe(before);
  });

  it("saves the travel matrix, removes emptied pairs, and refuses another summit's venue atomically", async () => {
    const [wf, htb] = await Promise.all([db.venue.findFirstOrThrow({ where: { name: "World Forum" } }), db.venue.findFirstOrThrow({ where: { name: "Huis ten Bosch" } })]);
    await saveTravelMatrix(db, planner(), inSummit(travelMatrixSchema, summit.id, { entries: [{ fromVenueId: wf.id, toVenueId: htb.id, minutes: "15" }, { fromVenueId: htb.id, toVenueId: wf.id, minutes: 16 }] }));
    expect(await db.travelTime.count({ where: { summitId: summit.id } })).toBe(2);
    await saveTravelMatrix(db, planner(), inSummit(travelMatrixSchema, summit.id, { entries: [{ fromVenueId: htb.id, toVenueId: wf.id, minutes: "" }] }));
    expect(await db.travelTime.findMany({ where: { summitId: summit.id }, select: { minutes: true } })).toEqual([{ minutes: 15 }]);
    await expect(
      saveTravelMatrix(db, planner(), inSummit(travelMatrixSchema, summit.id, { entries: [{ fromVenueId: wf.id, toVenueId: htb.id, minutes: 99 }, { fromVenueId: wf.id, toVenueId: otherVenueId, minutes: 5 }] })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.travelTime.findMany({ where: { summitId: summit.id }, select: { minutes: true } })).toEqual([{ minutes: 15 }]);
  });
});

describe("who may keep them", () => {
  it("refuses a liaison, a coordinator and a viewer as not found, writing nothing", async () => {
    const venue = await db.venue.findFirstOrThrow({ where: { summitId: summit.id } });
    const before = await Promise.all([db.venue.count(), db.space.count(), db.travelTime.count(), db.delegation.count(), db.member.count()]);
    for (const actor of [fx.actors.liaisonA, fx.actors.police, fx.actors.viewer]) {
      await expect(saveVenue(db, actor, inSummit(venueSchema, summit.id, { name: "Sneaky hall", kind: "OTHER" }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveSpace(db, actor, inSummit(spaceSchema, summit.id, { venueId: venue.id, name: "Sneaky room", capacity: 5 }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveTravelMatrix(db, actor, inSummit(travelMatrixSchema, summit.id, { entries: [{ fromVenueId: venue.id, toVenueId: otherVenueId, minutes: 5 }] }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveDelegation(db, actor, inSummit(delegationSchema, summit.id, { code: "SN", name: "Sneaky", kind: "ALLY" }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveMember(db, actor, inSummit(memberSchema, summit.id, { delegationId: fx.delegations.a.id, title: "Sneaky", function: "OTHER", precedence: 9 }))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await Promise.all([db.venue.count(), db.space.count(), db.travelTime.count(), db.delegation.count(), db.member.count()])).toEqual(before);
  });
});

describe("delegations and members", () => {
  it("stores arrival and departure typed in summit time as instants", async () => {
    await saveDelegation(db, planner(), inSummit(delegationSchema, summit.id, { id: fx.delegations.b.id, code: "ua", name: "Ukraine", kind: "PARTNER", homeTimeZone: "Europe/Kyiv", arrivesAt: "2025-06-24T14:00", departsAt: "2025-06-25T18:30" }));
    const ua = await db.delegation.findUniqueOrThrow({ where: { id: fx.delegations.b.id } });
    expect(ua.arrivesAt?.toISOString()).toBe("2025-06-24T12:00:00.000Z");
    expect(ua).toMatchObject({ code: "UA", kind: "PARTNER", homeTimeZone: "Europe/Kyiv" });
  });

  it("refuses departure before arrival, unknown zones, duplicate codes and foreign delegations", async () => {
    await expect(saveDelegation(db, planner(), inSummit(delegationSchema, summit.id, { code: "XX", name: "X", kind: "ALLY", arrivesAt: "2025-06-25T10:00", departsAt: "2025-06-24T10:00" }))).rejects.toMatchObject({ fieldErrors: { departsAt: "Departure must be after arrival." } });
    expect(delegationSchema.safeParse({ code: "XX", name: "X", kind: "ALLY", homeTimeZone: "Mars/Olympus" }).success).toBe(false);
    await expect(saveDelegation(db, planner(), inSummit(delegationSchema, summit.id, { code: "BE", name: "Belgium 2", kind: "ALLY" }))).rejects.toBeInstanceOf(ValidationError);
    await expect(saveDelegation(db, planner(), inSummit(delegationSchema, summit.id, { id: "nope", code: "ZZ", name: "Z", kind: "ALLY" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.delegation.count({ where: { summitId: summit.id } })).toBe(2);
  });

  it("adds a member to a delegation of this summit only", async () => {
    const m = await saveMember(db, planner(), inSummit(memberSchema, summit.id, { delegationId: fx.delegations.a.id, title: "Prime Minister of Belgium", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: "1" }));
    expect(await db.member.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ precedence: 1, delegationId: fx.delegations.a.id });
    const foreign = await db.delegation.create({ data: { summitId: (await db.summit.findUniqueOrThrow({ where: { slug: "other" } })).id, code: "FR", name: "France", kind: "ALLY" } });
    await expect(saveMember(db, planner(), inSummit(memberSchema, summit.id, { delegationId: foreign.id, title: "President", function: "OTHER", precedence: 1 }))).rejects.toBeInstanceOf(ValidationError);
  });
});
