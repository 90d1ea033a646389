// "Changes since you last acknowledged" for an agency coordinator: a planner's move of an item
// reaches the agency whose task moved with it, in summit time; other coordinators' status
// changes show, the reader's own do not; acknowledging is the agency's and stops at seenUpTo.
// From the attacker's side: another agency sees nothing of it, not even through a forged
// acknowledgement, and staff, liaisons and viewers have no such list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getTaskChangesSinceAck } from "@/lib/tasks/changes";
import { acknowledgeTaskChanges, createTask, deleteTask, updateTask, updateTaskStatus } from "@/lib/tasks/mutations";
import { NotFoundError } from "@/lib/errors";
import { moveItem } from "@/lib/programme/mutations";
import { at, buildAgencyFixture, DAY, policePerimeterInput, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { acknowledgeTaskChangesSchema, createTaskSchema, deleteTaskSchema, taskStatusSchema, updateTaskSchema } from "@/lib/tasks/schema";
import { parseInput } from "@/lib/validation";
import { inSummit } from "./inputs";

const db = testDb();
let fx: AgencyFixture;
let police2: Actor;
let viewer: Actor;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
  const user = async (role: "AGENCY" | "VIEWER", key: string, agencyId: string | null): Promise<Actor> => {
    const row = await db.user.create({ data: { email: `${key}@agency.test`, name: `Test ${key}`, passwordHash: "x", role, agencyId } });
    return { userId: row.id, name: row.name, email: row.email, role, delegationIds: [], agencyId, mustChangePassword: false };
  };
  police2 = await user("AGENCY", "police2", fx.agencies.police.id);
  viewer = await user("VIEWER", "viewer", null);
});
afterAll(() => db.$disconnect());

const changesOf = async (actor: Actor) => (await getTaskChangesSinceAck(db, actor)).changes;
const row = (id: string) => db.agencyTask.findUniqueOrThrow({ where: { id } });

async function expectNotFound(promise: Promise<unknown>) {
  expect(await promise.then(() => null, (e: unknown) => e)).toBeInstanceOf(NotFoundError);
}

/** Acknowledge everything police sees now, so the next test starts from an empty list. */
async function acknowledgeAll(actor: Actor) {
  const changes = await changesOf(actor);
  const newest = changes[changes.length - 1];
  if (newest) await acknowledgeTaskChanges(db, actor, parseInput(acknowledgeTaskChangesSchema, { agencyId: actor.agencyId!, seenUpTo: newest.at.toISOString() }));
}

const baseTask = () => policePerimeterInput(fx);

describe("what a coordinator is told", () => {
  it("starts with nothing, never acknowledged", async () => {
    expect(await getTaskChangesSinceAck(db, fx.actors.police)).toEqual({ agencyId: fx.agencies.police.id, lastAcknowledged: null, changes: [] });
  });

  // The fixture's items are for participants only: the police name them by the neutral title.
  it("a planner moving an item shows the police a 'moved' perimeter with old → new time in summit time", async () => {
    const dinner = fx.items.dinner;
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt: at("20:00"), endsAt: at("23:00"), spaceId: dinner.spaceId });
    const changes = await changesOf(fx.actors.police);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "moved",
      task: "Security perimeter",
      subject: "Restricted event",
      detail: "Tue 24 Jun 2025 17:00–22:30 → Tue 24 Jun 2025 18:00–23:30",
      actorName: "Test planner",
    });
    expect(JSON.stringify(changes)).not.toContain("Palace dinner");
  });

  it("another agency sees nothing of it", async () => {
    expect(await changesOf(fx.actors.schiphol)).toEqual([]);
  });

  it("a status change by another coordinator of the agency shows, with who; the reader's own does not", async () => {
    const perimeter = await row(fx.tasks.perimeter.id);
    await updateTaskStatus(db, police2, inSummit(taskStatusSchema, fx.summit.id, { id: perimeter.id, version: perimeter.version, status: "DONE", agencyNote: "Fence up" }));
    const escort = await row(fx.tasks.escort.id);
    await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: escort.id, version: escort.version, status: "IN_PROGRESS" }));

    // One entry per task: the perimeter moved (planner) and is done (police2) reads as one.
    const seenByPolice = await changesOf(fx.actors.police);
    expect(seenByPolice.map((c) => [c.kind, c.taskId])).toEqual([["moved", fx.tasks.perimeter.id]]);
    expect(seenByPolice[0]).toMatchObject({
      task: "Security perimeter", subject: "Restricted event", actorName: "Test police2",
      detail: "Tue 24 Jun 2025 17:00–22:30 → Tue 24 Jun 2025 18:00–23:30; Planned → Done; note: Fence up",
    });

    // police2 made the status change: it is told the move only, and police's own status change.
    const seenByPolice2 = await changesOf(police2);
    expect(seenByPolice2.map((c) => [c.kind, c.actorName])).toEqual([["moved", "Test planner"], ["status", "Test police"]]);
    expect(seenByPolice2[0].detail).toBe("Tue 24 Jun 2025 17:00–22:30 → Tue 24 Jun 2025 18:00–23:30");
    expect(seenByPolice2[1]).toMatchObject({ task: "Escort", subject: "Transfer · Belgium", detail: "Planned → In progress" });
    expect(await changesOf(fx.actors.schiphol)).toEqual([]);
  });

  it("a Dutch reader reads the same changes in Dutch: task types, movement kinds, statuses, notes and days", async () => {
    const { changes } = await getTaskChangesSinceAck(db, fx.actors.police, "nl");
    expect(changes.map((c) => [c.kind, c.task, c.subject, c.detail])).toEqual([
      ["moved", "Beveiligingsperimeter", "Besloten evenement", "di 24 jun 2025 17:00–22:30 → di 24 jun 2025 18:00–23:30; Gepland → Gereed; notitie: Fence up"],
    ]);
    const [, ownStatus] = (await getTaskChangesSinceAck(db, police2, "nl")).changes;
    expect(ownStatus).toMatchObject({ task: "Escorte", subject: "Verplaatsing · Belgium", detail: "Gepland → Bezig" });
  });

  it("acknowledging clears the list for the whole agency and names who acknowledged", async () => {
    const before = await changesOf(fx.actors.police);
    const { acknowledgedAt } = await acknowledgeTaskChanges(db, fx.actors.police, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id, seenUpTo: before[before.length - 1].at.toISOString() }));
    expect(acknowledgedAt).toEqual(before[before.length - 1].at);
    expect(await getTaskChangesSinceAck(db, fx.actors.police)).toEqual({
      agencyId: fx.agencies.police.id,
      lastAcknowledged: { at: acknowledgedAt, by: "Test police" },
      changes: [],
    });
    // What police acknowledged is gone for police2 too; police's own change, after it, is not.
    expect((await changesOf(police2)).map((c) => [c.kind, c.actorName])).toEqual([["status", "Test police"]]);
    await acknowledgeAll(police2);
  });

  it("a change saved after seenUpTo stays unacknowledged", async () => {
    const perimeter = await row(fx.tasks.perimeter.id);
    await updateTaskStatus(db, police2, inSummit(taskStatusSchema, fx.summit.id, { id: perimeter.id, version: perimeter.version, status: "PROBLEM", agencyNote: "Fence down" }));
    const [seen] = await changesOf(fx.actors.police);
    const later = await row(perimeter.id);
    await updateTaskStatus(db, police2, inSummit(taskStatusSchema, fx.summit.id, { id: later.id, version: later.version, status: "DONE", agencyNote: "Fence fixed" }));
    await acknowledgeTaskChanges(db, fx.actors.police, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id, seenUpTo: seen.at.toISOString() }));
    const left = await changesOf(fx.actors.police);
    expect(left).toHaveLength(1);
    expect(left[0].detail).toBe("Problem → Done; note: Fence fixed");
    await acknowledgeAll(fx.actors.police);
  });

  it("a status change recorded before the agency had a note of its own (its note under `note`) reads the same", async () => {
    const perimeter = await row(fx.tasks.perimeter.id);
    const scope = { agencyId: perimeter.agencyId, itemId: perimeter.itemId, movementId: null, type: perimeter.type };
    await db.auditEntry.create({
      data: {
        summitId: fx.summit.id, actorId: police2.userId, actorName: "Test police2", entity: "AgencyTask", entityId: perimeter.id, action: "status",
        before: { ...scope, status: "PROBLEM", note: "Fence down" }, after: { ...scope, status: "DONE", note: "Fence inspected" },
      },
    });
    const [legacy] = await changesOf(fx.actors.police);
    expect(legacy).toMatchObject({ kind: "status", detail: "Problem → Done; note: Fence inspected", actorName: "Test police2" });
    await acknowledgeAll(fx.actors.police);
  });

  it("a planner's create, edit and delete read as such; staff notes never reach the coordinator", async () => {
    const { id } = await createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, { ...baseTask(), staffNotes: "Staff secret one" }));
    const created = await row(id);
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...baseTask(), id, version: created.version, staffNotes: "Staff secret two" }));
    expect((await changesOf(fx.actors.police)).map((c) => [c.kind, c.detail])).toEqual([["created", "Tue 24 Jun 2025 15:00–17:30"]]);
    await acknowledgeAll(fx.actors.police);

    const edited = await row(id);
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...baseTask(), id, version: edited.version, location: "Forum — Foyer", note: "Bring badges", staffNotes: "Staff secret two" }));
    const again = await row(id);
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { ...baseTask(), id, version: again.version, location: "Forum — Gate", note: "Bring badges", staffNotes: "Staff secret three" }));
    expect((await changesOf(fx.actors.police)).map((c) => [c.kind, c.detail])).toEqual([["edited", "location, note for the agency"]]);
    await acknowledgeAll(fx.actors.police);

    const last = await row(id);
    await deleteTask(db, fx.actors.planner, inSummit(deleteTaskSchema, fx.summit.id, { id, version: last.version }));
    const changes = await changesOf(fx.actors.police);
    expect(changes.map((c) => [c.kind, c.detail])).toEqual([["deleted", "was Tue 24 Jun 2025 15:00–17:30"]]);
    expect(changes.every((c) => c.subject === "Restricted event")).toBe(true);
    expect(JSON.stringify(changes)).not.toContain("Forum meeting");
    expect(JSON.stringify(changes)).not.toContain("Staff secret");
    expect(await changesOf(fx.actors.schiphol)).toEqual([]);
    await acknowledgeAll(fx.actors.police);
  });

  it("net effect: created and deleted before it was acknowledged is nothing; a move and a move back is nothing", async () => {
    const { id } = await createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, baseTask()));
    await deleteTask(db, fx.actors.planner, inSummit(deleteTaskSchema, fx.summit.id, { id, version: (await row(id)).version }));
    expect(await changesOf(fx.actors.police)).toEqual([]);

    const dinner = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.dinner.id } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt: at("21:00"), endsAt: at("23:45"), spaceId: dinner.spaceId });
    expect((await changesOf(fx.actors.police)).map((c) => c.kind)).toEqual(["moved"]);
    const moved = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.dinner.id } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: moved.id, version: moved.version, startsAt: dinner.startsAt, endsAt: dinner.endsAt, spaceId: dinner.spaceId });
    expect(await changesOf(fx.actors.police)).toEqual([]);
  });

  it("a task given to another agency: the police are told it is no longer theirs, not whose it is now", async () => {
    const { id } = await createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, { ...baseTask(), subject: `movement:${fx.movements.uaArrival.id}`, type: "ESCORT", startsAt: `${DAY}T09:00`, endsAt: `${DAY}T10:00`, location: null }));
    await acknowledgeAll(fx.actors.police);
    const created = await row(id);
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, {
      ...baseTask(), agencyId: fx.agencies.schiphol.id, subject: `movement:${fx.movements.uaArrival.id}`, type: "ESCORT",
      startsAt: `${DAY}T09:00`, endsAt: `${DAY}T10:00`, location: null, id, version: created.version,
    }));
    const [police] = await changesOf(fx.actors.police);
    expect(police).toMatchObject({ kind: "unassigned", subject: "Arrival · Ukraine" });
    expect(JSON.stringify(police)).not.toContain("Schiphol");
    const schiphol = await changesOf(fx.actors.schiphol);
    expect(schiphol.map((c) => c.kind)).toEqual(["assigned"]);
    await acknowledgeAll(fx.actors.police);
    await acknowledgeAll(fx.actors.schiphol);
  });

  it("a change to a task on a draft item the coordinator may not see is left out", async () => {
    const draft = await row(fx.tasks.draftPerimeter.id);
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, {
      agencyId: fx.agencies.police.id, subject: `item:${fx.items.draft.id}`, type: "SECURITY_PERIMETER",
      startsAt: `${DAY}T11:00`, endsAt: `${DAY}T13:00`, location: "Draft room", id: draft.id, version: draft.version,
    }));
    expect(await changesOf(fx.actors.police)).toEqual([]);
  });
});

describe("from the attacker's side", () => {
  it("Schiphol sees nothing of a police task that moved, and cannot acknowledge for the police", async () => {
    const dinner = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.dinner.id } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt: at("19:00"), endsAt: at("22:00"), spaceId: dinner.spaceId });
    expect(await changesOf(fx.actors.schiphol)).toEqual([]);
    const acks = await db.taskAcknowledgement.count();
    await expectNotFound(acknowledgeTaskChanges(db, fx.actors.schiphol, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id })));
    expect(await db.taskAcknowledgement.count()).toBe(acks);
    const police = await changesOf(fx.actors.police);
    expect(police.map((c) => c.kind)).toEqual(["moved"]);
    expect(police[0].detail).toBe("Tue 24 Jun 2025 18:00–23:30 → Tue 24 Jun 2025 17:00–22:30");
  });

  it("planners, liaisons, viewers and a coordinator without an agency have no list and cannot acknowledge", async () => {
    for (const actor of [fx.actors.planner, fx.actors.liaison, viewer, fx.actors.unassigned]) {
      await expectNotFound(getTaskChangesSinceAck(db, actor));
      await expectNotFound(acknowledgeTaskChanges(db, actor, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id })));
    }
    // A forged agency id on an actor of another role changes nothing either.
    await expectNotFound(acknowledgeTaskChanges(db, { ...fx.actors.planner, agencyId: fx.agencies.police.id }, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id })));
    expect(await changesOf(fx.actors.police)).toHaveLength(1);
  });
});
