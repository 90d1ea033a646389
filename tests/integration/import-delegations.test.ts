// Importing delegations by code: new and changed rows, errors by row and column, a corrected
// re-import in place, the same file twice, and removal only of what is confirmed and unused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport, ImportRefusedError } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { csv, demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;

beforeAll(async () => {
  fx = await demoImportFixture(db);
});
afterAll(() => db.$disconnect());

const importAs = (bytes: Uint8Array, options = {}) => applyImport(db, fx.planner, { summitId: fx.summit.id, bytes, options });
const good = () => xlsx([["Code", "Name", "Kind", "Time zone", "Hotel"], ["BR", "Brazil", "Partner", "America/Sao_Paulo", "Hotel Des Indes"], ["ie", "Ireland", "Partner", "Europe/Dublin", null], ["BE", "Belgium", "Ally", "Europe/Brussels", null]]);

describe("delegations import", () => {
  it("a good file: two new delegations, Belgium's hotel cleared (the column is there and empty)", async () => {
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good() });
    expect(preview.plan?.rows.map((r) => [r.key, r.status])).toEqual([["br", "new"], ["ie", "new"], ["be", "changed"]]);
    expect(preview.plan?.rows[2].changes).toEqual([{ field: "hotel", label: "Hotel", before: "Hilton The Hague", after: "" }]);
    const report = await importAs(await good());
    expect(report.counts).toEqual({ added: 2, updated: 1, unchanged: 0, removed: 0, refused: 0 });
    const br = await db.delegation.findFirstOrThrow({ where: { summitId: fx.summit.id, code: "BR" }, select: { name: true, kind: true, homeTimeZone: true, hotel: { select: { name: true } } } });
    expect(br).toEqual({ name: "Brazil", kind: "PARTNER", homeTimeZone: "America/Sao_Paulo", hotel: { name: "Hotel Des Indes" } });
    // Codes are stored as the form stores them: upper case.
    expect(await db.delegation.count({ where: { summitId: fx.summit.id, code: "IE" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entity: "Delegation", actorName: "Demo Planner" } })).toBe(3);
  });

  it("the same file twice changes nothing", async () => {
    const before = await fingerprint(db);
    expect((await importAs(await good())).counts).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a corrected file updates in place; a file without a column leaves that field alone", async () => {
    const br = await db.delegation.findFirstOrThrow({ where: { summitId: fx.summit.id, code: "BR" } });
    // Without a Kind column the headers do not say what the file holds: the planner says so.
    expect((await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: csv("Code,Name\nBR,Brazil\n") })).layout.kind).toBeNull();
    const report = await importAs(csv("Code,Name\nBR,Federative Republic of Brazil\n"), { kind: "delegations" });
    expect(report.counts.updated).toBe(1);
    const after = await db.delegation.findUniqueOrThrow({ where: { id: br.id } });
    expect(after).toMatchObject({ name: "Federative Republic of Brazil", kind: "PARTNER", homeTimeZone: "America/Sao_Paulo", hotelVenueId: br.hotelVenueId });
  });

  it("a file with errors writes nothing and names every error's row and column", async () => {
    const before = await fingerprint(db);
    const bad = await xlsx([
      ["Code", "Name", "Kind", "Time zone", "Hotel"],
      ["K R", "Korea", "Partner", "Asia/Seoul", null],
      ["AU", "Australia", "Friend", "Australia/Perth", "Grand Hotel"],
      ["NZ", "Belgium", "Partner", "Mars/Olympus", null],
      ["BR", "Brazil", "Partner", null, null],
      ["BR", "Brazil again", "Partner", null, null],
    ]);
    const error = await importAs(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "A (Code)", "Letters, digits and - only."],
      [3, "C (Kind)", '"Friend" is not one of: Ally, Partner, Organisation.'],
      [3, "E (Hotel)", 'No venue "Grand Hotel" in this summit (import venues first).'],
      [4, "D (Time zone)", "Unknown time zone (e.g. Europe/Kyiv)."],
      [4, "B (Name)", 'Delegation BE is already called "Belgium".'],
      [6, null, "Code BR is on row 5 already: each appears once in a file."],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("lists what the file no longer names when asked; removes only the confirmed, unused ones", async () => {
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good(), options: { removeMissing: true } });
    const removals = preview.plan!.removals;
    expect(removals.length).toBe(await db.delegation.count({ where: { summitId: fx.summit.id } }) - 3);
    expect(removals.every((r) => r.blocker)).toBe(true);
    await db.delegation.create({ data: { summitId: fx.summit.id, code: "XX", name: "Unused", kind: "PARTNER" } });
    const again = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good(), options: { removeMissing: true } });
    const unused = again.plan!.removals.find((r) => r.label === "XX Unused")!;
    expect(unused.blocker).toBeNull();
    const report = await importAs(await good(), { remove: [unused.id] });
    expect(report.counts.removed).toBe(1);
    expect(await db.delegation.count({ where: { code: "XX" } })).toBe(0);
  });
});
