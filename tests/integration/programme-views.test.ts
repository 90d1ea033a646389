// The reads behind the timeline, the conflicts page, the move preview and the item history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conflictsForSummit, conflictsOfItem } from "@/lib/conflicts/queries";
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import type { Db } from "@/lib/db";
import { getEditableItem } from "@/lib/programme/editor-queries";
import { getItemHistory } from "@/lib/programme/history";
import { itemFormSchema } from "@/lib/programme/schema";
import { createItem, moveItem, updateItem } from "@/lib/programme/mutations";
import { previewMove } from "@/lib/programme/preview";
import { getTimelineDay, NO_SPACE_LANE } from "@/lib/programme/timeline";
import { at, buildEditingFixture, DAY, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
  const anna = fx.planners.anna;
  ids.council = (await createItem(db, anna, fx.input({ title: "Council", status: "CONFIRMED", delegationIds: [fx.delegations.nl.id] }))).id;
  ids.audience = (await createItem(db, anna, fx.input({ title: "Audience", spaceId: fx.spaces.salon.id, startsAt: at("10:30"), endsAt: at("11:30"), memberIds: [fx.members.pm.id, fx.members.bePm.id] }))).id;
  ids.loose = (await createItem(db, anna, fx.input({ title: "Walk", spaceId: null, startsAt: at("15:00"), endsAt: at("15:30") }))).id;
});
afterAll(() => db.$disconnect());

/** A client that counts the queries it runs. */
function counting(base: Db) {
  const counter = { n: 0 };
  const client = base.$extends({ query: { $allOperations: ({ args, query }) => (counter.n++, query(args)) } });
  return { client: client as unknown as Db, counter };
}

describe("loadSummitSnapshot", () => {
  it("turns participations into whole delegations and named members, and marks principals", async () => {
    const snapshot = await loadSummitSnapshot(db, fx.summit.id);
    expect(snapshot.timeZone).toBe("Europe/Amsterdam");
    const council = snapshot.items.find((i) => i.id === ids.council)!;
    expect([council.delegationIds, council.memberIds]).toEqual([[fx.delegations.nl.id], []]);
    const audience = snapshot.items.find((i) => i.id === ids.audience)!;
    expect([...audience.memberIds].sort()).toEqual([fx.members.pm.id, fx.members.bePm.id].sort());
    expect(snapshot.members.filter((m) => m.isPrincipal).map((m) => m.title).sort()).toEqual(["Prime Minister of Belgium", "Prime Minister of the Netherlands"]);
    expect(snapshot.items.some((i) => i.id === fx.other.item.id)).toBe(false);
  });

  it("runs a fixed number of queries however many items there are (no N+1)", async () => {
    const { client, counter } = counting(db);
    await loadSummitSnapshot(client, fx.summit.id);
    const few = counter.n;
    for (let i = 0; i < 20; i++) {
      await db.programmeItem.create({
        data: { summitId: fx.summit.id, kind: "TRANSFER", title: `Extra ${i}`, startsAt: at("06:00", "2025-06-25"), endsAt: at("06:30", "2025-06-25"), participations: { create: { delegationId: fx.delegations.be.id } } },
      });
    }
    counter.n = 0;
    await loadSummitSnapshot(client, fx.summit.id);
    expect(counter.n).toBe(few);
    // One query per table the engine reads (summit, venues, spaces, travel, delegations, members, items, participations, movements).
    expect(few).toBeLessThanOrEqual(9);
    await db.programmeItem.deleteMany({ where: { title: { startsWith: "Extra " } } });
  });

  it("limits items to a window when asked", async () => {
    const snapshot = await loadSummitSnapshot(db, fx.summit.id, { window: { startsAt: at("14:00"), endsAt: at("16:00") } });
    expect(snapshot.items.map((i) => i.title)).toEqual(["Walk"]);
  });
});

describe("conflicts from the database", () => {
  it("finds the prime minister in two places, the same from the whole summit and from the item's neighbourhood", async () => {
    const all = await conflictsForSummit(db, fx.summit.id);
    expect(all.map((c) => c.type)).toEqual(["MEMBER_OVERLAP"]);
    const around = await conflictsOfItem(db, fx.summit.id, { id: ids.audience, startsAt: at("10:30"), endsAt: at("11:30") });
    expect(around).toEqual(all);
  });

  it("previews a move's conflicts without writing anything", async () => {
    const planner = fx.planners.anna;
    const before = await db.programmeItem.findUniqueOrThrow({ where: { id: ids.audience } });
    expect(await previewMove(db, planner, { summitId: fx.summit.id, id: ids.audience, version: before.version, startsAt: at("11:00"), endsAt: at("11:30"), spaceId: fx.spaces.salon.id })).toEqual([
      expect.objectContaining({ type: "INSUFFICIENT_TRAVEL_TIME", message: expect.stringContaining("travel takes 15 min") }),
    ]);
    expect(await previewMove(db, planner, { summitId: fx.summit.id, id: ids.audience, version: before.version, startsAt: at("13:00"), endsAt: at("13:30"), spaceId: fx.spaces.salon.id })).toEqual([]);
    expect(await db.programmeItem.findUniqueOrThrow({ where: { id: ids.audience } })).toEqual(before);
    const viewer = { ...planner, role: "VIEWER" as const };
    await expect(previewMove(db, viewer, { summitId: fx.summit.id, id: ids.audience, version: 1, startsAt: at("13:00"), endsAt: at("13:30"), spaceId: null })).rejects.toThrow("Not found.");
  });
});

describe("getTimelineDay", () => {
  it("has a lane for every space (busy venue first), a no-space lane, minutes from local midnight and conflict markers", async () => {
    const day = await getTimelineDay(db, fx.summit, DAY);
    expect(day.dayMinutes).toBe(1440);
    expect(day.lanes.map((l) => `${l.venueName}/${l.name}`)).toEqual([
      "World Forum/Bilateral Room 1", "World Forum/Plenary Hall", "Huis ten Bosch/Orange Salon", "No space set/No space",
    ]);
    const byTitle = Object.fromEntries(day.items.map((i) => [i.title, i]));
    expect(byTitle.Council).toMatchObject({ laneId: fx.spaces.plenary.id, startMinute: 600, endMinute: 660, conflictCount: 1, hardConflict: true });
    expect(byTitle.Walk).toMatchObject({ laneId: NO_SPACE_LANE, startMinute: 900, conflictCount: 0 });
    expect(byTitle.Audience.conflictMessages[0]).toContain("Prime Minister of the Netherlands is in");
    expect((await getTimelineDay(db, fx.summit, "2025-06-25")).items).toEqual([]);
  });

  it("puts a session without a space of its own in its event's lane, and one with its own space in that", async () => {
    const anna = fx.planners.anna;
    const next = (hhmm: string) => new Date(at(hhmm).getTime() + 86_400_000);
    const forum = await createItem(db, anna, fx.input({ kind: "SIDE_EVENT", title: "Forum", spaceId: fx.spaces.salon.id, startsAt: next("09:00"), endsAt: next("12:00") }));
    await createItem(db, anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Opening", parentId: forum.id, spaceId: null, startsAt: next("09:00"), endsAt: next("09:30") }));
    await createItem(db, anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Breakout", parentId: forum.id, spaceId: fx.spaces.room.id, startsAt: next("10:00"), endsAt: next("11:00") }));
    const day = await getTimelineDay(db, fx.summit, "2025-06-25");
    const byTitle = Object.fromEntries(day.items.map((i) => [i.title, i]));
    expect(byTitle.Forum).toMatchObject({ laneId: fx.spaces.salon.id, sessionOf: null, inheritsSpace: false });
    expect(byTitle.Opening).toMatchObject({ laneId: fx.spaces.salon.id, sessionOf: "Forum", inheritsSpace: true });
    expect(byTitle.Breakout).toMatchObject({ laneId: fx.spaces.room.id, sessionOf: "Forum", inheritsSpace: false });
    // Nobody is without a place, so there is no "No space" lane; the event's venue leads.
    expect(day.lanes.some((l) => l.id === NO_SPACE_LANE)).toBe(false);
    expect(day.lanes[0].venueName).toBe("Huis ten Bosch");
  });
});

describe("getItemHistory", () => {
  it("lists who changed what, newest first, with old and new values in words", async () => {
    const item = await createItem(db, fx.planners.anna, fx.input({ title: "Press statement", startsAt: at("17:00"), endsAt: at("17:15") }));
    await updateItem(db, fx.planners.ben, { ...fx.input({ title: "Press statement", startsAt: at("17:00"), endsAt: at("17:15"), status: "CONFIRMED", memberIds: [fx.members.pm.id] }), id: item.id, version: 1 });
    await moveItem(db, fx.planners.anna, { summitId: fx.summit.id, id: item.id, version: 2, startsAt: at("18:00"), endsAt: at("18:15"), spaceId: fx.spaces.salon.id });
    const history = await getItemHistory(db, fx.summit, item.id);
    expect(history.map((e) => [e.action, e.actorName])).toEqual([["move", "Anna Planner"], ["update", "Ben Planner"], ["create", "Anna Planner"]]);
    expect(history[0].changes).toEqual([
      { field: "Start", before: "Tue 24 Jun 2025 17:00", after: "Tue 24 Jun 2025 18:00" },
      { field: "End", before: "Tue 24 Jun 2025 17:15", after: "Tue 24 Jun 2025 18:15" },
      { field: "Space", before: "World Forum · Plenary Hall", after: "Huis ten Bosch · Orange Salon" },
    ]);
    expect(history[1].changes).toEqual([
      { field: "Status", before: "Draft", after: "Confirmed" },
      { field: "Members", before: "None", after: "Prime Minister of the Netherlands" },
    ]);
    expect(history[2].changes.map((c) => c.field)).toContain("Title");
    expect(await getItemHistory(db, { id: fx.other.summit.id, timeZone: "Europe/Amsterdam" }, item.id)).toEqual([]);
  });
});

describe("getEditableItem", () => {
  it.each([
    ["an ordinary item", at("09:15"), at("10:45"), { startTime: "09:15", endTime: "10:45", endsNextDay: false }],
    ["an item ending at midnight", at("21:00"), at("00:00", "2025-06-25"), { startTime: "21:00", endTime: "24:00", endsNextDay: false }],
    ["a dinner running past midnight", at("21:00"), at("00:30", "2025-06-25"), { startTime: "21:00", endTime: "00:30", endsNextDay: true }],
  ])("shows %s as wall-clock fields that the form turns back into the same instants", async (_label, startsAt, endsAt, fields) => {
    const { id } = await createItem(db, fx.planners.anna, fx.input({ title: "Round trip", spaceId: null, startsAt, endsAt, memberIds: [fx.members.fm.id] }));
    const editable = (await getEditableItem(db, fx.summit, id))!;
    expect(editable.values).toMatchObject({ ...fields, day: DAY, version: 1, memberIds: [fx.members.fm.id], spaceId: "" });
    const parsed = itemFormSchema(fx.summit.timeZone).parse(editable.values);
    expect([parsed.startsAt, parsed.endsAt]).toEqual([startsAt, endsAt]);
    expect(await getEditableItem(db, { id: fx.other.summit.id, timeZone: "Europe/Amsterdam" }, id)).toBeNull();
  });
});
