// What hangs off a programme item follows it: agency tasks shift with a moved item (keeping their
// offset to its start), and a confirmed bilateral's request keeps the item's slot and is
// cancelled with it. A refused write moves nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConstraintError, StaleVersionError, ValidationError } from "@/lib/errors";
import { cancelItem, createItem, moveItem, updateItem } from "@/lib/programme/mutations";
import { at, buildEditingFixture, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;
let agencyId: string;
const NEXT = "2025-06-25";

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
  agencyId = (await db.agency.create({ data: { summitId: fx.summit.id, name: "Police", shortName: "POL" } })).id;
});
beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.bilateralRequest.deleteMany();
  await db.programmeItem.deleteMany({ where: { summitId: fx.summit.id } });
});
afterAll(() => db.$disconnect());

async function itemWithTask(overrides: Parameters<EditingFixture["input"]>[0] = {}) {
  const item = await createItem(db, fx.planners.anna, fx.input({ title: "Council", ...overrides }));
  const task = await db.agencyTask.create({
    data: { agencyId, itemId: item.id, type: "ESCORT", startsAt: at("08:00"), endsAt: at("12:00") },
  });
  return { item, task };
}

const taskRow = (id: string) => db.agencyTask.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true, version: true } });

describe("agency tasks follow a moved item", () => {
  it("a move by one day shifts the task by one day and audits the shift", async () => {
    const { item, task } = await itemWithTask();
    await moveItem(db, fx.planners.ben, { summitId: fx.summit.id, id: item.id, version: 1, startsAt: at("10:00", NEXT), endsAt: at("11:00", NEXT), spaceId: fx.spaces.plenary.id });
    expect(await taskRow(task.id)).toEqual({ startsAt: at("08:00", NEXT), endsAt: at("12:00", NEXT), version: 2 });
    const entries = await db.auditEntry.findMany({ where: { entity: "AgencyTask", entityId: task.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "shift", actorName: "Ben Planner", summitId: fx.summit.id });
    expect(entries[0].before).toMatchObject({ startsAt: at("08:00").toISOString(), endsAt: at("12:00").toISOString() });
    expect(entries[0].after).toMatchObject({ startsAt: at("08:00", NEXT).toISOString(), endsAt: at("12:00", NEXT).toISOString() });
  });

  it("an update that changes the start shifts the task; one that keeps it leaves the task alone", async () => {
    const { item, task } = await itemWithTask();
    const renamed = await updateItem(db, fx.planners.anna, { ...fx.input({ title: "Renamed" }), id: item.id, version: 1 });
    expect(await taskRow(task.id)).toEqual({ startsAt: at("08:00"), endsAt: at("12:00"), version: 1 });
    await updateItem(db, fx.planners.anna, { ...fx.input({ startsAt: at("13:30"), endsAt: at("14:30") }), id: item.id, version: renamed.version });
    expect(await taskRow(task.id)).toEqual({ startsAt: at("11:30"), endsAt: at("15:30"), version: 2 });
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask", action: "shift" } })).toBe(1);
  });

  it("refuses an edit that would leave a shifted task outside its window, changing nothing", async () => {
    const { item, task } = await itemWithTask({ startsAt: at("10:00"), endsAt: at("16:00") });
    await db.agencyTask.update({ where: { id: task.id }, data: { startsAt: at("15:00"), endsAt: at("21:00") } });
    const attempt = updateItem(db, fx.planners.anna, { ...fx.input({ startsAt: at("10:00"), endsAt: at("11:00") }), id: item.id, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { startsAt: expect.stringMatching(/agency task/) } });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).endsAt).toEqual(at("16:00"));
  });

  it("a stale move shifts nothing", async () => {
    const { item, task } = await itemWithTask();
    await updateItem(db, fx.planners.anna, { ...fx.input({ title: "Renamed" }), id: item.id, version: 1 });
    await expect(moveItem(db, fx.planners.ben, { summitId: fx.summit.id, id: item.id, version: 1, startsAt: at("10:00", NEXT), endsAt: at("11:00", NEXT), spaceId: null }))
      .rejects.toBeInstanceOf(StaleVersionError);
    expect(await taskRow(task.id)).toEqual({ startsAt: at("08:00"), endsAt: at("12:00"), version: 1 });
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask" } })).toBe(0);
  });

  it("a move refused for a taken space shifts nothing", async () => {
    await createItem(db, fx.planners.anna, fx.input({ title: "Dinner", status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("10:00", NEXT), endsAt: at("12:00", NEXT) }));
    const { item, task } = await itemWithTask({ status: "CONFIRMED" });
    await expect(moveItem(db, fx.planners.ben, { summitId: fx.summit.id, id: item.id, version: 1, startsAt: at("10:00", NEXT), endsAt: at("11:00", NEXT), spaceId: fx.spaces.salon.id }))
      .rejects.toBeInstanceOf(ConstraintError);
    expect(await taskRow(task.id)).toEqual({ startsAt: at("08:00"), endsAt: at("12:00"), version: 1 });
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask" } })).toBe(0);
  });
});

describe("a confirmed bilateral's request follows its item", () => {
  async function confirmedBilateral() {
    const item = await createItem(db, fx.planners.anna, fx.input({
      kind: "BILATERAL", title: "Bilateral: Netherlands – Belgium", status: "CONFIRMED", spaceId: fx.spaces.room.id,
      memberIds: [fx.members.pm.id, fx.members.bePm.id],
    }));
    const request = await db.bilateralRequest.create({
      data: {
        summitId: fx.summit.id, requesterDelegationId: fx.delegations.nl.id, level: "PRINCIPAL", durationMinutes: 60, status: "CONFIRMED",
        proposedStartsAt: at("10:00"), proposedEndsAt: at("11:00"), proposedSpaceId: fx.spaces.room.id, itemId: item.id,
        parties: { create: [{ delegationId: fx.delegations.nl.id, response: "ACCEPTED" }, { delegationId: fx.delegations.be.id, response: "ACCEPTED" }] },
      },
    });
    return { item, request };
  }
  const requestRow = (id: string) => db.bilateralRequest.findUniqueOrThrow({
    where: { id }, select: { status: true, version: true, proposedStartsAt: true, proposedEndsAt: true, proposedSpaceId: true },
  });

  it("a move keeps the request's slot in step, with a new version and an audit entry", async () => {
    const { item, request } = await confirmedBilateral();
    await moveItem(db, fx.planners.ben, { summitId: fx.summit.id, id: item.id, version: 1, startsAt: at("14:00"), endsAt: at("15:00"), spaceId: fx.spaces.salon.id });
    expect(await requestRow(request.id)).toEqual({
      status: "CONFIRMED", version: 2, proposedStartsAt: at("14:00"), proposedEndsAt: at("15:00"), proposedSpaceId: fx.spaces.salon.id,
    });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "BilateralRequest", entityId: request.id } });
    expect(entry).toMatchObject({ actorName: "Ben Planner", summitId: fx.summit.id });
    expect(entry.after).toMatchObject({ status: "CONFIRMED", startsAt: at("14:00").toISOString(), spaceName: "Orange Salon" });
  });

  it("an update of the times keeps the request's slot in step", async () => {
    const { item, request } = await confirmedBilateral();
    await updateItem(db, fx.planners.anna, {
      ...fx.input({ kind: "BILATERAL", title: "Bilateral: Netherlands – Belgium", status: "CONFIRMED", spaceId: fx.spaces.room.id, startsAt: at("16:00"), endsAt: at("16:45"), memberIds: [fx.members.pm.id, fx.members.bePm.id] }),
      id: item.id, version: 1,
    });
    expect(await requestRow(request.id)).toMatchObject({ version: 2, proposedStartsAt: at("16:00"), proposedEndsAt: at("16:45"), proposedSpaceId: fx.spaces.room.id });
  });

  it("cancelling the item cancels the request", async () => {
    const { item, request } = await confirmedBilateral();
    await cancelItem(db, fx.planners.anna, { summitId: fx.summit.id, id: item.id, version: 1 });
    expect(await requestRow(request.id)).toMatchObject({ status: "CANCELLED", version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "BilateralRequest", entityId: request.id } });
    expect(entry).toMatchObject({ action: "cancel", before: { status: "CONFIRMED" }, after: { status: "CANCELLED" } });
  });

  it("an update to status CANCELLED cancels the request too", async () => {
    const { item, request } = await confirmedBilateral();
    await updateItem(db, fx.planners.anna, {
      ...fx.input({ kind: "BILATERAL", title: "Bilateral: Netherlands – Belgium", status: "CANCELLED", spaceId: fx.spaces.room.id }),
      id: item.id, version: 1,
    });
    expect(await requestRow(request.id)).toMatchObject({ status: "CANCELLED", version: 2 });
  });

  it("a stale move leaves the request alone", async () => {
    const { item, request } = await confirmedBilateral();
    await expect(moveItem(db, fx.planners.ben, { summitId: fx.summit.id, id: item.id, version: 7, startsAt: at("14:00"), endsAt: at("15:00"), spaceId: fx.spaces.salon.id }))
      .rejects.toBeInstanceOf(StaleVersionError);
    expect(await requestRow(request.id)).toMatchObject({ version: 1, proposedStartsAt: at("10:00") });
    expect(await db.auditEntry.count({ where: { entity: "BilateralRequest" } })).toBe(0);
  });
});
