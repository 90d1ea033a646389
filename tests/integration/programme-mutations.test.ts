import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConstraintError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { cancelItem, createItem, moveItem, updateItem } from "@/lib/programme/mutations";
import { previewItemSave } from "@/lib/programme/preview";
import { itemInputSchema, type ItemValues } from "@/lib/programme/schema";
import { formatTime } from "@/lib/time";
import { parseInput } from "@/lib/validation";
import { at, buildEditingFixture, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
});
beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.conflictOverride.deleteMany();
  await db.programmeItem.deleteMany({ where: { summitId: fx.summit.id } });
});
afterAll(() => db.$disconnect());

const counts = async () => ({
  items: await db.programmeItem.count({ where: { summitId: fx.summit.id } }),
  participations: await db.participation.count(),
  audit: await db.auditEntry.count(),
});

describe("createItem", () => {
  it("saves the item, its participations and one audit entry with the agreed shape", async () => {
    const { anna } = fx.planners;
    const result = await createItem(db, anna, fx.input({
      title: "North Atlantic Council",
      delegationIds: [fx.delegations.be.id],
      memberIds: [fx.members.pm.id, fx.members.fm.id],
    }));
    expect(result).toMatchObject({ version: 1, conflicts: [] });
    const parts = await db.participation.findMany({ where: { itemId: result.id }, select: { delegationId: true, memberId: true } });
    expect(parts).toHaveLength(3);
    expect(parts).toContainEqual({ delegationId: fx.delegations.be.id, memberId: null });
    expect(parts).toContainEqual({ delegationId: fx.delegations.nl.id, memberId: fx.members.pm.id });

    const audit = await db.auditEntry.findMany({ where: { entityId: result.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: "ProgrammeItem", action: "create", actorId: anna.userId, actorName: "Anna Planner", summitId: fx.summit.id, before: null });
    expect(audit[0].after).toEqual({
      title: "North Atlantic Council", kind: "PLENARY", status: "DRAFT", visibility: "STAFF",
      startsAt: at("10:00").toISOString(), endsAt: at("11:00").toISOString(),
      spaceId: fx.spaces.plenary.id, spaceName: "Plenary Hall", venueName: "World Forum",
      delegationIds: [fx.delegations.be.id], memberIds: [fx.members.fm.id, fx.members.pm.id].sort(),
    });
  });

  it("saves a draft in a hard conflict and returns it: the prime minister in two places at once", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", memberIds: [fx.members.pm.id] }));
    const result = await createItem(db, fx.planners.anna, fx.input({
      title: "Royal audience", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"), memberIds: [fx.members.pm.id],
    }));
    expect(result.conflicts.map((c) => [c.type, c.severity])).toEqual([["MEMBER_OVERLAP", "hard"]]);
    expect(result.conflicts[0].message).toContain("Prime Minister of the Netherlands");
    expect((await counts()).items).toBe(2);
  });

  it("refuses Confirmed for a person in two confirmed places, writing nothing, and names the conflict", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    const before = await counts();
    const attempt = createItem(db, fx.planners.anna, fx.input({
      title: "Royal audience", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"), memberIds: [fx.members.pm.id],
    }));
    await expect(attempt).rejects.toMatchObject({ constraint: "HARD_CONFLICT", message: expect.stringContaining("Prime Minister of the Netherlands is in") });
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { overrideReason: expect.stringContaining("Royal audience") } });
    expect(await counts()).toEqual(before);
    expect(await db.conflictOverride.count()).toBe(0);
  });

  it("accepts Confirmed with a written reason, records and audits the override, and shows it on the conflict", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    const reason = "The PM leaves the council for 30 minutes; the foreign minister takes the seat.";
    const result = await createItem(db, fx.planners.ben, fx.input({
      title: "Royal audience", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"),
      memberIds: [fx.members.pm.id], overrideReason: reason,
    }));
    expect(result.conflicts.map((c) => [c.type, c.severity, c.override?.reason, c.override?.createdByName])).toEqual([["MEMBER_OVERLAP", "hard", reason, "Ben Planner"]]);
    const overrides = await db.conflictOverride.findMany();
    expect(overrides.map((o) => [o.conflictId, o.reason, o.createdById])).toEqual([[result.conflicts[0].id, reason, fx.planners.ben.userId]]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "ConflictOverride" } });
    expect(audit).toMatchObject({ action: "override", actorName: "Ben Planner", after: expect.objectContaining({ reason, conflictId: result.conflicts[0].id }) });
    // Later reads show the override with the conflict; a later save that leaves the conflict as it
    // was passes without a reason, one that changes it (a longer overlap) asks again.
    const updated = await updateItem(db, fx.planners.anna, { ...fx.input({
      title: "Royal audience", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"), memberIds: [fx.members.pm.id], dressCode: "Lounge suit",
    }), id: result.id, version: result.version });
    expect(updated.conflicts[0].override?.reason).toBe(reason);
    await expect(moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: result.id, version: updated.version, startsAt: at("10:15"), endsAt: at("11:30"), spaceId: fx.spaces.salon.id }))
      .rejects.toMatchObject({ constraint: "HARD_CONFLICT" });
  });

  it("refuses an override without a reason, writing nothing", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    const before = await counts();
    const attempt = createItem(db, fx.planners.anna, fx.input({
      title: "Royal audience", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"),
      memberIds: [fx.members.pm.id], overrideReason: "   ",
    }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { overrideReason: expect.stringContaining("Write why") } });
    expect(await counts()).toEqual(before);
    expect(await db.conflictOverride.count()).toBe(0);
  });

  it("lets a confirmed item be saved beside a draft that clashes with it: the draft must change first", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Draft audience", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"), memberIds: [fx.members.pm.id] }));
    const council = await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    expect(council.conflicts.map((c) => c.severity)).toEqual(["hard"]);
  });

  it("reports too little travel time between venues", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", memberIds: [fx.members.pm.id] }));
    const result = await createItem(db, fx.planners.anna, fx.input({
      title: "Royal audience", spaceId: fx.spaces.salon.id, startsAt: at("11:15"), endsAt: at("12:00"), memberIds: [fx.members.pm.id],
    }));
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0].message).toBe(
      "Prime Minister of the Netherlands: Council ends 11:00 at World Forum, Royal audience starts 11:15 at Huis ten Bosch; travel takes 15 min (+10 min buffer)",
    );
  });

  it("refuses a confirmed booking of a taken space, naming the item that holds it, and writes nothing", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "North Atlantic Council", status: "CONFIRMED", startsAt: at("10:00"), endsAt: at("13:00") }));
    const before = await counts();
    const attempt = createItem(db, fx.planners.ben, fx.input({ title: "Press briefing", status: "CONFIRMED", startsAt: at("12:00"), endsAt: at("12:30"), memberIds: [fx.members.pm.id] }));
    await expect(attempt).rejects.toBeInstanceOf(ConstraintError);
    await expect(attempt).rejects.toMatchObject({
      message: "World Forum Plenary Hall is already booked by 'North Atlantic Council' 10:00–13:00",
      fieldErrors: { spaceId: "World Forum Plenary Hall is already booked by 'North Atlantic Council' 10:00–13:00" },
    });
    expect(await counts()).toEqual(before);
  });

  const bad: [string, () => ItemValues, string, RegExp][] = [
    ["end before start", () => fx.values({ startsAt: at("11:00"), endsAt: at("10:00") }), "endsAt", /after the start/],
    ["an empty title", () => fx.values({ title: "  " }), "title", /title/],
    ["an unknown space", () => fx.values({ spaceId: "no-such-space" }), "spaceId", /Unknown space/],
    ["a space of another summit", () => fx.values({ spaceId: fx.other.space.id }), "spaceId", /another summit/],
    ["an unknown member", () => fx.values({ memberIds: ["no-such-member"] }), "memberIds", /Unknown member/],
    ["a member of another summit", () => fx.values({ memberIds: [fx.other.member.id] }), "memberIds", /another summit/],
    ["an unknown delegation", () => fx.values({ delegationIds: ["no-such-delegation"] }), "delegationIds", /Unknown delegation/],
    ["a delegation of another summit", () => fx.values({ delegationIds: [fx.other.delegation.id] }), "delegationIds", /another summit/],
    ["a parent of another summit", () => fx.values({ parentId: fx.other.item.id }), "parentId", /another summit/],
    ["a start before the summit", () => fx.values({ startsAt: at("23:00", "2025-06-23"), endsAt: at("10:00") }), "startsAt", /within the summit days/],
    ["an end after the summit", () => fx.values({ startsAt: at("23:00", "2025-06-25"), endsAt: at("01:00", "2025-06-26") }), "endsAt", /within the summit days/],
  ];
  it("asks the programme's policy itself: anyone but a planner is told not found, and nothing is written", async () => {
    const item = await createItem(db, fx.planners.anna, fx.input({ title: "Council" }));
    const before = await counts();
    for (const role of ["VIEWER", "LIAISON", "AGENCY"] as const) {
      const outsider = { ...fx.planners.ben, role };
      await expect(createItem(db, outsider, fx.input({ title: "Planted" }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateItem(db, outsider, { ...fx.input({ title: "Renamed" }), id: item.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(moveItem(db, outsider, { summitId: fx.summit.id, id: item.id, version: 1, startsAt: at("12:00"), endsAt: at("13:00"), spaceId: null })).rejects.toBeInstanceOf(NotFoundError);
      await expect(cancelItem(db, outsider, { summitId: fx.summit.id, id: item.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(previewItemSave(db, outsider, { ...fx.input(), id: item.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a move or a cancellation of an item of another summit than the one named, as not found", async () => {
    const item = await createItem(db, fx.planners.anna, fx.input({ title: "Council" }));
    await expect(moveItem(db, fx.planners.anna, { summitId: fx.other.summit.id, id: item.id, version: 1, startsAt: at("12:00"), endsAt: at("13:00"), spaceId: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelItem(db, fx.planners.anna, { summitId: fx.other.summit.id, id: item.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(1);
  });

  it.each(bad)("refuses %s with a field error and writes nothing", async (_label, make, field, message) => {
    const before = await counts();
    // Parsed at the boundary, as the gate parses a form's values: the schema's refusals come first.
    const attempt = Promise.resolve().then(() => createItem(db, fx.planners.anna, parseInput(itemInputSchema, make())));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors[field]).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("accepts an item ending exactly at midnight after the last day", async () => {
    const result = await createItem(db, fx.planners.anna, fx.input({ startsAt: at("22:00", "2025-06-25"), endsAt: at("00:00", "2025-06-26") }));
    expect(result.version).toBe(1);
  });
});

describe("updateItem, moveItem and cancelItem", () => {
  it("updates with a new version, replaces participations and audits before and after", async () => {
    const created = await createItem(db, fx.planners.anna, fx.input({ memberIds: [fx.members.pm.id] }));
    const result = await updateItem(db, fx.planners.ben, {
      ...fx.input({ title: "Renamed", status: "CONFIRMED", delegationIds: [fx.delegations.be.id] }),
      id: created.id, version: created.version,
    });
    expect(result.version).toBe(2);
    const parts = await db.participation.findMany({ where: { itemId: created.id }, select: { delegationId: true, memberId: true } });
    expect(parts).toEqual([{ delegationId: fx.delegations.be.id, memberId: null }]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: "update" } });
    expect(entry.actorName).toBe("Ben Planner");
    expect(entry.before).toMatchObject({ title: "Test item", status: "DRAFT", memberIds: [fx.members.pm.id], delegationIds: [] });
    expect(entry.after).toMatchObject({ title: "Renamed", status: "CONFIRMED", memberIds: [], delegationIds: [fx.delegations.be.id] });
  });

  it("refuses a stale version with who changed it and when, overwriting nothing", async () => {
    const created = await createItem(db, fx.planners.anna, fx.input());
    await updateItem(db, fx.planners.anna, { ...fx.input({ title: "Anna's title" }), id: created.id, version: 1 });
    const attempt = updateItem(db, fx.planners.ben, { ...fx.input({ title: "Ben's title" }), id: created.id, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(StaleVersionError);
    const latest = await db.auditEntry.findFirstOrThrow({ where: { entityId: created.id }, orderBy: { at: "desc" } });
    await expect(attempt).rejects.toThrow(`Changed by Anna Planner at ${formatTime(latest.at, "Europe/Amsterdam")}`);
    const row = await db.programmeItem.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.title, row.version]).toEqual(["Anna's title", 2]);
    expect(await db.auditEntry.count({ where: { entityId: created.id } })).toBe(2);
  });

  it("refuses an update naming another summit's item as not found", async () => {
    await expect(
      updateItem(db, fx.planners.anna, { ...fx.input(), id: fx.other.item.id, version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moves an item in time and space and audits a move", async () => {
    const created = await createItem(db, fx.planners.anna, fx.input({ memberIds: [fx.members.pm.id] }));
    const moved = await moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: created.id, version: 1, startsAt: at("14:00"), endsAt: at("15:00"), spaceId: fx.spaces.salon.id });
    expect(moved.version).toBe(2);
    const row = await db.programmeItem.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.startsAt, row.spaceId]).toEqual([at("14:00"), fx.spaces.salon.id]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: "move" } });
    expect(entry.before).toMatchObject({ spaceName: "Plenary Hall", venueName: "World Forum", startsAt: at("10:00").toISOString() });
    expect(entry.after).toMatchObject({ spaceName: "Orange Salon", venueName: "Huis ten Bosch", startsAt: at("14:00").toISOString(), memberIds: [fx.members.pm.id] });
  });

  it("refuses a move outside the summit days or into another summit's space", async () => {
    const created = await createItem(db, fx.planners.anna, fx.input());
    await expect(moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: created.id, version: 1, startsAt: at("10:00", "2025-06-26"), endsAt: at("11:00", "2025-06-26"), spaceId: null }))
      .rejects.toMatchObject({ code: "checkFields", fieldErrors: { startsAt: expect.stringMatching(/within the summit days/) } });
    const outside = await moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: created.id, version: 1, startsAt: at("10:00", "2025-06-26"), endsAt: at("11:00", "2025-06-26"), spaceId: null }).then(() => null, (e: unknown) => e as ValidationError);
    expect(outside?.saidIn("nl").fieldErrors.startsAt).toBe("Het begin moet binnen de topdagen liggen (di 24 jun 2025 – wo 25 jun 2025).");
    await expect(moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: created.id, version: 1, startsAt: at("10:00"), endsAt: at("11:00"), spaceId: fx.other.space.id }))
      .rejects.toMatchObject({ fieldErrors: { spaceId: expect.stringMatching(/another summit/) } });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);
  });

  it("refuses a timeline move that puts a confirmed item over the same person's confirmed item, unless a reason is given", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    const audience = await createItem(db, fx.planners.anna, fx.input({
      title: "Royal audience", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("12:00"), endsAt: at("12:30"), memberIds: [fx.members.pm.id],
    }));
    const move = { summitId: fx.summit.id, id: audience.id, version: audience.version, startsAt: at("10:30"), endsAt: at("11:00"), spaceId: fx.spaces.salon.id };
    const before = await counts();
    await expect(moveItem(db, fx.planners.anna, move)).rejects.toMatchObject({ constraint: "HARD_CONFLICT" });
    expect(await counts()).toEqual(before);
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: audience.id } })).startsAt).toEqual(at("12:00"));
    const moved = await moveItem(db, fx.planners.anna, { ...move, overrideReason: "Audience during the council's coffee break." });
    expect(moved.conflicts.map((c) => [c.severity, c.override?.reason])).toEqual([["hard", "Audience during the council's coffee break."]]);
  });

  it("a side event's sessions keep their place in it when it moves, in the same change, and the preview says so", async () => {
    const forum = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT", title: "Forum", spaceId: fx.spaces.salon.id, startsAt: at("13:00"), endsAt: at("16:00") }));
    const panel = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Panel", parentId: forum.id, spaceId: null, startsAt: at("14:00"), endsAt: at("15:00") }));
    const move = { summitId: fx.summit.id, id: forum.id, version: forum.version, startsAt: at("14:00"), endsAt: at("17:00"), spaceId: fx.spaces.salon.id };
    const preview = await previewItemSave(db, fx.planners.anna, { ...fx.input({ kind: "SIDE_EVENT", title: "Forum", spaceId: fx.spaces.salon.id, startsAt: at("14:00"), endsAt: at("17:00") }), id: forum.id });
    expect(preview.followers.map((f) => [f.kind, f.title, formatTime(f.after.startsAt, "Europe/Amsterdam")])).toEqual([["session", "Panel", "15:00"]]);
    await moveItem(db, fx.planners.anna, move);
    const moved = await db.programmeItem.findUniqueOrThrow({ where: { id: panel.id } });
    expect([moved.startsAt, moved.endsAt, moved.version]).toEqual([at("15:00"), at("16:00"), panel.version + 1]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: panel.id, action: "move" } });
    expect(entry.after).toMatchObject({ followed: { id: forum.id } });
    const forumEntry = await db.auditEntry.findFirstOrThrow({ where: { entityId: forum.id, action: "move" } });
    expect(forumEntry.after).toMatchObject({ movedSessionIds: [panel.id] });
  });

  it("a move that clears a conflict returns no conflicts", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Council", memberIds: [fx.members.pm.id] }));
    const clash = await createItem(db, fx.planners.anna, fx.input({ title: "Clash", spaceId: fx.spaces.room.id, memberIds: [fx.members.pm.id] }));
    expect(clash.conflicts).toHaveLength(1);
    const moved = await moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: clash.id, version: 1, startsAt: at("11:00"), endsAt: at("11:30"), spaceId: fx.spaces.room.id });
    expect(moved.conflicts).toEqual([]);
  });

  it("cancels by keeping the row as CANCELLED; a cancelled item no longer conflicts", async () => {
    const council = await createItem(db, fx.planners.anna, fx.input({ title: "Council", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    const cancelled = await cancelItem(db, fx.planners.anna, { summitId: fx.summit.id, id: council.id, version: 1 });
    expect(cancelled).toEqual({ id: council.id, version: 2 });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: council.id } })).status).toBe("CANCELLED");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: council.id, action: "cancel" } });
    expect([(entry.before as { status: string }).status, (entry.after as { status: string }).status]).toEqual(["CONFIRMED", "CANCELLED"]);
    const again = await createItem(db, fx.planners.anna, fx.input({ title: "In the freed hall", status: "CONFIRMED", memberIds: [fx.members.pm.id] }));
    expect(again.conflicts).toEqual([]);
    await expect(cancelItem(db, fx.planners.anna, { summitId: fx.summit.id, id: council.id, version: 1 })).rejects.toBeInstanceOf(StaleVersionError);
  });
});
