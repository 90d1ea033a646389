// The export worker pool (lib/exports/pool): real worker threads loading the real renderers. A
// file made by a worker is the file the request thread makes; a full pool answers 503 with
// Retry-After at once; a worker that throws or runs out of time answers a plain 500, never a hang.
// The last part goes through a real route, with the process's own pool sized by its variables.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ExportPool, exportPool, exportResponse, renderExport, type ExportDocument } from "@/lib/exports";
import type { ItemEntry, MovementEntry } from "@/lib/itinerary/types";
import type { TaskView } from "@/lib/tasks/task-view";
import { resetDatabase, testDb } from "./helpers";
import { buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const at = (day: number, hhmm: string) => new Date(`2025-06-${day}T${hhmm}:00+02:00`);

const entry = (n: number): ItemEntry => ({
  source: "item", id: `item-${n}`, title: `Working session ${n} on Türkiye's proposal`, kind: n % 7 === 0 ? "BILATERAL" : "SIDE_EVENT",
  status: n % 11 === 0 ? "CANCELLED" : n % 5 === 0 ? "DRAFT" : "CONFIRMED", visibility: "ALL_DELEGATIONS",
  startsAt: at(24 + (n % 2), `${String(8 + (n % 12)).padStart(2, "0")}:${n % 2 ? "30" : "00"}`),
  endsAt: at(24 + (n % 2), `${String(9 + (n % 12)).padStart(2, "0")}:15`),
  version: 1 + (n % 4), organiser: "Host", dressCode: n % 3 ? null : "Business", notes: n % 4 ? null : "=SUM(A1) not a formula",
  staffNotes: null, parentId: null, venue: "World Forum", space: `Room ${n % 9}`, attendees: ["President of Ukraine"], wholeDelegation: n % 2 === 0,
});
const departure: MovementEntry = {
  source: "movement", id: "move-1", kind: "DEPARTURE", status: "CONFIRMED", startsAt: at(25, "16:55"), endsAt: null, version: 3,
  from: "Schiphol", to: null, flight: "UR-ABA", partySize: 40, venue: "Schiphol", space: null, attendees: [], wholeDelegation: true, notes: null, staffNotes: null,
};

/** A fixed itinerary: both days, home times, attendees, every status, a departure. */
const itinerary: ExportDocument = {
  summitName: "Fixture Summit", timeZone: "Europe/Amsterdam", heading: { kind: "itinerary", delegation: "Ukraine", code: "UA", member: null },
  day: null, homeTimeZone: "Europe/Kyiv", scope: { role: "liaison", codes: ["UA"] }, generatedAt: new Date("2025-06-20T08:00:00Z"),
  entries: [...Array.from({ length: 140 }, (_, n) => entry(n)), departure], showAttendees: true, showStaffNotes: false, fileStem: "itinerary-UA-all-days",
};

/** The same itinerary, short: quick to draw where only the pool's answers matter. */
const short: ExportDocument = { ...itinerary, entries: itinerary.entries.slice(0, 20) };

const task = (n: number): TaskView => ({
  id: `task-${n}`, type: n % 2 ? "ESCORT" : "SECURITY_PERIMETER", status: n % 3 ? "PLANNED" : "DONE", startsAt: at(24, "17:00"), endsAt: at(24, "23:00"),
  location: n % 2 ? null : "Outer ring", note: "Side gate", agencyNote: null, staffNotes: "Motorcade order", version: 1,
  agency: n % 2 ? { id: "a", name: "National Police", shortName: "Police" } : { id: "b", name: "Rijkswaterstaat", shortName: "RWS" },
  subject: {
    target: "MOVEMENT", id: `m-${n}`, kind: "TRANSFER", delegation: "Türkiye", from: "Hilton", to: "Huis ten Bosch", flight: null,
    startsAt: at(24, "18:20"), endsAt: at(24, "18:45"), partySize: 9, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", routeNote: null, roadClosureNeeded: true,
    staffNotes: null, version: 1,
  },
});

/** A planner's all-agency task day, staff notes shown. */
const tasks: ExportDocument = {
  summitName: "Fixture Summit", timeZone: "Europe/Amsterdam", heading: { kind: "tasks", agency: null }, day: "2025-06-24", homeTimeZone: null,
  scope: { role: "staff" }, generatedAt: new Date("2025-06-20T08:00:00Z"), entries: [], tasks: Array.from({ length: 60 }, (_, n) => task(n)),
  showAttendees: false, showStaffNotes: true, fileStem: "tasks-2025-06-24",
};

/** iCalendar's DTSTAMP is the moment of writing (the ics library's): the one line two renderings may differ in. */
const withoutStamps = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^DTSTAMP:\d{8}T\d{6}Z\r\n/gm, "");

/** What a workbook holds, read back with exceljs (the ZIP's entry dates are the moment of writing). */
async function workbookContent(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return {
    creator: workbook.creator, title: workbook.title, created: workbook.created,
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name, views: sheet.views, autoFilter: sheet.autoFilter, widths: sheet.columns.map((c) => c.width),
      values: sheet.getSheetValues(), formats: sheet.columns.map((_, i) => sheet.getRow(2).getCell(i + 1).numFmt ?? null),
      bold: sheet.getRow(1).font?.bold ?? false,
    })),
  };
}

describe("a file made by a worker thread", { timeout: 120_000 }, () => {
  const pool = new ExportPool({ threads: 2, queue: 8 });
  afterAll(() => pool.close());

  for (const [name, doc] of [["itinerary", itinerary], ["all-agency task day", tasks]] as const) {
    it(`is the same PDF, byte for byte, as the request thread's (${name}, English and Dutch)`, async () => {
      for (const lang of ["en", "nl"] as const) {
        const [inWorker, inThread] = [await pool.render(doc, "pdf", { lang }), await renderExport(doc, "pdf", { lang })];
        expect(Buffer.from(inWorker.subarray(0, 5)).toString()).toBe("%PDF-");
        expect(inWorker.byteLength).toBeGreaterThan(10_000);
        expect(Buffer.from(inWorker).equals(Buffer.from(inThread))).toBe(true);
      }
    });

    it(`is the same CSV and iCalendar file, and a workbook with the same content (${name})`, async () => {
      const options = { lang: "nl" } as const;
      expect(Buffer.from(await pool.render(doc, "csv", options)).equals(Buffer.from(await renderExport(doc, "csv", options)))).toBe(true);
      expect(withoutStamps(await pool.render(doc, "ics", options))).toBe(withoutStamps(await renderExport(doc, "ics", options)));
      const [inWorker, inThread] = [await workbookContent(await pool.render(doc, "xlsx", options)), await workbookContent(await renderExport(doc, "xlsx", options))];
      expect(inWorker.sheets[0].values.length).toBe((doc.tasks?.length ?? doc.entries.length) + 2); // exceljs counts from row 1, with a hole at 0
      expect(inWorker).toEqual(inThread);
    });
  }

  it("makes several files at once, each the one asked for", async () => {
    const langs = ["en", "nl", "en", "nl"] as const;
    const files = await Promise.all(langs.map((lang) => pool.render(tasks, "csv", { lang })));
    const expected = await Promise.all(langs.map((lang) => renderExport(tasks, "csv", { lang })));
    files.forEach((file, i) => expect(Buffer.from(file).equals(Buffer.from(expected[i]))).toBe(true));
  });
});

describe("a full pool", { timeout: 120_000 }, () => {
  it("refuses one render more than threads and queue hold at once, with 503 and Retry-After, in the reader's language", async () => {
    const pool = new ExportPool({ threads: 1, queue: 1 });
    try {
      const held = [pool.render(short, "pdf", { lang: "en" }), pool.render(short, "xlsx", { lang: "en" })];
      expect(pool.pending).toBe(2);
      const en = await exportResponse(short, "pdf", { lang: "en" }, { pool });
      expect(en.status).toBe(503);
      expect(en.headers.get("retry-after")).toBe("10");
      expect(en.headers.get("content-disposition")).toBeNull();
      expect(await en.text()).toBe("Many files are being made right now, so this one could not be started. Try again in 10 seconds.");
      const nl = await exportResponse(short, "xlsx", { lang: "nl" }, { pool });
      expect(nl.status).toBe(503);
      expect(await nl.text()).toBe("Er worden nu veel bestanden gemaakt, daarom kon dit bestand niet worden gestart. Probeer het over 10 seconden opnieuw.");
      // The held renders were not disturbed, and once they are done there is room again.
      const [pdf, xlsx] = await Promise.all(held);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(xlsx.byteLength).toBeGreaterThan(1_000);
      expect(pool.pending).toBe(0);
      const again = await exportResponse(short, "pdf", { lang: "en" }, { pool });
      expect(again.status).toBe(200);
      expect(again.headers.get("content-disposition")).toBe('attachment; filename="itinerary-UA-all-days-en.pdf"');
    } finally {
      await pool.close();
    }
  });

  it("still makes a small CSV on the request thread: only heavy files wait for a worker", async () => {
    const pool = new ExportPool({ threads: 1, queue: 0 });
    try {
      const held = pool.render(short, "pdf", { lang: "en" });
      expect((await exportResponse(short, "pdf", { lang: "en" }, { pool })).status).toBe(503);
      const csv = await exportResponse(short, "csv", { lang: "en" }, { pool });
      expect(csv.status).toBe(200);
      expect(await csv.text()).toContain("Working session 19");
      // A CSV over the in-thread limit is heavy too.
      expect((await exportResponse(itinerary, "csv", { lang: "en" }, { pool })).status).toBe(503);
      await held;
    } finally {
      await pool.close();
    }
  });
});

describe("a worker that fails", { timeout: 120_000 }, () => {
  it("answers a plain 500 in the reader's language when the renderer throws, logs one line, and the pool goes on", async () => {
    const pool = new ExportPool({ threads: 1, queue: 2 });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // A document the renderer cannot read: it throws inside the worker.
      const broken = { ...itinerary, entries: null } as unknown as ExportDocument;
      const response = await exportResponse(broken, "pdf", { lang: "nl" }, { pool });
      expect(response.status).toBe(500);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).toBe("Het bestand kon niet worden gemaakt. Probeer het opnieuw; lukt het weer niet, meld het dan aan het planningsteam.");
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0][0])).toMatch(/^Rendering the pdf export failed: /);
      const english = await exportResponse(broken, "xlsx", { lang: "en" }, { pool });
      expect(await english.text()).toBe("The file could not be made. Try again; if it fails again, tell the planning team.");
      expect(pool.pending).toBe(0);
      expect((await exportResponse(short, "pdf", { lang: "en" }, { pool })).status).toBe(200);
    } finally {
      logged.mockRestore();
      await pool.close();
    }
  });

  it("gives up a file that takes longer than the pool allows (waiting and drawing), with a 500", async () => {
    const pool = new ExportPool({ threads: 1, queue: 0, timeoutMs: 2_000 });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const large = { ...itinerary, entries: Array.from({ length: 20_000 }, (_, n) => entry(n)) };
      const started = performance.now();
      const response = await exportResponse(large, "pdf", { lang: "en" }, { pool });
      expect(response.status).toBe(500);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(String(logged.mock.calls[0][0])).toContain("it took longer than 2000 ms");
      expect(pool.pending).toBe(0);
    } finally {
      logged.mockRestore();
      await pool.close();
    }
  });
});

describe("an export route on a full pool", { timeout: 120_000 }, () => {
  type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const db = testDb();
  const saved = { workers: process.env.EXPORT_WORKERS, queue: process.env.EXPORT_QUEUE };
  let fx: ItineraryFixture;
  let programme: Handler;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    // The process's own pool, made on first use: one thread, no queue.
    process.env.EXPORT_WORKERS = "1";
    process.env.EXPORT_QUEUE = "0";
    await resetDatabase(db);
    fx = await buildItineraryFixture(db);
    programme = (await import("@/app/exports/programme/[format]/route")).GET as Handler;
  });
  afterAll(async () => {
    Object.assign(process.env, { EXPORT_WORKERS: saved.workers, EXPORT_QUEUE: saved.queue });
    if (saved.workers === undefined) delete process.env.EXPORT_WORKERS;
    if (saved.queue === undefined) delete process.env.EXPORT_QUEUE;
    await db.$disconnect();
    await (await import("@/lib/db")).getDb().$disconnect();
  });

  const get = (format: string, query = "") => {
    session.actor = fx.actors.planner;
    return programme(new Request(`http://test/exports/programme/${format}?${query}`), { params: Promise.resolve({ format }) });
  };

  it("serves the planner's PDF from a worker, then answers 503 with Retry-After while the one thread is taken", async () => {
    const served = await get("pdf", "day=2025-06-24");
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    const pool = exportPool();
    expect(pool.options).toMatchObject({ threads: 1, queue: 0 });
    // Takes the thread for far longer than the route's reads (closing the pool ends it).
    const held = pool.render({ ...itinerary, entries: Array.from({ length: 20_000 }, (_, n) => entry(n)) }, "pdf", { lang: "en" }).catch((error: unknown) => error);
    const refused = await get("xlsx", "day=2025-06-24&lang=nl");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(await refused.text()).toMatch(/^Er worden nu veel bestanden gemaakt/);
    // The small day's CSV does not need the pool.
    const csv = await get("csv", "day=2025-06-24");
    expect(csv.status).toBe(200);
    await pool.close();
    expect(await held).toBeInstanceOf(Error);
  });
});
