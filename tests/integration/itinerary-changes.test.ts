// Changes since last acknowledged, driven by the programme's real mutations (which write the
// audit entries), for Ukraine's liaison, Belgium's liaison and the planner's overview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { acknowledgeChanges } from "@/lib/itinerary/mutations";
import { cancelItem, createItem, moveItem, updateItem } from "@/lib/programme/mutations";
import { itemInputSchema, updateItemSchema } from "@/lib/programme/schema";
import { parseInput } from "@/lib/validation";
import { resetDatabase, testDb } from "./helpers";
import { at, buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
});
afterAll(() => db.$disconnect());

const version = async (id: string) => (await db.programmeItem.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("changes since last acknowledged", () => {
  it("starts empty and unacknowledged", async () => {
    const changes = await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id);
    expect(changes).toEqual({ lastAcknowledged: null, changes: [] });
    expect(await listPendingAcknowledgements(db, fx.actors.planner)).toEqual([]);
  });

  it("shows a move (old → new time and place), a cancellation and an addition, with who and when", async () => {
    const { planner } = fx.actors;
    await moveItem(db, planner, { summitId: fx.summit.id, id: fx.items.royalDinner.id, version: await version(fx.items.royalDinner.id), startsAt: at(24, "20:00"), endsAt: at(24, "23:00"), spaceId: fx.spaces.dining.id });
    await cancelItem(db, planner, { summitId: fx.summit.id, id: fx.items.uaBilateral.id, version: await version(fx.items.uaBilateral.id) });
    await createItem(db, planner, parseInput(itemInputSchema, {
      summitId: fx.summit.id, kind: "PRESS_MOMENT", title: "Joint press statement", status: "CONFIRMED", visibility: "PARTICIPANTS",
      startsAt: at(25, "11:00"), endsAt: at(25, "11:20"), spaceId: fx.spaces.roomA.id, delegationIds: [], memberIds: [fx.members.uaHead.id],
    }));
    // Belgium's restricted item moves too: Ukraine's liaison must not hear of it.
    await moveItem(db, planner, { summitId: fx.summit.id, id: fx.items.beRestricted.id, version: await version(fx.items.beRestricted.id), startsAt: at(24, "14:00"), endsAt: at(24, "14:45"), spaceId: fx.spaces.roomA.id });

    const { changes } = await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id);
    expect(changes.map((c) => [c.type, c.title])).toEqual([
      ["moved", "Royal dinner"],
      ["cancelled", "Bilateral: Türkiye – Ukraine"],
      ["added", "Joint press statement"],
    ]);
    const moved = changes[0];
    expect(moved.actorName).toBe("Fixture planner");
    expect(moved.before).toMatchObject({ startsAt: at(24, "19:30"), endsAt: at(24, "22:30"), spaceName: "Dining Room", venueName: "Palace" });
    expect(moved.after).toMatchObject({ startsAt: at(24, "20:00"), endsAt: at(24, "23:00"), spaceName: "Dining Room" });
    expect(JSON.stringify(changes)).not.toMatch(/Belgi/);
  });

  it("keeps draft-only edits from liaisons, and shows a draft as added when it is published", async () => {
    const { id } = await createItem(db, fx.actors.planner, parseInput(itemInputSchema, {
      summitId: fx.summit.id, kind: "PRESS_MOMENT", title: "Doorstep", status: "DRAFT", visibility: "PARTICIPANTS",
      startsAt: at(25, "11:30"), endsAt: at(25, "11:40"), spaceId: null, delegationIds: [fx.delegations.ua.id], memberIds: [],
    }));
    const titlesNow = async () => (await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id)).changes.map((c) => c.title);
    expect(await titlesNow()).not.toContain("Doorstep");
    expect((await getChangesSinceAck(db, fx.actors.planner, fx.delegations.ua.id)).changes.map((c) => c.title)).toContain("Doorstep");
    await updateItem(db, fx.actors.planner, parseInput(updateItemSchema, {
      id, version: 1, summitId: fx.summit.id, kind: "PRESS_MOMENT", title: "Doorstep", status: "CONFIRMED", visibility: "PARTICIPANTS",
      startsAt: at(25, "11:30"), endsAt: at(25, "11:40"), spaceId: null, delegationIds: [fx.delegations.ua.id], memberIds: [],
    }));
    const changes = (await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id)).changes;
    expect(changes.filter((c) => c.title === "Doorstep").map((c) => c.type)).toEqual(["added"]);
  });

  it("tells the planner which delegations have not acknowledged", async () => {
    const pending = await listPendingAcknowledgements(db, fx.actors.planner);
    expect(pending.map((p) => [p.delegation.code, p.count])).toEqual([["BE", 2], ["TR", 2], ["UA", 4]]);
    expect(await listPendingAcknowledgements(db, fx.actors.liaisonUA)).toEqual([]);
  });

  it("clears on acknowledgement; a later change shows again", async () => {
    const before = await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id);
    const newest = before.changes[before.changes.length - 1].at;
    await acknowledgeChanges(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id, seenUpTo: newest.toISOString() });
    const after = await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id);
    expect(after.changes).toEqual([]);
    expect(after.lastAcknowledged).toEqual({ at: newest, by: "Fixture liaison-ua" });
    expect((await listPendingAcknowledgements(db, fx.actors.planner)).map((p) => p.delegation.code)).toEqual(["BE", "TR"]);

    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: fx.items.ministersDinner.id, version: await version(fx.items.ministersDinner.id), startsAt: at(24, "19:45"), endsAt: at(24, "22:15"), spaceId: fx.spaces.plenary.id });
    expect((await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id)).changes.map((c) => [c.type, c.title])).toEqual([
      ["moved", "Foreign ministers' working dinner"],
    ]);
  });

  it("does not let one liaison read or acknowledge another delegation's changes", async () => {
    await expect(getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.be.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeChanges(db, fx.actors.liaisonUA, { delegationId: fx.delegations.be.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.acknowledgement.count({ where: { delegationId: fx.delegations.be.id } })).toBe(0);
  });

  it("Belgium's liaison sees its own restricted item move", async () => {
    const { changes } = await getChangesSinceAck(db, fx.actors.liaisonBE, fx.delegations.be.id);
    expect(changes.map((c) => [c.type, c.title])).toEqual([
      ["moved", "Royal dinner"],
      ["moved", "Belgian restricted briefing"],
      ["moved", "Foreign ministers' working dinner"],
    ]);
  });
});
