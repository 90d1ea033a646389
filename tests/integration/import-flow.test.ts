// The import as the page and downloads use it, with the session replaced by a chosen actor
// (everything else, the gate included, is real): the preview and apply actions with the file sent
// each step, the templates and current-data exports (which import back unchanged), and the erasure
// of an archived summit's personal names.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { IMPORT_KINDS } from "@/lib/import/fields";
import { previewImport } from "@/lib/import/queries";
import { demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;
let admin: Actor;
let liaison: Actor;
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const actorOf = async (email: string) => (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email } })).id)) as Actor;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  fx = await demoImportFixture(db);
  admin = await actorOf("admin@demo.summit");
  liaison = await actorOf("liaison.be@demo.summit");
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const form = async (bytes: Uint8Array, options: object = {}) => {
  const data = new FormData();
  data.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), "file.xlsx");
  data.set("options", JSON.stringify(options));
  return data;
};

const download = async (as: Actor | null, route: "templates" | "export", kind: string) => {
  session.actor = as;
  const { GET } = (await import(route === "templates" ? "@/app/import/templates/[kind]/route" : "@/app/import/export/[kind]/route")) as { GET: Handler };
  return GET(new Request(`http://test/import/${route}/${kind}`), { params: Promise.resolve({ kind }) });
};

async function sheetsOf(response: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues().filter(Boolean).map((r) => (r as ExcelJS.CellValue[]).slice(1)) }));
}

describe("the page's actions", () => {
  it("preview and apply with the file sent each time; a liaison is refused; errors come back as rows", async () => {
    const { previewImportAction, applyImportAction } = await import("@/lib/import/actions");
    const file = await xlsx([["Delegation", "Function", "Title", "Name"], ["NL", "Interpreter", "Interpreter (French)", "D. Dupont"]]);
    session.actor = liaison;
    expect(await previewImportAction(await form(file))).toEqual({ ok: false, error: "Not found." });
    session.actor = fx.planner;
    const preview = await previewImportAction(await form(file));
    expect(preview.ok && preview.data.plan?.counts).toEqual({ new: 1, changed: 0, unchanged: 0, error: 0 });
    const applied = await applyImportAction(await form(file));
    expect(applied.ok && applied.data.applied && applied.data.report.counts.added).toBe(1);
    const bad = await applyImportAction(await form(await xlsx([["Delegation", "Function", "Title"], ["XX", "Sherpa", "Sherpa"]])));
    expect(bad.ok && !bad.data.applied && bad.data.issues).toEqual([{ row: 2, column: "A (Delegation)", message: 'No delegation "XX" in this summit.' }]);
    expect(await previewImportAction(new FormData())).toMatchObject({ ok: false, fieldErrors: { file: "Choose a file to import." } });
    expect(await previewImportAction(await form(file, { kind: "spaceships" }))).toMatchObject({ ok: false, fieldErrors: { "options.kind": expect.any(String) } });
  });
});

describe("templates and exports", () => {
  it("a template per kind: headers, one example row, and a sheet explaining each column; planners and admins only", async () => {
    const response = await download(fx.planner, "templates", "members");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="template-members.xlsx"');
    const [data, help] = await sheetsOf(response);
    expect(data.rows).toEqual([["Delegation", "Function", "Title", "Personal name", "Precedence"], ["NL", "Sherpa", "Sherpa of the Netherlands", "", 4]]);
    expect(help.name).toBe("Explanation");
    expect(help.rows.slice(1, 6).map((r) => [r[0], r[1]])).toEqual([["Delegation", "always"], ["Function", "always"], ["Title", "always"], ["Personal name", "no"], ["Precedence", "no"]]);
    expect((await download(liaison, "templates", "members")).status).toBe(404);
    expect((await download(fx.planner, "templates", "spaceships")).status).toBe(400);
    expect((await download(liaison, "export", "members")).status).toBe(404);
  });

  it.each(IMPORT_KINDS)("the current %s exported in the template's shape import back unchanged", async (kind) => {
    const response = await download(fx.planner, "export", kind);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: bytes });
    expect(preview.layout.kind).toBe(kind);
    expect(preview.plan!.rows.length).toBeGreaterThan(0);
    const notUnchanged = preview.plan!.rows.filter((r) => r.status !== "unchanged");
    expect(notUnchanged).toEqual([]);
  });
});

describe("personal names of an archived summit", () => {
  it("an administrator erases them from members and audit entries once the summit is archived; functions and counts stay", async () => {
    const { erasePersonalNamesAction } = await import("@/lib/import/actions");
    const named = await db.member.count({ where: { personalName: { not: null }, delegation: { summitId: fx.summit.id } } });
    expect(named).toBeGreaterThan(0);
    session.actor = admin;
    expect(await erasePersonalNamesAction({ summitId: fx.summit.id })).toMatchObject({ ok: false, error: expect.stringMatching(/Archive the summit first/) });
    await db.summit.update({ where: { id: fx.summit.id }, data: { archivedAt: new Date() } });
    session.actor = fx.planner;
    expect(await erasePersonalNamesAction({ summitId: fx.summit.id })).toEqual({ ok: false, error: "Not found." });
    const before = await fingerprint(db);
    session.actor = admin;
    expect(await erasePersonalNamesAction({ summitId: fx.summit.id })).toEqual({ ok: true, data: { erased: named } });
    expect(await db.member.count({ where: { personalName: { not: null } } })).toBe(0);
    expect(await db.member.count()).toBe(before.members);
    const trail = JSON.stringify(await db.auditEntry.findMany({ where: { entity: "Member" }, select: { before: true, after: true } }));
    expect(trail).not.toMatch(/D\. Dupont|personalName/);
    expect(trail).toMatch(/Interpreter \(French\)/);
    expect(await db.auditEntry.findFirst({ where: { entity: "Summit", action: "erasePersonalNames" }, select: { after: true, actorName: true } })).toEqual({ after: { members: named }, actorName: "Demo Admin" });
  });
});
