// Importing agency tasks: a programme item by title or a delegation's arrival as the subject, the
// task form's window rule, errors by row and column, the same file twice, a corrected file in
// place (shown in the agency's changes), and a mapping the planner fixed by hand, remembered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport, ImportRefusedError } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { toLocalInput } from "@/lib/time";
import { demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;
let item: { id: string; title: string; startsAt: Date; endsAt: Date };
const zone = "Europe/Amsterdam";
const local = (d: Date, minutes = 0) => toLocalInput(new Date(d.getTime() + minutes * 60_000), zone).replace("T", " ");

beforeAll(async () => {
  fx = await demoImportFixture(db);
  const items = await db.programmeItem.findMany({ where: { summitId: fx.summit.id, status: "CONFIRMED", parentId: null }, select: { id: true, title: true, startsAt: true, endsAt: true } });
  item = items.find((i) => items.filter((j) => j.title === i.title).length === 1)!;
});
afterAll(() => db.$disconnect());

const importAs = (bytes: Uint8Array, options = {}) => applyImport(db, fx.planner, { summitId: fx.summit.id, bytes, options });
const HEADER = ["Agency", "Task type", "Programme item", "Delegation", "Movement", "Start", "End", "Instruction"];
const good = () =>
  xlsx([
    HEADER,
    ["Police", "Medical", item.title, null, null, local(item.startsAt, -30), local(item.endsAt, 30), "Ambulance at the back entrance"],
    ["NCTV", "Liaison", null, "UA", "Arrival", "24-06-2025 08:00", "24-06-2025 09:30", null],
  ]);

describe("agency tasks import", () => {
  it("a good file: a task on an item and one on Ukraine's arrival", async () => {
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good() });
    expect(preview.layout.kind).toBe("tasks");
    expect(preview.plan?.rows.map((r) => r.status)).toEqual(["new", "new"]);
    expect((await importAs(await good())).counts).toMatchObject({ added: 2 });
    const task = await db.agencyTask.findFirstOrThrow({ where: { itemId: item.id, type: "MEDICAL", agency: { shortName: "Police" } } });
    expect(task).toMatchObject({ status: "PLANNED", note: "Ambulance at the back entrance", startsAt: new Date(item.startsAt.getTime() - 30 * 60_000) });
    const ua = await db.agencyTask.findFirstOrThrow({ where: { type: "LIAISON", agency: { shortName: "NCTV" }, movement: { kind: "ARRIVAL", delegation: { code: "UA" } } } });
    expect(ua.startsAt.toISOString()).toBe("2025-06-24T06:00:00.000Z");
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask", action: "create", actorName: "Demo Planner" } })).toBe(2);
  });

  it("the same file twice changes nothing; a corrected one moves the task in place", async () => {
    const before = await fingerprint(db);
    expect((await importAs(await good())).counts).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await fingerprint(db)).toEqual(before);
    const task = await db.agencyTask.findFirstOrThrow({ where: { itemId: item.id, type: "MEDICAL" } });
    const corrected = await xlsx([HEADER, ["Police", "Medical", item.title, null, null, local(item.startsAt, -60), local(item.endsAt, 30), "Ambulance at the back entrance"]]);
    expect((await importAs(corrected)).counts).toMatchObject({ updated: 1 });
    const after = await db.agencyTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(after.startsAt).toEqual(new Date(item.startsAt.getTime() - 60 * 60_000));
    expect(after.version).toBe(task.version + 1);
  });

  it("a file with errors writes nothing and names every error's row and column", async () => {
    const before = await fingerprint(db);
    const error = await importAs(await xlsx([
      HEADER,
      ["Fire Brigade", "Medical", item.title, null, null, local(item.startsAt), local(item.endsAt), null],
      ["Police", "Escort", item.title, null, null, local(item.startsAt, -600), local(item.startsAt, -500), null],
      ["Police", "Escort", null, null, null, "24-06-2025 10:00", "24-06-2025 09:00", null],
      ["Police", "Escort", item.title, null, null, local(item.startsAt), local(item.endsAt), null],
    ])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "A (Agency)", 'No agency "Fire Brigade" in this summit.'],
      [3, "F (Start)", expect.stringMatching(/^Keep the task within 6 hours of what it covers/)],
      [3, "G (End)", expect.stringMatching(/^Keep the task within 6 hours of what it covers/)],
      [4, "C (Programme item)", "Give the programme item, or the delegation and Arrival or Departure, that the task covers."],
      [5, null, expect.stringMatching(/is on row 3 already/)],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a column the planner maps by hand is used, and remembered for the next file with that header", async () => {
    const file = await xlsx([["Dienst", "Soort taak", "Onderdeel", "Van", "Tot", "Wat te doen"], ["Police", "Medical", item.title, local(item.startsAt, -60), local(item.endsAt, 30), "Two ambulances"]]);
    const guessed = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: file });
    expect(guessed.layout.mapping.note).toBeNull();
    const mapping = { ...guessed.layout.mapping, note: 5 };
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: file, options: { mapping } });
    expect(preview.plan?.rows[0].changes).toEqual([{ field: "note", label: "Instruction", before: "Ambulance at the back entrance", after: "Two ambulances" }]);
    await importAs(file, { mapping });
    expect((await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: file })).layout.mapping.note).toBe(5);
  });

  it("a deactivated agency keeps its tasks through a re-import (edits included) but gets no new one", async () => {
    const police = await db.agency.findFirstOrThrow({ where: { summitId: fx.summit.id, shortName: "Police" } });
    await db.agency.update({ where: { id: police.id }, data: { deactivatedAt: new Date() } });
    try {
      const task = await db.agencyTask.findFirstOrThrow({ where: { itemId: item.id, type: "MEDICAL", agencyId: police.id } });
      const edited = await xlsx([HEADER, ["Police", "Medical", item.title, null, null, local(item.startsAt, -45), local(item.endsAt, 30), "Ambulance at the back entrance"]]);
      expect((await importAs(edited)).counts).toMatchObject({ updated: 1 });
      expect((await db.agencyTask.findUniqueOrThrow({ where: { id: task.id } })).startsAt).toEqual(new Date(item.startsAt.getTime() - 45 * 60_000));

      const before = await fingerprint(db);
      const fresh = await xlsx([HEADER, ["Police", "Escort", item.title, null, null, local(item.startsAt, -45), local(item.endsAt, 30), null]]);
      const error = await importAs(fresh).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusedError);
      expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([[2, "A (Agency)", "Police is deactivated and gets no new tasks."]]);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      await db.agency.update({ where: { id: police.id }, data: { deactivatedAt: null } });
    }
  });

  it("removal offers only tasks a file can name: never a transfer's escort of a listed agency", async () => {
    const police = await db.agency.findFirstOrThrow({ where: { summitId: fx.summit.id, shortName: "Police" } });
    const onTransfers = await db.agencyTask.count({ where: { agencyId: police.id, movement: { kind: "TRANSFER" } } });
    expect(onTransfers).toBeGreaterThan(0);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good(), options: { removeMissing: true } });
    const offered = await db.agencyTask.findMany({ where: { id: { in: preview.plan!.removals.map((r) => r.id) } }, select: { movement: { select: { kind: true } } } });
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter((t) => t.movement?.kind === "TRANSFER")).toEqual([]);
  });
});
