// Importing venues with their spaces, and travel times from rows or a square sheet: new and
// changed rows, errors by row and column, corrected files in place, the same file twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport, ImportRefusedError } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;

beforeAll(async () => {
  fx = await demoImportFixture(db);
});
afterAll(() => db.$disconnect());

const importAs = (bytes: Uint8Array, options = {}) => applyImport(db, fx.planner, { summitId: fx.summit.id, bytes, options });
const VENUES = ["Locatie", "Soort", "Adres", "Zaal", "Capaciteit", "Beveiligingszone", "Opent", "Sluit"];
const venues = () =>
  xlsx([
    VENUES,
    ["Catshuis", "Paleis", "Adriaan Goekooplaan 10, Den Haag", "Grote zaal", 40, "red", "08:00", "22:00"],
    ["Catshuis", null, null, "Tuinkamer", 12, "red", null, null],
    ["World Forum", null, null, "Media Lounge", 60, "orange", null, null],
  ]);

describe("venues and spaces import", () => {
  it("a good file: a new venue with two spaces, a new space at a known venue", async () => {
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await venues() });
    expect(preview.layout.kind).toBe("venues");
    expect(preview.plan?.rows.map((r) => [r.label, r.status])).toEqual([["Catshuis · Grote zaal", "new"], ["Catshuis · Tuinkamer", "new"], ["World Forum · Media Lounge", "new"]]);
    expect((await importAs(await venues())).counts).toMatchObject({ added: 3, updated: 0 });
    const catshuis = await db.venue.findFirstOrThrow({ where: { summitId: fx.summit.id, name: "Catshuis" }, select: { kind: true, address: true, spaces: { select: { name: true, capacity: true, opensMinute: true, closesMinute: true }, orderBy: { name: "asc" } } } });
    expect(catshuis).toEqual({
      kind: "PALACE", address: "Adriaan Goekooplaan 10, Den Haag",
      spaces: [{ name: "Grote zaal", capacity: 40, opensMinute: 480, closesMinute: 1320 }, { name: "Tuinkamer", capacity: 12, opensMinute: null, closesMinute: null }],
    });
    expect(await db.auditEntry.count({ where: { entity: { in: ["Venue", "Space"] }, actorName: "Demo Planner" } })).toBe(4);
  });

  it("the same file twice changes nothing; a corrected one updates in place", async () => {
    const before = await fingerprint(db);
    expect((await importAs(await venues())).counts).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await fingerprint(db)).toEqual(before);
    const space = await db.space.findFirstOrThrow({ where: { name: "Grote zaal" } });
    const corrected = await xlsx([VENUES, ["Catshuis", "Paleis", "Adriaan Goekooplaan 10, Den Haag", "Grote zaal", 45, "red", "08:00", "23:00"]]);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: corrected });
    expect(preview.plan?.rows[0].changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual(["Capacity: 40 → 45", "Closes: 22:00 → 23:00"]);
    await importAs(corrected);
    expect(await db.space.findUniqueOrThrow({ where: { id: space.id } })).toMatchObject({ capacity: 45, closesMinute: 1380 });
  });

  it("a file with errors writes nothing and names every error's row and column", async () => {
    const before = await fingerprint(db);
    const error = await importAs(await xlsx([
      VENUES,
      ["Catshuis", "Kasteel", null, "Grote zaal", 45, null, "08:00", "07:00"],
      ["Catshuis", "Hotel", null, "Kelder", null, null, null, null],
      ["Catshuis", null, null, "Grote zaal", 45, null, null, null],
    ])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "B (Soort)", '"Kasteel" is not one of: Conference, Palace, Airport, Hotel, Other.'],
      [2, "H (Sluit)", "Closing time must be after opening time."],
      [3, "E (Capaciteit)", "Capacity is empty."],
      [4, null, expect.stringMatching(/is on row 2 already/)],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("travel times import", () => {
  it("a square sheet of minutes: new pairs and a changed one, errors by cell", async () => {
    const old = await db.travelTime.findFirstOrThrow({ where: { summitId: fx.summit.id, fromVenue: { name: "World Forum" }, toVenue: { name: "Huis ten Bosch" } } });
    const matrix = await xlsx([
      ["Reistijden (minuten)"],
      [null, "World Forum", "Huis ten Bosch", "Catshuis"],
      ["World Forum", null, old.minutes + 5, 9],
      ["Catshuis", 9, 7, null],
    ]);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: matrix });
    expect(preview.layout).toMatchObject({ kind: "travel-times", matrix: true });
    expect(preview.plan?.rows.map((r) => [r.label, r.status])).toEqual([
      ["World Forum → Huis ten Bosch", "changed"], ["World Forum → Catshuis", "new"], ["Catshuis → World Forum", "new"], ["Catshuis → Huis ten Bosch", "new"],
    ]);
    expect((await importAs(matrix)).counts).toMatchObject({ added: 3, updated: 1 });
    expect((await db.travelTime.findUniqueOrThrow({ where: { id: old.id } })).minutes).toBe(old.minutes + 5);
    const before = await fingerprint(db);
    expect((await importAs(matrix)).counts).toMatchObject({ unchanged: 4 });
    expect(await fingerprint(db)).toEqual(before);

    const bad = await xlsx([[null, "World Forum", "Nowhere"], ["World Forum", 12, 3], ["Catshuis", "soon", null]]);
    const error = await importAs(bad, { kind: "travel-times" }).catch((e: unknown) => e);
    expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "B2", "A venue has no travel time to itself."],
      [2, "C1", 'No venue "Nowhere" in this summit (import venues first).'],
      [3, "B3", '"soon" is not a whole number.'],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("from/to/minutes rows, in Dutch", async () => {
    const rows = await xlsx([["Van", "Naar", "Minuten"], ["Catshuis", "Huis ten Bosch", 8]]);
    expect((await importAs(rows)).counts).toMatchObject({ updated: 1 });
    expect((await db.travelTime.findFirstOrThrow({ where: { fromVenue: { name: "Catshuis" }, toVenue: { name: "Huis ten Bosch" } } })).minutes).toBe(8);
  });

  it("a venue the file no longer lists is offered for removal with what goes with it, and held back while a coverage rule names it", async () => {
    const venue = await db.venue.create({ data: { summitId: fx.summit.id, name: "Pavilion", kind: "OTHER", spaces: { create: [{ name: "Tent", capacity: 30 }] } } });
    const rule = await db.coverageRule.create({ data: { summitId: fx.summit.id, target: "ITEM", venueId: venue.id, requiredType: "SECURITY_PERIMETER", description: "Perimeter round the pavilion" } });
    const removal = async () => (await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await venues(), options: { removeMissing: true } })).plan!.removals.find((r) => r.id === venue.id)!;
    expect(await removal()).toMatchObject({ label: "Pavilion, with its 1 space and travel times", blocker: expect.stringMatching(/coverage rule/) });
    const before = await fingerprint(db);
    await expect(importAs(await venues(), { remove: [venue.id] })).rejects.toThrow(/Cannot remove Pavilion/);
    expect(await fingerprint(db)).toEqual(before);

    await db.coverageRule.delete({ where: { id: rule.id } });
    expect((await removal()).blocker).toBeNull();
    await importAs(await venues(), { remove: [venue.id] });
    expect(await db.venue.count({ where: { id: venue.id } })).toBe(0);
  });
});

