// Security regressions: what a liaison may learn from the change log of an item that was once
// hidden from them, who may acknowledge a delegation's changes, and which venues a programme
// export may name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { acknowledgeChanges } from "@/lib/itinerary/mutations";
import { getProgramme } from "@/lib/itinerary/programme";
import { acknowledgeSchema } from "@/lib/itinerary/schema";
import { createItem, updateItem } from "@/lib/programme/mutations";
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

describe("changes recorded while an item was hidden", () => {
  it("shows Ukraine's liaison a staff-only item only from the moment it was opened to Ukraine", async () => {
    const { planner } = fx.actors;
    const base = {
      summitId: fx.summit.id, kind: "SIDE_EVENT" as const, status: "CONFIRMED" as const, delegationIds: [] as string[], memberIds: [] as string[],
    };
    const { id } = await createItem(db, planner, parseInput(itemInputSchema, {
      ...base, title: "SECRET threat briefing", visibility: "STAFF", startsAt: at(25, "07:00"), endsAt: at(25, "07:30"), spaceId: fx.spaces.dining.id,
    }));
    await updateItem(db, planner, parseInput(updateItemSchema, {
      ...base, id, version: 1, title: "Security briefing", visibility: "PARTICIPANTS", delegationIds: [fx.delegations.ua.id],
      startsAt: at(25, "07:15"), endsAt: at(25, "07:45"), spaceId: fx.spaces.roomA.id,
    }));

    const { changes } = await getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id);
    expect(changes.map((c) => [c.type, c.title])).toEqual([["added", "Security briefing"]]);
    expect(changes[0].before).toBeNull();
    expect(changes[0].after).toMatchObject({ startsAt: at(25, "07:15"), spaceName: "Room A", venueName: "World Forum" });
    expect(JSON.stringify(changes)).not.toMatch(/SECRET|Dining|Palace/);

    // The planner reads the same net change: created since Ukraine last acknowledged, so new to it.
    const planners = (await getChangesSinceAck(db, planner, fx.delegations.ua.id)).changes;
    expect(planners.map((c) => [c.type, c.title])).toEqual([["added", "Security briefing"]]);
    expect(planners[0].after).toMatchObject({ spaceName: "Room A", venueName: "World Forum" });
    expect((await listPendingAcknowledgements(db, planner)).map((p) => [p.delegation.code, p.count])).toEqual([["UA", 1]]);
  });
});

describe("acknowledging", () => {
  it("is for the delegation's own liaison: a planner gets NotFoundError and writes nothing", async () => {
    await expect(acknowledgeChanges(db, fx.actors.planner, { delegationId: fx.delegations.ua.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.acknowledgement.count()).toBe(0);
    await acknowledgeChanges(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });
    expect(await db.acknowledgement.count({ where: { delegationId: fx.delegations.ua.id } })).toBe(1);
  });

  it("bounds the delegation id", () => {
    expect(acknowledgeSchema.safeParse({ delegationId: "x".repeat(64) }).success).toBe(true);
    expect(acknowledgeSchema.safeParse({ delegationId: "x".repeat(65) }).success).toBe(false);
  });
});

describe("programme export by venue", () => {
  it("does not name a venue whose items the reader cannot see", async () => {
    // The Palace holds only the royal dinner (all delegations): not public.
    await expect(getProgramme(db, fx.actors.viewer, { venueId: fx.venues.palace.id })).rejects.toBeInstanceOf(NotFoundError);
    // No items at all at the hotel, even for staff.
    await expect(getProgramme(db, fx.actors.planner, { venueId: fx.venues.hotel.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getProgramme(db, fx.actors.liaisonUA, { venueId: fx.venues.palace.id })).venue?.name).toBe("Palace");
    expect((await getProgramme(db, fx.actors.viewer, { venueId: fx.venues.forum.id })).venue?.name).toBe("World Forum");
  });
});
