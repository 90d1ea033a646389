// Movements: planners create, edit and delete them (checked against the summit, audited, tasks
// kept inside their windows) and add the transfers proposed from a delegation's itinerary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { addProposedTransfers, createMovement, deleteMovement, updateMovement } from "@/lib/movements/mutations";
import { getMovement, listMovements, transferPlanningData } from "@/lib/movements/queries";
import { buildAgencyFixture, DAY, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { addProposedTransfersSchema, createMovementSchema, deleteMovementSchema, updateMovementSchema } from "@/lib/movements/schema";
import { inSummit } from "./inputs";

const db = testDb();
let fx: AgencyFixture;
const summitOf = () => ({ id: fx.summit.id, timeZone: fx.summit.timeZone });
const counts = async () => ({ movements: await db.movement.count(), audits: await db.auditEntry.count() });

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
});
afterAll(() => db.$disconnect());

const transfer = () => ({
  delegationId: fx.delegations.ua.id, kind: "TRANSFER" as const, fromVenueId: fx.venues.hotel.id, toVenueId: fx.venues.palace.id,
  startsAt: `${DAY}T18:30`, endsAt: `${DAY}T18:50`, partySize: 8, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT" as const,
  routeNote: "Via the Haagse Bos", roadClosureNeeded: true,
});

describe("reading movements", () => {
  it("a coordinator sees only the movements behind their tasks, without staff notes or other agencies' tasks", async () => {
    const police = await listMovements(db, fx.actors.police, summitOf(), { day: DAY });
    expect(police.map((m) => m.id)).toEqual([fx.movements.beTransfer.id]);
    expect(police[0].staffNotes).toBeNull();
    expect(police[0].tasks.map((t) => t.agency)).toEqual(["Police"]);
    await expect(getMovement(db, fx.actors.police, fx.summit.id, fx.movements.uaArrival.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMovements(db, fx.actors.unassigned, summitOf())).toEqual([]);
  });

  it("a planner sees all, with staff notes", async () => {
    const all = await listMovements(db, fx.actors.planner, summitOf());
    expect(all.map((m) => m.id)).toEqual([fx.movements.uaArrival.id, fx.movements.beTransfer.id]);
    expect(all[1].staffNotes).toBe("Motorcade order is staff only");
  });
});

describe("editing movements", () => {
  it("creates a transfer in summit time, audited; a coordinator cannot", async () => {
    const { id } = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, transfer()));
    const row = await db.movement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "TRANSFER", partySize: 8, roadClosureNeeded: true, summitId: fx.summit.id });
    expect(row.startsAt.toISOString()).toBe("2025-06-24T16:30:00.000Z");
    expect(await db.auditEntry.count({ where: { entity: "Movement", entityId: id, action: "create" } })).toBe(1);
    const start = await counts();
    await expect(createMovement(db, fx.actors.police, inSummit(createMovementSchema, fx.summit.id, transfer()))).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(start);
  });

  it.each([
    ["a delegation of another summit", () => ({ delegationId: "no-such-delegation" }), "delegationId"],
    ["a place of another summit", () => ({ toVenueId: fx.other.venue.id }), "toVenueId"],
  ])("refuses %s, writing nothing", async (_, change, field) => {
    const start = await counts();
    const error = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), ...change() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toHaveProperty(field);
    expect(await counts()).toEqual(start);
  });

  it("refuses a transfer without a destination and an arrival without an airport", async () => {
    await expect(async () => createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), toVenueId: null }))).rejects.toThrow(/Choose where the transfer goes/);
    await expect(async () => createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), kind: "ARRIVAL", toVenueId: "" }))).rejects.toThrow(/airport of arrival/);
  });

  it("moving a movement away from its agency tasks is refused; a small move is saved and audited", async () => {
    const m = await db.movement.findUniqueOrThrow({ where: { id: fx.movements.beTransfer.id } });
    const fields = { ...transfer(), delegationId: fx.delegations.be.id, fromVenueId: fx.venues.forum.id, id: m.id, version: m.version };
    const start = await counts();
    await expect(updateMovement(db, fx.actors.planner, inSummit(updateMovementSchema, fx.summit.id, { ...fields, startsAt: "2025-06-25T09:00", endsAt: "2025-06-25T09:20" }))).rejects.toThrow(
      /1 agency task would fall outside the new time/,
    );
    expect(await db.movement.findUniqueOrThrow({ where: { id: m.id } })).toEqual(m);
    expect(await counts()).toEqual(start);
    await updateMovement(db, fx.actors.planner, inSummit(updateMovementSchema, fx.summit.id, { ...fields, startsAt: `${DAY}T18:45`, endsAt: `${DAY}T18:55` }));
    expect(await db.movement.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ version: m.version + 1, partySize: 8 });
    expect(await db.auditEntry.count({ where: { entity: "Movement", entityId: m.id, action: "update" } })).toBe(1);
  });

  it("a movement with agency tasks cannot be deleted; one without can, audited", async () => {
    const covered = await db.movement.findUniqueOrThrow({ where: { id: fx.movements.uaArrival.id } });
    await expect(deleteMovement(db, fx.actors.planner, inSummit(deleteMovementSchema, fx.summit.id, { id: covered.id, version: covered.version }))).rejects.toThrow(/Remove its 1 agency task first/);
    const { id } = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), startsAt: `${DAY}T23:00`, endsAt: `${DAY}T23:20` }));
    await deleteMovement(db, fx.actors.planner, inSummit(deleteMovementSchema, fx.summit.id, { id, version: 1 }));
    expect(await db.movement.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditEntry.count({ where: { entity: "Movement", entityId: id, action: "delete" } })).toBe(1);
  });
});

describe("proposed transfers", () => {
  it("proposes hotel → forum meeting → palace dinner → hotel for Belgium, leaving out the transfer already planned", async () => {
    const plan = await transferPlanningData(db, summitOf(), fx.delegations.be.id);
    const names = new Map(Object.values(fx.venues).map((v) => [v.id, v.name]));
    expect(plan.proposals.map((p) => `${names.get(p.fromVenueId)}>${names.get(p.toVenueId)} ${p.startsAt.toISOString().slice(11, 16)}`)).toEqual([
      "Hotel>Forum 13:45",
      "Palace>Hotel 20:00",
    ]);
    expect(plan.principalLevel).toBe("HEAD_OF_STATE_OR_GOVERNMENT");
  });

  it("adds them as transfers, audited; asking again adds nothing", async () => {
    const { ids } = await addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.be.id }));
    expect(ids).toHaveLength(2);
    const rows = await db.movement.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.kind === "TRANSFER" && r.roadClosureNeeded && r.delegationId === fx.delegations.be.id)).toBe(true);
    expect(await db.auditEntry.count({ where: { entity: "Movement", entityId: { in: ids }, action: "create" } })).toBe(2);
    expect((await addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.be.id }))).ids).toEqual([]);
  });

  it("a delegation of another summit is NotFoundError; a coordinator cannot add transfers", async () => {
    await expect(addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: "nope" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(addProposedTransfers(db, fx.actors.police, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.ua.id }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("movements and where the principal is", () => {
  it("refuses a transfer between places with no travel time, naming the pair, writing nothing", async () => {
    const start = await counts();
    const attempt = createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), fromVenueId: fx.venues.airport.id, toVenueId: fx.venues.palace.id }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { toVenueId: "No travel time between Airport and Palace is recorded. Add it under Venues (travel times), then save again." } });
    expect(await counts()).toEqual(start);
  });

  it("refuses a motorcade through the principal's confirmed meeting, and saves it with a reason, audited", async () => {
    // Belgium's prime minister is in the forum meeting 16:00–17:00.
    const during = { ...transfer(), delegationId: fx.delegations.be.id, fromVenueId: fx.venues.hotel.id, toVenueId: fx.venues.forum.id, startsAt: `${DAY}T16:30`, endsAt: `${DAY}T16:45` };
    const start = await counts();
    await expect(createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, during))).rejects.toMatchObject({ constraint: "HARD_CONFLICT", message: expect.stringContaining("Prime Minister of Belgium is in") });
    expect(await counts()).toEqual(start);
    const { id } = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...during, overrideReason: "The PM leaves the meeting early." }));
    const override = await db.conflictOverride.findFirstOrThrow({ where: { conflictId: { contains: id } } });
    expect(override).toMatchObject({ reason: "The PM leaves the meeting early.", createdById: fx.actors.planner.userId });
    await db.movement.delete({ where: { id } });
  });

  it("refuses a transfer linked to the same item at both ends, and one linked to another summit's item", async () => {
    const same = { ...transfer(), fromItemId: fx.items.dinner.id, toItemId: fx.items.dinner.id };
    await expect(async () => createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, same))).rejects.toThrow(/cannot leave from and go to the same item/);
    const foreign = await db.programmeItem.findFirstOrThrow({ where: { summitId: { not: fx.summit.id } } }).catch(() => null);
    if (foreign) {
      await expect(createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), toItemId: foreign.id }))).rejects.toMatchObject({ fieldErrors: { toItemId: "Choose an item of this summit." } });
    }
    await expect(createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), toItemId: "no-such-item" }))).rejects.toMatchObject({ fieldErrors: { toItemId: "Choose an item of this summit." } });
    const unknown = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), toItemId: "no-such-item" })).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: "unknownItem" });
    expect((unknown as ValidationError).saidIn("nl")).toEqual({ message: "Onbekend onderdeel.", fieldErrors: { toItemId: "Kies een onderdeel van deze top." } });
  });

  it("refuses to link a transfer to an item its delegation does not take part in, or to a cancelled one", async () => {
    // The forum meeting is Belgium's; Ukraine's car cannot serve it (it would be dragged by Belgium's plans).
    await expect(createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), toItemId: fx.items.meeting.id })))
      .rejects.toMatchObject({ fieldErrors: { toItemId: "The delegation does not take part in that item." } });
  });

  it("keeps a transfer's links when a form that does not show them saves it", async () => {
    const { id } = await createMovement(db, fx.actors.planner, inSummit(createMovementSchema, fx.summit.id, { ...transfer(), startsAt: `${DAY}T17:30`, endsAt: `${DAY}T17:50`, toItemId: fx.items.dinner.id }));
    await updateMovement(db, fx.actors.planner, inSummit(updateMovementSchema, fx.summit.id, { ...transfer(), id, version: 1, partySize: 9, startsAt: `${DAY}T17:30`, endsAt: `${DAY}T17:50` }));
    expect(await db.movement.findUniqueOrThrow({ where: { id } })).toMatchObject({ partySize: 9, toItemId: fx.items.dinner.id });
    await db.movement.delete({ where: { id } });
  });

  it("refuses to add proposed transfers that leave the principal in a hard conflict, unless a reason is given", async () => {
    // A confirmed call for Belgium's prime minister at the hotel during the palace dinner: the
    // proposed transfer to it can only leave as the dinner ends, after the call has started.
    const pm = await db.member.findFirstOrThrow({ where: { delegationId: fx.delegations.be.id, precedence: 1 } });
    const space = await db.space.findFirstOrThrow({ where: { venue: { id: fx.venues.hotel.id } } }).catch(async () =>
      db.space.create({ data: { venueId: fx.venues.hotel.id, name: "Suite", capacity: 10 } }));
    const call = await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "BILATERAL", title: "Call at the hotel", status: "CONFIRMED", visibility: "STAFF",
        startsAt: new Date(`${DAY}T18:05:00Z`), endsAt: new Date(`${DAY}T18:15:00Z`), spaceId: space.id,
        participations: { create: [{ delegationId: fx.delegations.be.id, memberId: pm.id }] },
      },
    });
    const planned = await db.movement.findMany({ where: { delegationId: fx.delegations.be.id, kind: "TRANSFER" }, select: { id: true } });
    await db.movement.deleteMany({ where: { id: { in: planned.map((m) => m.id) }, tasks: { none: {} } } });
    try {
      const start = await counts();
      await expect(addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.be.id }))).rejects.toMatchObject({
        constraint: "HARD_CONFLICT", message: expect.stringContaining("Call at the hotel"),
      });
      expect(await counts()).toEqual(start);
      const { ids } = await addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.be.id, overrideReason: "The call is taken in the car." }));
      expect(ids.length).toBeGreaterThan(0);
      expect(await db.conflictOverride.count({ where: { reason: "The call is taken in the car." } })).toBeGreaterThan(0);
      await db.movement.deleteMany({ where: { id: { in: ids } } });
    } finally {
      await db.programmeItem.delete({ where: { id: call.id } });
    }
  });

  it("proposes Ukraine's first hop from the airport once it has landed, linked to the dinner it serves", async () => {
    await db.travelTime.create({ data: { summitId: fx.summit.id, fromVenueId: fx.venues.airport.id, toVenueId: fx.venues.palace.id, minutes: 30 } });
    const plan = await transferPlanningData(db, summitOf(), fx.delegations.ua.id);
    const first = plan.proposals[0];
    expect(first).toMatchObject({ fromVenueId: fx.venues.airport.id, toVenueId: fx.venues.palace.id, fromItemId: null, toItemId: fx.items.dinner.id });
    // Ukraine lands 09:00 and is through the airport at 09:30: nothing leaves before that.
    expect(plan.proposals.every((p) => p.startsAt.getTime() >= new Date(`${DAY}T07:30:00Z`).getTime())).toBe(true);
    const { ids } = await addProposedTransfers(db, fx.actors.planner, inSummit(addProposedTransfersSchema, summitOf().id, { delegationId: fx.delegations.ua.id }));
    const rows = await db.movement.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => [r.fromItemId, r.toItemId])).toEqual(plan.proposals.map((p) => [p.fromItemId, p.toItemId]));
    await db.movement.deleteMany({ where: { id: { in: ids } } });
  });
});
