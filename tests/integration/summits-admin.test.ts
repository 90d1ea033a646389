// Summits as administrators keep them: created through the mutation (optionally from an earlier
// summit's reference data), every bad input refused on its field with nothing written (a slug
// taken by a concurrent save included), edited, archived and restored, each write audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { archiveSummit, createSummit, restoreSummit, updateSummit } from "@/lib/summits/mutations";
import { getCurrentSummit } from "@/lib/summits/queries";
import { createSummitSchema, SUMMIT_MESSAGES, updateSummitSchema, type CreateSummitValues } from "@/lib/summits/schema";
import { parseInput } from "@/lib/validation";
import { summitsNl } from "@/lib/i18n/summits";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let admin: Actor;
let planner: Actor;
let source: { id: string; venues: Record<"forum" | "palace" | "airport", string> };

async function user(key: string, role: Role): Promise<Actor> {
  const u = await db.user.create({ data: { email: `${key}@summits.test`, name: `Test ${key}`, role, passwordHash: "not-a-hash" } });
  return { userId: u.id, name: u.name, email: u.email, role, delegationIds: [], agencyId: null, mustChangePassword: false };
}

const at = (hhmm: string) => new Date(`2025-06-24T${hhmm}:00+02:00`);

/** The earlier summit to start from: reference data of every copied kind, and event data of every kind that must stay behind. */
async function buildSource() {
  const summit = await db.summit.create({
    data: { slug: "earlier", name: "Earlier Summit", host: "Netherlands", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25"), languages: ["en", "nl"] },
  });
  const venue = (name: string, kind: "CONFERENCE" | "PALACE" | "AIRPORT", address: string | null = null) => db.venue.create({ data: { summitId: summit.id, name, kind, address } });
  const forum = await venue("World Forum", "CONFERENCE", "Churchillplein 10");
  const palace = await venue("Huis ten Bosch", "PALACE");
  const airport = await venue("Schiphol", "AIRPORT");
  const hall = await db.space.create({ data: { venueId: forum.id, name: "Plenary Hall", capacity: 1200, securityZone: "red", opensMinute: 7 * 60, closesMinute: 23 * 60 } });
  await db.space.create({ data: { venueId: forum.id, name: "Room A", capacity: 40 } });
  await db.space.create({ data: { venueId: palace.id, name: "Dining Room", capacity: 120, securityZone: "orange", opensMinute: 18 * 60, closesMinute: 24 * 60 } });
  await db.entrance.create({ data: { venueId: palace.id, name: "Forecourt", minGapMinutes: 3 } });
  await db.travelTime.createMany({
    data: [
      { summitId: summit.id, fromVenueId: forum.id, toVenueId: palace.id, minutes: 12 },
      { summitId: summit.id, fromVenueId: palace.id, toVenueId: forum.id, minutes: 14 },
      { summitId: summit.id, fromVenueId: airport.id, toVenueId: forum.id, minutes: 35 },
    ],
  });
  const police = await db.agency.create({ data: { summitId: summit.id, name: "National Police", shortName: "Police", kind: "POLICE" } });
  await db.agency.create({ data: { summitId: summit.id, name: "Royal Military Constabulary", shortName: "KMar", kind: "MILITARY", deactivatedAt: new Date("2025-06-01T00:00:00Z") } });
  await db.coverageRule.createMany({
    data: [
      { summitId: summit.id, target: "ITEM", itemKind: "ROYAL_DINNER", venueId: palace.id, requiredType: "SECURITY_PERIMETER", description: "A perimeter round every palace dinner" },
      { summitId: summit.id, target: "MOVEMENT", movementKind: "ARRIVAL", principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", requiredType: "ESCORT", description: "An escort for every leader landing" },
    ],
  });
  // What belongs to that summit's event alone.
  const ua = await db.delegation.create({ data: { summitId: summit.id, code: "UA", name: "Ukraine", kind: "PARTNER", hotelVenueId: palace.id } });
  const us = await db.delegation.create({ data: { summitId: summit.id, code: "US", name: "United States", kind: "ALLY" } });
  await db.member.create({ data: { delegationId: ua.id, title: "President of Ukraine", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  const item = await db.programmeItem.create({
    data: { summitId: summit.id, kind: "PLENARY", title: "Opening plenary", status: "CONFIRMED", visibility: "PUBLIC", startsAt: at("09:00"), endsAt: at("10:00"), spaceId: hall.id, participations: { create: [{ delegationId: ua.id }] } },
  });
  const movement = await db.movement.create({ data: { summitId: summit.id, delegationId: ua.id, kind: "ARRIVAL", toVenueId: airport.id, startsAt: at("07:00"), partySize: 20 } });
  // The order of precedence lists that summit's delegations: it stays behind with them.
  await db.precedence.create({ data: { summitId: summit.id, setByName: "Planner", entries: { create: [{ delegationId: us.id, position: 1 }, { delegationId: ua.id, position: 2 }] } } });
  await db.agencyTask.create({ data: { agencyId: police.id, itemId: item.id, type: "SECURITY_PERIMETER", startsAt: at("08:00"), endsAt: at("10:30") } });
  await db.agencyTask.create({ data: { agencyId: police.id, movementId: movement.id, type: "ESCORT", startsAt: at("07:00"), endsAt: at("08:00") } });
  await db.bilateralRequest.create({
    data: { summitId: summit.id, requesterDelegationId: ua.id, level: "PRINCIPAL", durationMinutes: 30, parties: { create: [{ delegationId: ua.id }, { delegationId: us.id }] } },
  });
  await db.user.create({ data: { email: "police@summits.test", name: "Police coordinator", role: "AGENCY", passwordHash: "x", agencyId: police.id } });
  await db.user.create({ data: { email: "liaison@summits.test", name: "Liaison", role: "LIAISON", passwordHash: "x", liaisons: { create: [{ delegationId: ua.id }] } } });
  return { id: summit.id, venues: { forum: forum.id, palace: palace.id, airport: airport.id } };
}

beforeAll(async () => {
  await resetDatabase(db);
  admin = await user("admin", "ADMIN");
  planner = await user("planner", "PLANNER");
  source = await buildSource();
});
afterAll(() => db.$disconnect());

const valid = (over: Partial<Record<keyof CreateSummitValues, unknown>> = {}): CreateSummitValues => ({
  name: "NATO Summit Ankara 2026",
  slug: "nato-2026-ankara",
  host: "Republic of Türkiye",
  startDate: "2026-07-07",
  endDate: "2026-07-08",
  timeZone: "Europe/Istanbul",
  travelBufferMinutes: "15",
  languages: "en, FR, tr",
  ...over,
} as CreateSummitValues);

/** Through the boundary as the summit form's action goes: its values parsed, then the mutation. */
const create = (actor: Actor, values: CreateSummitValues) => Promise.resolve().then(() => createSummit(db, actor, parseInput(createSummitSchema, values)));
const update = (actor: Actor, values: CreateSummitValues & { id: string }) => Promise.resolve().then(() => updateSummit(db, actor, parseInput(updateSummitSchema, values)));

/**
 * Rows per table of the summits' data (not the conflict store's bookkeeping, which notes every
 * writing transaction), to prove a refusal wrote nothing and a copy wrote only what it should.
 */
async function counts() {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'ConflictChange', 'ConflictTouch', 'StoredConflict', 'StoredConflictSet') ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const { name } of rows) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    out[name] = Number(n);
  }
  return out;
}

describe("creating a summit", () => {
  it("stores what the administrator typed, languages as lower-case codes, and audits it", async () => {
    const { id, copied } = await create(admin, valid());
    expect(copied).toBeNull();
    const row = await db.summit.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "NATO Summit Ankara 2026", slug: "nato-2026-ankara", host: "Republic of Türkiye", timeZone: "Europe/Istanbul", travelBufferMinutes: 15, languages: ["en", "fr", "tr"], archivedAt: null, isDemo: false });
    expect(row.startDate.toISOString()).toBe("2026-07-07T00:00:00.000Z");
    expect(row.endDate.toISOString()).toBe("2026-07-08T00:00:00.000Z");
    const audit = await db.auditEntry.findMany({ where: { entity: "Summit", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorId: admin.userId, summitId: id });
    expect(audit[0].after).toMatchObject({ slug: "nato-2026-ankara", timeZone: "Europe/Istanbul" });
    expect(await db.venue.count({ where: { summitId: id } })).toBe(0);
  });

  it("accepts UTC and a one-day summit", async () => {
    const { id } = await create(admin, valid({ slug: "one-day", timeZone: "UTC", startDate: "2026-01-05", endDate: "2026-01-05", languages: ["en"] }));
    expect(await db.summit.findUniqueOrThrow({ where: { id }, select: { timeZone: true, languages: true } })).toEqual({ timeZone: "UTC", languages: ["en"] });
  });

  const refusals: [string, Partial<Record<keyof CreateSummitValues, unknown>>, string, string][] = [
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone", SUMMIT_MESSAGES.timeZoneUnknown],
    ["a time zone written in the wrong case", { timeZone: "europe/amsterdam" }, "timeZone", SUMMIT_MESSAGES.timeZoneUnknown],
    ["the last day before the first", { startDate: "2026-07-08", endDate: "2026-07-07" }, "endDate", SUMMIT_MESSAGES.lastDayBeforeFirst],
    ["a slug another summit has", { slug: "earlier" }, "slug", SUMMIT_MESSAGES.slugTaken],
    ["more than 60 days", { startDate: "2026-01-01", endDate: "2026-03-02" }, "endDate", SUMMIT_MESSAGES.tooManyDays],
    ["a negative travel buffer", { travelBufferMinutes: "-5" }, "travelBufferMinutes", SUMMIT_MESSAGES.bufferOutOfRange],
    ["a travel buffer over two hours", { travelBufferMinutes: 121 }, "travelBufferMinutes", SUMMIT_MESSAGES.bufferOutOfRange],
    ["an empty travel buffer", { travelBufferMinutes: "" }, "travelBufferMinutes", SUMMIT_MESSAGES.bufferNotNumber],
    ["a slug with capitals and spaces", { slug: "NATO 2026" }, "slug", SUMMIT_MESSAGES.slugFormat],
    ["no working language", { languages: " , " }, "languages", SUMMIT_MESSAGES.languagesRequired],
    ["a language that is no ISO 639-1 code", { languages: "en, xx" }, "languages", SUMMIT_MESSAGES.languageUnknown],
    ["an impossible date", { startDate: "2026-02-30" }, "startDate", SUMMIT_MESSAGES.dayFormat],
    ["an unknown summit to start from", { copyFromSummitId: "no-such-summit" }, "copyFromSummitId", SUMMIT_MESSAGES.copyFromUnknown],
  ];

  it("words a refusal of its own rules in the reader's language, under a code of the summit pages", async () => {
    const error = await create(admin, valid({ slug: "earlier" })).then(() => null, (e: unknown) => e as ValidationError);
    expect(error?.code).toBe("summits.slugTaken");
    expect(error?.saidIn("nl").fieldErrors).toEqual({ slug: summitsNl.messages.slugTaken });
  });

  for (const [what, input, field, message] of refusals) {
    it(`refuses ${what} on the ${field} field and writes nothing`, async () => {
      const before = await counts();
      const error = await create(admin, valid({ slug: "refused", ...input })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ [field]: message });
      expect(await counts()).toEqual(before);
    });
  }

  it("a 60-day summit is allowed; the 61st day is one too many", async () => {
    await create(admin, valid({ slug: "sixty-days", startDate: "2026-01-01", endDate: "2026-03-01" }));
    await expect(create(admin, valid({ slug: "sixty-one-days", startDate: "2026-01-01", endDate: "2026-03-02" }))).rejects.toMatchObject({
      fieldErrors: { endDate: SUMMIT_MESSAGES.tooManyDays },
    });
  });

  it("two administrators saving the same slug at once: one summit, the other told on the slug field", async () => {
    const before = await db.summit.count();
    const results = await Promise.allSettled([create(admin, valid({ slug: "raced", name: "First" })), create(admin, valid({ slug: "raced", name: "Second" }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.reason).toBeInstanceOf(ValidationError);
    expect(refused.reason.fieldErrors).toEqual({ slug: SUMMIT_MESSAGES.slugTaken });
    expect(await db.summit.count()).toBe(before + 1);
    expect(await db.auditEntry.count({ where: { entity: "Summit", action: "create", after: { path: ["slug"], equals: "raced" } } })).toBe(1);
  });

  it("is for administrators only: a planner's attempt is not found and writes nothing", async () => {
    const before = await counts();
    await expect(create(planner, valid({ slug: "by-a-planner" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

describe("starting from an earlier summit", () => {
  it("copies venues, spaces, travel times, agencies and coverage rules under new ids, and nothing else", async () => {
    const before = await counts();
    const sourceBefore = await sourceRows();
    const { id, copied } = await create(admin, valid({ slug: "from-earlier", name: "From earlier", startDate: "2026-09-14", endDate: "2026-09-16", copyFromSummitId: source.id }));
    expect(copied).toEqual({ venues: 3, spaces: 3, entrances: 1, travelTimes: 3, agencies: 2, coverageRules: 2 });

    // Per table, exactly the copied rows, the summit and its one audit entry were added.
    const after = await counts();
    const added = Object.fromEntries(Object.keys(after).map((t) => [t, after[t] - (before[t] ?? 0)]).filter(([, n]) => n !== 0));
    expect(added).toEqual({ Summit: 1, Venue: 3, Space: 3, Entrance: 1, TravelTime: 3, Agency: 2, CoverageRule: 2, AuditEntry: 1 });

    const venues = await db.venue.findMany({ where: { summitId: id }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, address: true } });
    expect(venues.map(({ name, kind, address }) => ({ name, kind, address }))).toEqual([
      { name: "Huis ten Bosch", kind: "PALACE", address: null },
      { name: "Schiphol", kind: "AIRPORT", address: null },
      { name: "World Forum", kind: "CONFERENCE", address: "Churchillplein 10" },
    ]);
    const sourceVenueIds = Object.values(source.venues);
    expect(venues.some((v) => sourceVenueIds.includes(v.id))).toBe(false);
    const newVenue = Object.fromEntries(venues.map((v) => [v.name, v.id]));

    const spaces = await db.space.findMany({ where: { venue: { summitId: id } }, orderBy: { name: "asc" }, select: { venueId: true, name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true } });
    expect(spaces).toEqual([
      // Opening hours are minutes after local midnight: the same in the new summit, whatever its dates.
      { venueId: newVenue["Huis ten Bosch"], name: "Dining Room", capacity: 120, securityZone: "orange", opensMinute: 1080, closesMinute: 1440 },
      { venueId: newVenue["World Forum"], name: "Plenary Hall", capacity: 1200, securityZone: "red", opensMinute: 420, closesMinute: 1380 },
      { venueId: newVenue["World Forum"], name: "Room A", capacity: 40, securityZone: null, opensMinute: null, closesMinute: null },
    ]);

    // An entrance is part of its venue: copied with it, with its minimum gap between arrivals.
    expect(await db.entrance.findMany({ where: { venue: { summitId: id } }, select: { venueId: true, name: true, minGapMinutes: true, version: true } })).toEqual([
      { venueId: newVenue["Huis ten Bosch"], name: "Forecourt", minGapMinutes: 3, version: 1 },
    ]);

    const travel = await db.travelTime.findMany({ where: { summitId: id }, select: { fromVenueId: true, toVenueId: true, minutes: true } });
    expect(new Set(travel.map((t) => `${t.fromVenueId}>${t.toVenueId}:${t.minutes}`))).toEqual(
      new Set([`${newVenue["World Forum"]}>${newVenue["Huis ten Bosch"]}:12`, `${newVenue["Huis ten Bosch"]}>${newVenue["World Forum"]}:14`, `${newVenue.Schiphol}>${newVenue["World Forum"]}:35`]),
    );

    const agencies = await db.agency.findMany({ where: { summitId: id }, orderBy: { name: "asc" }, select: { name: true, shortName: true, kind: true, deactivatedAt: true, _count: { select: { users: true, tasks: true } } } });
    expect(agencies).toEqual([
      { name: "National Police", shortName: "Police", kind: "POLICE", deactivatedAt: null, _count: { users: 0, tasks: 0 } },
      { name: "Royal Military Constabulary", shortName: "KMar", kind: "MILITARY", deactivatedAt: null, _count: { users: 0, tasks: 0 } },
    ]);

    const rules = await db.coverageRule.findMany({ where: { summitId: id }, orderBy: { description: "asc" }, select: { target: true, itemKind: true, venueId: true, movementKind: true, principalLevel: true, requiredType: true, description: true } });
    expect(rules).toEqual([
      { target: "ITEM", itemKind: "ROYAL_DINNER", venueId: newVenue["Huis ten Bosch"], movementKind: null, principalLevel: null, requiredType: "SECURITY_PERIMETER", description: "A perimeter round every palace dinner" },
      { target: "MOVEMENT", itemKind: null, venueId: null, movementKind: "ARRIVAL", principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", requiredType: "ESCORT", description: "An escort for every leader landing" },
    ]);

    for (const count of [
      db.delegation.count({ where: { summitId: id } }),
      db.programmeItem.count({ where: { summitId: id } }),
      db.movement.count({ where: { summitId: id } }),
      db.bilateralRequest.count({ where: { summitId: id } }),
      db.agencyTask.count({ where: { agency: { summitId: id } } }),
      db.precedence.count({ where: { summitId: id } }),
      db.user.count({ where: { OR: [{ agency: { summitId: id } }, { liaisons: { some: { delegation: { summitId: id } } } }, { currentSummitId: id }] } }),
    ]) {
      expect(await count).toBe(0);
    }
    // The earlier summit is untouched.
    expect(await sourceRows()).toEqual(sourceBefore);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "Summit", entityId: id } });
    expect(audit.after).toMatchObject({ copiedFrom: { id: source.id, slug: "earlier" }, copied: { venues: 3, spaces: 3, entrances: 1, travelTimes: 3, agencies: 2, coverageRules: 2 } });
  });
});

async function sourceRows() {
  return {
    venues: await db.venue.findMany({ where: { summitId: source.id }, orderBy: { id: "asc" } }),
    spaces: await db.space.findMany({ where: { venue: { summitId: source.id } }, orderBy: { id: "asc" } }),
    entrances: await db.entrance.findMany({ where: { venue: { summitId: source.id } }, orderBy: { id: "asc" } }),
    precedence: await db.precedenceEntry.findMany({ where: { precedence: { summitId: source.id } }, orderBy: { position: "asc" } }),
    travel: await db.travelTime.findMany({ where: { summitId: source.id }, orderBy: { id: "asc" } }),
    agencies: await db.agency.findMany({ where: { summitId: source.id }, orderBy: { id: "asc" } }),
    rules: await db.coverageRule.findMany({ where: { summitId: source.id }, orderBy: { id: "asc" } }),
  };
}

describe("editing, archiving and restoring", () => {
  it("edits a summit, audited with before and after; a slug of another summit and bad input are refused on their fields", async () => {
    const { id } = await create(admin, valid({ slug: "to-edit", name: "To edit" }));
    await update(admin, { id, ...valid({ slug: "edited", name: "Edited", endDate: "2026-07-09", travelBufferMinutes: 0, languages: ["nl"] }) });
    expect(await db.summit.findUniqueOrThrow({ where: { id }, select: { slug: true, name: true, travelBufferMinutes: true, languages: true, endDate: true } })).toEqual({
      slug: "edited", name: "Edited", travelBufferMinutes: 0, languages: ["nl"], endDate: new Date("2026-07-09T00:00:00Z"),
    });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "Summit", entityId: id, action: "update" } });
    expect(entry.before).toMatchObject({ slug: "to-edit", name: "To edit" });
    expect(entry.after).toMatchObject({ slug: "edited", name: "Edited" });

    const before = await counts();
    await expect(update(admin, { id, ...valid({ slug: "earlier" }) })).rejects.toMatchObject({ fieldErrors: { slug: SUMMIT_MESSAGES.slugTaken } });
    await expect(update(admin, { id, ...valid({ slug: "edited", timeZone: "Nowhere/Land" }) })).rejects.toMatchObject({ fieldErrors: { timeZone: SUMMIT_MESSAGES.timeZoneUnknown } });
    await expect(update(admin, { id: "no-such-summit", ...valid({ slug: "ghost" }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(update(planner, { id, ...valid({ slug: "by-planner" }) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect(await db.summit.findUniqueOrThrow({ where: { id }, select: { slug: true } })).toEqual({ slug: "edited" });
  });

  it("refuses new days or a new zone that would leave programme items outside the summit, naming the field; a cancelled item does not hold it", async () => {
    const { id } = await create(admin, valid({ slug: "days-check", name: "Days check" }));
    // 10:00–11:00 on the last day in Istanbul (UTC+3).
    const item = await db.programmeItem.create({
      data: { summitId: id, kind: "PLENARY", title: "Last-day session", status: "CONFIRMED", startsAt: new Date("2026-07-08T07:00:00Z"), endsAt: new Date("2026-07-08T08:00:00Z") },
    });
    const before = await counts();
    await expect(update(admin, { id, ...valid({ slug: "days-check", endDate: "2026-07-07" }) })).rejects.toMatchObject({ fieldErrors: { endDate: SUMMIT_MESSAGES.itemsOutsideDays } });
    await expect(update(admin, { id, ...valid({ slug: "days-check", startDate: "2026-07-09", endDate: "2026-07-10" }) })).rejects.toMatchObject({ fieldErrors: { startDate: SUMMIT_MESSAGES.itemsOutsideDays } });
    // A new zone moves the days: in Kiritimati (UTC+14) the session is on 8 July at 21:00, after a last day of 7 July.
    await expect(update(admin, { id, ...valid({ slug: "days-check", timeZone: "Pacific/Kiritimati", endDate: "2026-07-07" }) })).rejects.toMatchObject({ fieldErrors: { endDate: SUMMIT_MESSAGES.itemsOutsideDays } });
    expect(await counts()).toEqual(before);
    expect(await db.summit.findUniqueOrThrow({ where: { id }, select: { endDate: true } })).toEqual({ endDate: new Date("2026-07-08T00:00:00Z") });

    await db.programmeItem.update({ where: { id: item.id }, data: { status: "CANCELLED" } });
    await update(admin, { id, ...valid({ slug: "days-check", endDate: "2026-07-07" }) });
    expect(await db.summit.findUniqueOrThrow({ where: { id }, select: { endDate: true } })).toEqual({ endDate: new Date("2026-07-07T00:00:00Z") });
  });

  it("archives and restores, each audited once; an archived summit is nobody's default but stays as a stored choice", async () => {
    // The most recent live summit is the default of staff who have not chosen.
    const latest = await create(admin, valid({ slug: "the-latest", name: "The latest", startDate: "2027-05-01", endDate: "2027-05-02" }));
    expect((await getCurrentSummit(db, planner))?.id).toBe(latest.id);

    const archived = await archiveSummit(db, admin, { id: latest.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    // Archiving twice writes nothing more.
    await archiveSummit(db, admin, { id: latest.id });
    expect(await db.auditEntry.count({ where: { entity: "Summit", entityId: latest.id, action: "archive" } })).toBe(1);
    const fallback = await getCurrentSummit(db, planner);
    expect(fallback?.id).not.toBe(latest.id);
    expect(fallback?.archived).toBe(false);
    // Archived, not deleted: a member of staff who chose it still works on it, read-only or not.
    await db.user.update({ where: { id: admin.userId }, data: { currentSummitId: latest.id } });
    expect(await getCurrentSummit(db, admin)).toMatchObject({ id: latest.id, archived: true });
    await db.user.update({ where: { id: admin.userId }, data: { currentSummitId: null } });

    await expect(archiveSummit(db, planner, { id: latest.id })).rejects.toBeInstanceOf(NotFoundError);
    const restored = await restoreSummit(db, admin, { id: latest.id });
    expect(restored.archivedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { entity: "Summit", entityId: latest.id, action: "restore" } })).toBe(1);
    expect((await getCurrentSummit(db, planner))?.id).toBe(latest.id);
    await expect(archiveSummit(db, admin, { id: "no-such-summit" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
