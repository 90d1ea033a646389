// Agency tasks from the coordinator's side: own agency only, status and the agency's own note only, audited;
// and the planner's writes with the bad-input cases, each of which writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTask, deleteTask, updateTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { getTask, listTasks } from "@/lib/tasks/queries";
import { NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { buildAgencyFixture, DAY, policePerimeterInput, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { createTaskSchema, deleteTaskSchema, taskStatusSchema, updateTaskSchema } from "@/lib/tasks/schema";
import { inSummit } from "./inputs";

const db = testDb();
let fx: AgencyFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
});
afterAll(() => db.$disconnect());

const summitOf = () => ({ id: fx.summit.id, timeZone: fx.summit.timeZone });
const row = (id: string) => db.agencyTask.findUniqueOrThrow({ where: { id } });
const counts = async () => ({ tasks: await db.agencyTask.count(), audits: await db.auditEntry.count() });

async function expectError<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

describe("what a coordinator reads", () => {
  it("the police see their own tasks, not Schiphol's, and not the one on a draft item", async () => {
    const tasks = await listTasks(db, fx.actors.police, summitOf(), { day: DAY });
    expect(tasks.map((t) => t.id).sort()).toEqual([fx.tasks.escort.id, fx.tasks.perimeter.id].sort());
    expect((await listTasks(db, fx.actors.schiphol, summitOf())).map((t) => t.id)).toEqual([fx.tasks.handling.id]);
  });

  it("asking for another agency's tasks by filter still gives only their own", async () => {
    const tasks = await listTasks(db, fx.actors.police, summitOf(), { agencyId: fx.agencies.schiphol.id });
    expect(tasks.every((t) => t.agency.id === fx.agencies.police.id)).toBe(true);
  });

  it("they get time, place, party size and principal level of what is behind a task, never staff or bilateral notes", async () => {
    const tasks = await listTasks(db, fx.actors.police, summitOf(), { day: DAY });
    const perimeter = tasks.find((t) => t.id === fx.tasks.perimeter.id)!;
    expect(perimeter.staffNotes).toBeNull();
    // The dinner is for participants only: the police get it under the neutral title, without its kind.
    expect(perimeter.subject).toMatchObject({
      target: "ITEM", title: "Restricted event", restricted: true, kind: null, place: "Palace — Dining Room", partySize: 2, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
    });
    const escort = tasks.find((t) => t.id === fx.tasks.escort.id)!;
    expect(escort.subject).toMatchObject({ target: "MOVEMENT", delegation: "Belgium", from: "Forum", to: "Palace", partySize: 12, staffNotes: null });
    const text = JSON.stringify(tasks);
    for (const secret of ["Palace dinner", "Seating plan", "Police staff note", "Motorcade order", "Bilateral secret", "Schiphol"]) expect(text).not.toContain(secret);
  });

  it("a planner sees every task with staff notes, and can filter by agency", async () => {
    const all = await listTasks(db, fx.actors.planner, summitOf());
    expect(all).toHaveLength(4);
    expect(all.find((t) => t.id === fx.tasks.perimeter.id)?.staffNotes).toBe("Police staff note");
    const schiphol = await listTasks(db, fx.actors.planner, summitOf(), { agencyId: fx.agencies.schiphol.id });
    expect(schiphol.map((t) => t.id)).toEqual([fx.tasks.handling.id]);
  });

  it("another agency's task, by id, is NotFoundError", async () => {
    await expectError(getTask(db, fx.actors.police, fx.summit.id, fx.tasks.handling.id), NotFoundError);
    await expectError(getTask(db, fx.actors.schiphol, fx.summit.id, fx.tasks.escort.id), NotFoundError);
    expect((await getTask(db, fx.actors.police, fx.summit.id, fx.tasks.escort.id)).id).toBe(fx.tasks.escort.id);
  });

  it("a coordinator without an agency, and a liaison, see nothing", async () => {
    expect(await listTasks(db, fx.actors.unassigned, summitOf())).toEqual([]);
    expect(await listTasks(db, fx.actors.liaison, summitOf())).toEqual([]);
    await expectError(getTask(db, fx.actors.unassigned, fx.summit.id, fx.tasks.escort.id), NotFoundError);
  });
});

describe("status changes", () => {
  it("a coordinator marks their own task done: version bumped, one audit entry with before and after", async () => {
    const before = await row(fx.tasks.escort.id);
    const result = await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: before.id, version: before.version, status: "DONE", agencyNote: "Motorcade arrived" }));
    expect(result).toEqual({ id: before.id, status: "DONE", version: before.version + 1 });
    const after = await row(before.id);
    expect(after).toMatchObject({
      status: "DONE", note: "Initial note", agencyNote: "Motorcade arrived", version: before.version + 1, startsAt: before.startsAt, type: "ESCORT",
    });
    const audits = await db.auditEntry.findMany({ where: { entity: "AgencyTask", entityId: before.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "status", actorId: fx.actors.police.userId, summitId: fx.summit.id,
      before: { status: "PLANNED", agencyNote: null }, after: { status: "DONE", agencyNote: "Motorcade arrived" },
    });
    expect(audits[0].after).not.toHaveProperty("note");
  });

  it("the agency's note sits beside the planner's instruction: neither write touches the other's", async () => {
    const task = await row(fx.tasks.perimeter.id);
    // A page from before the agency note existed still posts `note`: it must not reach the instruction.
    const stalePage = { id: task.id, version: task.version, status: "IN_PROGRESS" as const, note: "Fence going up" };
    const first = await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, stalePage));
    expect(await row(task.id)).toMatchObject({ note: "Initial note", agencyNote: null, status: "IN_PROGRESS" });

    const second = await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: task.id, version: first.version, status: "IN_PROGRESS", agencyNote: "Fence going up" }));
    expect(await row(task.id)).toMatchObject({ note: "Initial note", agencyNote: "Fence going up" });

    // The planner rewrites the instruction; the agency's note stays.
    const edit = { ...policePerimeterInput(fx), subject: `item:${fx.items.dinner.id}`, startsAt: `${DAY}T17:00`, endsAt: `${DAY}T22:30` };
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...edit, id: task.id, version: second.version, note: "Fence along the north gate" }));
    expect(await row(task.id)).toMatchObject({ note: "Fence along the north gate", agencyNote: "Fence going up", location: "Forum — Hall" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "AgencyTask", entityId: task.id, action: "update" } });
    expect(audit.before).toMatchObject({ note: "Initial note", agencyNote: "Fence going up" });
    expect(audit.after).toMatchObject({ note: "Fence along the north gate", agencyNote: "Fence going up" });

    // Both read back, for the coordinator and for the planner.
    for (const actor of [fx.actors.police, fx.actors.planner]) {
      expect(await getTask(db, actor, fx.summit.id, task.id)).toMatchObject({ note: "Fence along the north gate", agencyNote: "Fence going up" });
    }
  });

  it("another agency's task: NotFoundError, row unchanged, nothing audited", async () => {
    const before = await row(fx.tasks.handling.id);
    const start = await counts();
    await expectError(updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: before.id, version: before.version, status: "PROBLEM", agencyNote: "hijack" })), NotFoundError);
    expect(await row(before.id)).toEqual(before);
    expect(await counts()).toEqual(start);
  });

  it("a coordinator without an agency cannot change any task", async () => {
    const before = await row(fx.tasks.perimeter.id);
    await expectError(updateTaskStatus(db, fx.actors.unassigned, inSummit(taskStatusSchema, fx.summit.id, { id: before.id, version: before.version, status: "DONE" })), NotFoundError);
    expect(await row(before.id)).toEqual(before);
  });

  it("a stale version is refused and changes nothing", async () => {
    const before = await row(fx.tasks.perimeter.id);
    const start = await counts();
    await expectError(updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: before.id, version: before.version - 1 || 99, status: "PROBLEM" })), StaleVersionError);
    expect(await row(before.id)).toEqual(before);
    expect(await counts()).toEqual(start);
  });

  it("a coordinator cannot create, edit or delete tasks, even their own", async () => {
    const own = await row(fx.tasks.perimeter.id);
    const start = await counts();
    const fields = { agencyId: fx.agencies.police.id, subject: `item:${fx.items.dinner.id}`, type: "ESCORT" as const, startsAt: `${DAY}T18:00`, endsAt: `${DAY}T19:00` };
    await expectError(createTask(db, fx.actors.police, inSummit(createTaskSchema, fx.summit.id, fields)), NotFoundError);
    await expectError(updateTask(db, fx.actors.police, inSummit(updateTaskSchema, fx.summit.id, { ...fields, id: own.id, version: own.version })), NotFoundError);
    await expectError(deleteTask(db, fx.actors.police, inSummit(deleteTaskSchema, fx.summit.id, { id: own.id, version: own.version })), NotFoundError);
    expect(await row(own.id)).toEqual(own);
    expect(await counts()).toEqual(start);
  });
});

describe("planner writes", () => {
  const base = () => policePerimeterInput(fx);

  it("creates a task in summit time and audits it", async () => {
    const { id } = await createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, base()));
    const created = await row(id);
    expect(created).toMatchObject({ agencyId: fx.agencies.police.id, itemId: fx.items.meeting.id, movementId: null, status: "PLANNED", location: "Forum — Hall" });
    expect(created.startsAt.toISOString()).toBe("2025-06-24T13:00:00.000Z");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "AgencyTask", entityId: id } });
    expect(audit).toMatchObject({ action: "create", actorId: fx.actors.planner.userId });
  });

  it.each([
    ["an item of another summit", () => ({ subject: `item:${fx.other.item.id}` }), "subject"],
    ["a movement of another summit", () => ({ subject: `movement:${fx.other.movement.id}` }), "subject"],
    ["an unknown item", () => ({ subject: "item:no-such-item" }), "subject"],
    ["an unknown agency", () => ({ agencyId: "no-such-agency" }), "agencyId"],
    ["an agency of another summit", () => ({ agencyId: fx.other.agency.id }), "agencyId"],
    ["a window starting long before the item", () => ({ startsAt: `${DAY}T08:00` }), "startsAt"],
    ["a window on the next day", () => ({ startsAt: "2025-06-25T15:00", endsAt: "2025-06-25T17:00" }), "startsAt"],
  ])("refuses %s with a field error and writes nothing", async (_, change, field) => {
    const start = await counts();
    const error = await expectError(createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, { ...base(), ...change() })), ValidationError);
    expect(Object.keys(error.fieldErrors)).toContain(field);
    // Every field's sentence is coded, so a Dutch reader reads Dutch on each.
    expect(Object.keys(error.saidIn("nl").fieldErrors)).toEqual(Object.keys(error.fieldErrors));
    for (const [f, message] of Object.entries(error.saidIn("nl").fieldErrors)) expect(message, f).not.toBe(error.fieldErrors[f]);
    expect(await counts()).toEqual(start);
  });

  it("refuses an end before the start before touching the database", async () => {
    const start = await counts();
    await expect(async () => createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, { ...base(), endsAt: `${DAY}T14:00` }))).rejects.toThrow(/end must be after the start/);
    expect(await counts()).toEqual(start);
  });

  it("edits and reassigns a task, audited with before and after; a bad edit changes nothing", async () => {
    const task = await row(fx.tasks.handling.id);
    const fields = { agencyId: fx.agencies.police.id, subject: `movement:${fx.movements.uaArrival.id}`, type: "ESCORT" as const, startsAt: `${DAY}T09:30`, endsAt: `${DAY}T10:30` };
    const { version } = await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...fields, id: task.id, version: task.version }));
    expect(await row(task.id)).toMatchObject({ agencyId: fx.agencies.police.id, type: "ESCORT", version: task.version + 1 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "AgencyTask", entityId: task.id, action: "update" } });
    expect(audit.before).toMatchObject({ agencyId: fx.agencies.schiphol.id, type: "AIRPORT_HANDLING" });
    expect(audit.after).toMatchObject({ agencyId: fx.agencies.police.id, type: "ESCORT" });

    const edited = await row(task.id);
    const start = await counts();
    await expectError(updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...fields, subject: `item:${fx.other.item.id}`, id: task.id, version })), ValidationError);
    await expectError(updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...fields, id: task.id, version: version - 1 })), StaleVersionError);
    await expectError(updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...fields, id: "no-such-task", version })), NotFoundError);
    expect(await row(task.id)).toEqual(edited);
    expect(await counts()).toEqual(start);
  });

  it("deletes a task and audits it", async () => {
    const task = await row(fx.tasks.draftPerimeter.id);
    await deleteTask(db, fx.actors.planner, inSummit(deleteTaskSchema, fx.summit.id, { id: task.id, version: task.version }));
    expect(await db.agencyTask.findUnique({ where: { id: task.id } })).toBeNull();
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask", entityId: task.id, action: "delete" } })).toBe(1);
  });
});
