// Importing delegation members into the demo summit: a good file, a file with errors, a corrected
// file, the same file twice, removal only when confirmed, and a 6,000-member workbook.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
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

const HEADER = ["Landcode", "Functie", "Titel", "Naam", "Rang", "Paspoortnummer", "Geboortedatum"];
const good = () =>
  xlsx(
    [
      ["Delegatieleden — aangeleverd door het protocol"],
      [],
      HEADER,
      ["NL", "Tolk", "Tolk Engels", "A. de Vries", 40, "NX0001", "01-01-1970"],
      ["NL", "Beveiliging", "Beveiliger", "B. Jansen", 50, "NX0002", "02-02-1970"],
      ["FR", "Sherpa", "Sherpa of France", "C. Martin", 4, "FR0003", "03-03-1970"],
    ],
    (ws) => ws.mergeCells("A1:G1"),
  );

const importAs = (actor: Actor, bytes: Uint8Array, options = {}) => applyImport(db, actor, { summitId: fx.summit.id, bytes, options });

describe("members import", () => {
  it("previews a good file: new rows, the existing French sherpa matched by function and title, no personal data beyond the name", async () => {
    const before = await fingerprint(db);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: await good() });
    expect(preview.layout).toMatchObject({ kind: "members", headerRow: 3 });
    expect(preview.plan?.rows.map((r) => [r.row, r.status])).toEqual([[4, "new"], [5, "new"], [6, "changed"]]);
    const sherpa = preview.plan!.rows[2];
    expect(sherpa.changes).toEqual(expect.arrayContaining([{ field: "personalName", label: "Personal name", before: "", after: "C. Martin" }]));
    expect(JSON.stringify(preview)).not.toMatch(/NX0001|1970/);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("applies it: members written and audited, the passport and birth date columns never stored", async () => {
    const report = await importAs(fx.planner, await good());
    expect(report.counts).toEqual({ added: 2, updated: 1, unchanged: 0, removed: 0, refused: 0 });
    const nl = await db.member.findMany({ where: { delegation: { code: "NL", summitId: fx.summit.id }, personalName: { not: null } }, select: { title: true, personalName: true, function: true, precedence: true } });
    expect(nl).toEqual(expect.arrayContaining([
      { title: "Tolk Engels", personalName: "A. de Vries", function: "INTERPRETER", precedence: 40 },
      { title: "Beveiliger", personalName: "B. Jansen", function: "SECURITY", precedence: 50 },
    ]));
    const audits = await db.auditEntry.findMany({ where: { entity: "Member", actorName: "Demo Planner" }, select: { action: true, after: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "create", "update"]);
    expect(JSON.stringify(await db.auditEntry.findMany({ select: { before: true, after: true } }))).not.toMatch(/NX000|1970/);
    // The mapping used is remembered for the summit and kind.
    expect(await db.importMapping.findFirst({ where: { summitId: fx.summit.id, kind: "MEMBERS" }, select: { columns: true } })).toEqual({
      columns: { delegation: "Landcode", function: "Functie", title: "Titel", personalName: "Naam", precedence: "Rang" },
    });
  });

  it("the same file twice changes nothing: no row written, updatedAt and counts unchanged, no audit entry", async () => {
    const before = await fingerprint(db);
    const report = await importAs(fx.planner, await good());
    expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: 3, removed: 0, refused: 0 });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a file with errors writes nothing and names every error's row and column", async () => {
    const bad = await xlsx([
      HEADER,
      ["NL", "Tolk", "Tolk Frans", "D. Bakker", 41],
      ["XX", "Tolk", "Tolk Duits", "E. Smit", 42],
      ["NL", "Astronaut", "Ruimtevaarder", null, 43],
      ["NL", "Sherpa", null, null, "first"],
      ["NL", "Tolk", "Tolk Frans", "D. Bakker", 41],
    ]);
    const before = await fingerprint(db);
    const error = await importAs(fx.planner, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    const issues = (error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message]);
    expect(issues).toEqual([
      [3, "A (Landcode)", 'No delegation "XX" in this summit.'],
      [4, "B (Functie)", expect.stringMatching(/^"Astronaut" is not one of: Head of state/)],
      [5, "C (Titel)", "Title is empty."],
      [5, "E (Rang)", '"first" is not a whole number.'],
      [6, null, expect.stringMatching(/is on row 2 already/)],
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a corrected file updates in place: same ids, new values, only the changed rows touched", async () => {
    const ids = await db.member.findMany({ where: { personalName: { in: ["A. de Vries", "B. Jansen"] } }, select: { id: true, personalName: true, updatedAt: true }, orderBy: { personalName: "asc" } });
    const corrected = await xlsx([HEADER, ["NL", "Tolk", "Tolk Engels en Frans", "A. de Vries", 40], ["NL", "Beveiliging", "Beveiliger", "B. Jansen", 50]]);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: corrected });
    expect(preview.plan!.rows[0]).toMatchObject({ status: "changed", changes: [{ field: "title", before: "Tolk Engels", after: "Tolk Engels en Frans" }] });
    const report = await importAs(fx.planner, corrected);
    expect(report.counts).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const after = await db.member.findMany({ where: { personalName: { in: ["A. de Vries", "B. Jansen"] } }, select: { id: true, title: true, updatedAt: true }, orderBy: { personalName: "asc" } });
    expect(after.map((m) => m.id)).toEqual(ids.map((m) => m.id));
    expect(after[0].title).toBe("Tolk Engels en Frans");
    expect(after[0].updatedAt.getTime()).toBeGreaterThan(ids[0].updatedAt.getTime());
    expect(after[1].updatedAt).toEqual(ids[1].updatedAt);
  });

  it("removes what the file no longer lists only when asked and confirmed, and never a member in the programme", async () => {
    const onlyOne = await xlsx([HEADER, ["NL", "Tolk", "Tolk Engels en Frans", "A. de Vries", 40]]);
    expect((await importAs(fx.planner, onlyOne)).counts.removed).toBe(0);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: onlyOne, options: { removeMissing: true } });
    const jansen = preview.plan!.removals.find((r) => r.label.includes("B. Jansen"))!;
    expect(jansen.blocker).toBeNull();
    const principal = preview.plan!.removals.find((r) => r.blocker);
    expect(principal?.blocker).toMatch(/takes part in/);
    const before = await fingerprint(db);
    const blocked = await importAs(fx.planner, onlyOne, { remove: [jansen.id, principal!.id] }).catch((e: unknown) => e);
    expect((blocked as ImportRefusedError).message).toMatch(/^Cannot remove .+ \(takes part in 2 programme items; remove them from the items first\)\. Nothing was imported\.$/);
    // A Dutch reader gets the refusal and the reason in Dutch.
    expect((blocked as ImportRefusedError).saidIn("nl")?.message).toMatch(/^Kan niet verwijderen: .+ \(neemt deel aan 2 programmaonderdelen; haal het lid daar eerst uit\)\. Er is niets geïmporteerd\.$/);
    expect((blocked as ImportRefusedError).saidIn("nl")?.message).not.toMatch(/takes part in/);
    const changed = await importAs(fx.planner, onlyOne, { remove: ["not-listed"] }).catch((e: unknown) => e);
    expect((changed as ImportRefusedError).message).toMatch(/changed since the preview/);
    expect((changed as ImportRefusedError).saidIn("nl")?.message).toBe("Wat verwijderd zou worden, is sinds het voorbeeld gewijzigd. Bekijk opnieuw het voorbeeld; er is niets geïmporteerd.");
    expect(await fingerprint(db)).toEqual(before);
    const report = await importAs(fx.planner, onlyOne, { remove: [jansen.id] });
    expect(report.counts.removed).toBe(1);
    expect(await db.member.count({ where: { personalName: "B. Jansen" } })).toBe(0);
  });

  it("imports a 6,000-member workbook in one go, and the same workbook again changes nothing", { timeout: 120_000 }, async () => {
    const delegations = await db.delegation.findMany({ where: { summitId: fx.summit.id }, select: { code: true } });
    const rows: unknown[][] = [["Delegation", "Function", "Title", "Name", "Precedence"]];
    for (let i = 0; i < 6000; i++) rows.push([delegations[i % delegations.length].code, "Security", `Security officer ${i + 1}`, null, 200 + (i % 700)]);
    const bytes = await xlsx(rows);
    const count = await db.member.count();
    const audits = await db.auditEntry.count();
    const report = await importAs(fx.planner, bytes);
    expect(report.counts).toEqual({ added: 6000, updated: 0, unchanged: 0, removed: 0, refused: 0 });
    expect(await db.member.count()).toBe(count + 6000);
    expect(await db.auditEntry.count()).toBe(audits + 6000);
    const before = await fingerprint(db);
    expect((await importAs(fx.planner, bytes)).counts.unchanged).toBe(6000);
    expect(await fingerprint(db)).toEqual(before);
  });
});
