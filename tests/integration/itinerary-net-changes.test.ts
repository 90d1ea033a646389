// Changes as net effect: what is different now from what the liaison last acknowledged, one entry
// per item, named for what happened (reinstated, confirmed, moved, cancelled, added, removed),
// driven by the programme's real mutations. Also in one person's view, and from the attacker's
// side: a liaison's list never names an item they cannot see.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { acknowledgeChanges } from "@/lib/itinerary/mutations";
import { cancelItem, moveItem, updateItem } from "@/lib/programme/mutations";
import { parseInput } from "@/lib/validation";
import { updateItemSchema, type ItemValues } from "@/lib/programme/schema";
import { resetDatabase, testDb } from "./helpers";
import { at, BELGIAN_SECRETS, buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
});
afterAll(() => db.$disconnect());

const current = (id: string) =>
  db.programmeItem.findUniqueOrThrow({ where: { id }, include: { participations: { select: { delegationId: true, memberId: true } } } });

/** Save an item as it is now with `patch` applied, through the planner's real update. */
async function edit(id: string, patch: Partial<ItemValues>) {
  const item = await current(id);
  await updateItem(db, fx.actors.planner, parseInput(updateItemSchema, {
    id, version: item.version, summitId: item.summitId, kind: item.kind as ItemValues["kind"], title: item.title, status: item.status, visibility: item.visibility,
    startsAt: item.startsAt, endsAt: item.endsAt, spaceId: item.spaceId, description: item.description, dressCode: item.dressCode, staffNotes: item.staffNotes,
    organiser: item.organiser, parentId: item.parentId,
    delegationIds: item.participations.filter((p) => p.memberId === null).map((p) => p.delegationId),
    memberIds: item.participations.flatMap((p) => (p.memberId ? [p.memberId] : [])),
    overrideReason: "Test: conflicts accepted",
    ...patch,
  }));
}

async function move(id: string, startsAt: Date, endsAt: Date) {
  const item = await current(id);
  await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id, version: item.version, startsAt, endsAt, spaceId: item.spaceId, overrideReason: "Test: conflicts accepted" });
}

const changesOf = async (actor: Actor, delegationId: string) => (await getChangesSinceAck(db, actor, delegationId)).changes;
const ua = () => changesOf(fx.actors.liaisonUA, fx.delegations.ua.id);

/** Acknowledge all that the liaison sees now. */
async function acknowledge(actor: Actor, delegationId: string) {
  const changes = await changesOf(actor, delegationId);
  const newest = changes[changes.length - 1];
  await acknowledgeChanges(db, actor, { delegationId, seenUpTo: newest?.at.toISOString() });
}

describe("net effect for Ukraine's liaison", () => {
  beforeEach(async () => {
    await acknowledge(fx.actors.liaisonUA, fx.delegations.ua.id);
    await acknowledge(fx.actors.liaisonBE, fx.delegations.be.id);
  });

  it("a move and a move back show nothing (nor in the planner's overview)", async () => {
    const dinner = fx.items.royalDinner;
    await move(dinner.id, at(24, "20:00"), at(24, "23:00"));
    await move(dinner.id, at(24, "20:30"), at(24, "23:30"));
    expect((await ua()).map((c) => [c.type, c.title])).toEqual([["moved", "Royal dinner"]]);
    await move(dinner.id, dinner.startsAt, dinner.endsAt);
    expect(await ua()).toEqual([]);
    expect(await changesOf(fx.actors.liaisonBE, fx.delegations.be.id)).toEqual([]);
    expect((await listPendingAcknowledgements(db, fx.actors.planner)).map((p) => p.delegation.code)).not.toContain("UA");
  });

  it("two moves read as one, from the acknowledged time to the new one", async () => {
    const dinner = fx.items.ministersDinner;
    await move(dinner.id, at(24, "20:00"), at(24, "22:30"));
    await move(dinner.id, at(24, "20:15"), at(24, "22:45"));
    const [change, ...rest] = await ua();
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ type: "moved", title: "Foreign ministers' working dinner", before: { startsAt: at(24, "19:30") }, after: { startsAt: at(24, "20:15") } });
  });

  it("cancel then reinstate shows nothing; reinstating what was acknowledged as cancelled reads 'reinstated'", async () => {
    const bilateral = fx.items.uaBilateral;
    await cancelItem(db, fx.actors.planner, { summitId: fx.summit.id, id: bilateral.id, version: (await current(bilateral.id)).version });
    expect((await ua()).map((c) => c.type)).toEqual(["cancelled"]);
    await edit(bilateral.id, { status: "CONFIRMED" });
    expect(await ua()).toEqual([]);

    await cancelItem(db, fx.actors.planner, { summitId: fx.summit.id, id: bilateral.id, version: (await current(bilateral.id)).version });
    await acknowledge(fx.actors.liaisonUA, fx.delegations.ua.id);
    await edit(bilateral.id, { status: "CONFIRMED" });
    expect((await ua()).map((c) => [c.type, c.title])).toEqual([["reinstated", "Bilateral: Türkiye – Ukraine"]]);
  });

  it("a draft confirmed reads 'confirmed', not 'added'", async () => {
    await edit(fx.items.draft.id, { title: "Doorstep, draft wording" });
    expect(await ua()).toEqual([]);
    await edit(fx.items.draft.id, { status: "CONFIRMED", title: "Doorstep" });
    const changes = await ua();
    expect(changes.map((c) => [c.type, c.title])).toEqual([["confirmed", "Doorstep"]]);
    expect(changes[0].before).toBeNull();
    expect(JSON.stringify(changes)).not.toContain("draft wording");
  });

  it("the per-person view shows the changes that concern that person", async () => {
    await move(fx.items.ministersDinner.id, at(24, "19:45"), at(24, "22:15"));
    await move(fx.items.uaBilateral.id, at(24, "17:15"), at(24, "18:00"));
    const { uaHead, uaFm } = fx.members;
    const person = (m: typeof uaHead, principal: boolean) =>
      getChangesSinceAck(db, fx.actors.liaisonUA, fx.delegations.ua.id, { id: m.id, function: m.function, principal });
    const fm = await person(uaFm, false);
    expect(fm.changes.map((c) => c.title)).toEqual(["Foreign ministers' working dinner"]);
    expect(fm.delegationCount).toBe(2);
    expect((await person(uaHead, true)).changes.map((c) => c.title)).toEqual(["Bilateral: Türkiye – Ukraine"]);
  });
});

describe("from the attacker's side: a liaison never hears of an item they cannot see", () => {
  beforeEach(async () => {
    await acknowledge(fx.actors.liaisonUA, fx.delegations.ua.id);
  });

  it("Belgium's restricted item moving, opened to Ukraine and closed again tells Ukraine nothing", async () => {
    const secret = fx.items.beRestricted;
    await move(secret.id, at(24, "11:15"), at(24, "12:00"));
    expect(await ua()).toEqual([]);
    await edit(secret.id, { delegationIds: [fx.delegations.ua.id] });
    await edit(secret.id, { delegationIds: [] });
    const changes = await ua();
    expect(changes).toEqual([]);
    for (const word of BELGIAN_SECRETS) expect(JSON.stringify(changes)).not.toContain(word);
  });

  it("a staff-only item renamed and moved stays out of the list", async () => {
    await edit(fx.items.staffOnly.id, { title: "SECRET staff plan" });
    await move(fx.items.staffOnly.id, at(25, "08:15"), at(25, "08:45"));
    expect(JSON.stringify(await ua())).not.toMatch(/SECRET|Staff security/);
  });

  it("an item Ukraine saw that is hidden now reads 'removed' as Ukraine last saw it, nothing of the hidden state", async () => {
    const item = fx.items.cancelled;
    await edit(item.id, { status: "CONFIRMED" });
    await acknowledge(fx.actors.liaisonUA, fx.delegations.ua.id);
    await edit(item.id, { visibility: "STAFF", title: "SECRET renamed call", startsAt: at(25, "10:30"), endsAt: at(25, "11:00") });
    const changes = await ua();
    expect(changes.map((c) => [c.type, c.title, c.after])).toEqual([["removed", "Cancelled Ukrainian call", null]]);
    expect(changes[0].before).toMatchObject({ startsAt: at(25, "10:00") });
    expect(JSON.stringify(changes)).not.toContain("SECRET");
  });

  it("the item as it is now decides, not its last audit entry: moved, then out of Ukraine's sight by a write the log does not show, it reads 'removed'", async () => {
    const bilateral = await current(fx.items.uaBilateral.id);
    await move(bilateral.id, at(24, "16:00"), at(24, "16:45"));
    expect((await ua()).map((c) => [c.type, c.title])).toEqual([["moved", "Bilateral: Türkiye – Ukraine"]]);
    const ukrainian = { itemId: bilateral.id, delegationId: fx.delegations.ua.id };
    const rows = await db.participation.findMany({ where: ukrainian });
    await db.participation.deleteMany({ where: ukrainian });
    try {
      expect((await ua()).map((c) => [c.type, c.title, c.after])).toEqual([["removed", "Bilateral: Türkiye – Ukraine", null]]);
    } finally {
      await db.participation.createMany({ data: rows });
      await move(bilateral.id, bilateral.startsAt, bilateral.endsAt);
    }
  });
});
