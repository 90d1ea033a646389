// The data migration 20261202090000_agency_note_restore, run by hand on tasks as the old status
// form left them: a coordinator's note written over the planner's instruction, with the audit
// entries that did it. Each task gets its instruction back in `note` and the agency's note in
// `agencyNote`; a task nothing overwrote, or that is already restored, is left alone.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { at, buildAgencyFixture, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { taskStatusSchema } from "@/lib/tasks/schema";

const MIGRATION = path.resolve(__dirname, "../../prisma/migrations/20261202090000_agency_note_restore/migration.sql");

const db = testDb();
let fx: AgencyFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
});
afterAll(() => db.$disconnect());

const restore = () => db.$executeRawUnsafe(fs.readFileSync(MIGRATION, "utf8"));
const row = (id: string) => db.agencyTask.findUniqueOrThrow({ where: { id }, select: { note: true, agencyNote: true, version: true } });

type Write = { action: "status" | "update"; from: string | null; to: string | null; by: Actor; hhmm: string };

/**
 * A task on the forum meeting as the old code left it: the audit entries of its note writes (the
 * old status entries held `note`), and the note column as the last of them wrote it.
 */
async function legacyTask(instruction: string | null, writes: Write[]) {
  const task = await db.agencyTask.create({
    data: { agencyId: fx.agencies.police.id, itemId: fx.items.meeting.id, type: "SECURITY_PERIMETER", startsAt: at("15:00"), endsAt: at("17:30"), note: instruction },
  });
  const scope = { agencyId: task.agencyId, itemId: task.itemId, movementId: null, type: task.type };
  for (const w of writes) {
    await db.auditEntry.create({
      data: {
        summitId: fx.summit.id, actorId: w.by.userId, actorName: w.by.name, entity: "AgencyTask", entityId: task.id, action: w.action, at: at(w.hhmm),
        before: { ...scope, status: "PLANNED", note: w.from }, after: { ...scope, status: "DONE", note: w.to },
      },
    });
  }
  const note = writes.length > 0 ? writes[writes.length - 1].to : instruction;
  await db.agencyTask.update({ where: { id: task.id }, data: { note, version: 1 + writes.length } });
  return task.id;
}

describe("restoring the planner's instructions the agencies' notes overwrote", () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const { police, planner } = fx.actors;
    ids = {
      // Two status updates over the instruction: the first one's `before` is the instruction, the column the agency's last note.
      overwritten: await legacyTask("Close the north gate", [
        { action: "status", from: "Close the north gate", to: "Gate closing", by: police, hhmm: "10:00" },
        { action: "status", from: "Gate closing", to: "Gate closed 14:50", by: police, hhmm: "10:05" },
      ]),
      // A status update that left the note as the form showed it overwrote nothing.
      statusOnly: await legacyTask("Badges at the door", [
        { action: "status", from: "Badges at the door", to: "Badges at the door", by: police, hhmm: "10:10" },
      ]),
      // The planner rewrote the note after the agency's: that is the instruction now; the agency's note comes from the log.
      plannerAfter: await legacyTask("Two officers", [
        { action: "status", from: "Two officers", to: "One officer short", by: police, hhmm: "10:15" },
        { action: "update", from: "One officer short", to: "Three officers", by: planner, hhmm: "10:20" },
      ]),
      // …and the agency wrote again after that.
      agencyAgain: await legacyTask("Dogs at 14:00", [
        { action: "status", from: "Dogs at 14:00", to: "Dogs late", by: police, hhmm: "10:25" },
        { action: "update", from: "Dogs late", to: "Dogs at 14:30", by: planner, hhmm: "10:30" },
        { action: "status", from: "Dogs at 14:30", to: "Dogs in place", by: police, hhmm: "10:35" },
      ]),
      // The agency emptied the note: the instruction comes back, the agency has no note.
      cleared: await legacyTask("Keep the lane free", [
        { action: "status", from: "Keep the lane free", to: null, by: police, hhmm: "10:40" },
      ]),
      // No instruction to begin with: the agency's note moves, the instruction stays empty.
      noInstruction: await legacyTask(null, [
        { action: "status", from: null, to: "Lane free", by: police, hhmm: "10:45" },
      ]),
      // Changed outside the application since the last audited write: left alone.
      changedSince: await legacyTask("Fence", [
        { action: "status", from: "Fence", to: "Fence up", by: police, hhmm: "10:50" },
      ]),
    };
    await db.agencyTask.update({ where: { id: ids.changedSince }, data: { note: "Fence (fixed by hand)" } });
  });

  it("puts each instruction back in note and the agency's note in agencyNote, with a new version", async () => {
    await restore();
    expect(await row(ids.overwritten)).toEqual({ note: "Close the north gate", agencyNote: "Gate closed 14:50", version: 4 });
    expect(await row(ids.plannerAfter)).toEqual({ note: "Three officers", agencyNote: "One officer short", version: 4 });
    expect(await row(ids.agencyAgain)).toEqual({ note: "Dogs at 14:30", agencyNote: "Dogs in place", version: 5 });
    expect(await row(ids.cleared)).toEqual({ note: "Keep the lane free", agencyNote: null, version: 3 });
    expect(await row(ids.noInstruction)).toEqual({ note: null, agencyNote: "Lane free", version: 3 });
  });

  it("leaves alone a task nothing overwrote, one changed outside the application, and the fixture's tasks without such entries", async () => {
    expect(await row(ids.statusOnly)).toEqual({ note: "Badges at the door", agencyNote: null, version: 2 });
    expect(await row(ids.changedSince)).toEqual({ note: "Fence (fixed by hand)", agencyNote: null, version: 2 });
    expect(await row(fx.tasks.escort.id)).toEqual({ note: "Initial note", agencyNote: null, version: 1 });
  });

  it("changes nothing when run again, nor on status entries written since (they hold agencyNote)", async () => {
    const escort = await row(fx.tasks.escort.id);
    await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: fx.tasks.escort.id, version: escort.version, status: "DONE", agencyNote: "Escort done" }));
    const before = await db.agencyTask.findMany({ orderBy: { id: "asc" } });
    expect(await restore()).toBe(0);
    expect(await db.agencyTask.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await row(fx.tasks.escort.id)).toMatchObject({ note: "Initial note", agencyNote: "Escort done" });
  });
});
