// Every table export as a spreadsheet, through its route on the demo summit: the programme,
// an itinerary and an agency's tasks as .xlsx beside the CSV, which takes the reader's list
// separator (semicolons for Dutch). Content type and file name from the route; the files read
// back with exceljs and papaparse (delimiter detected) hold the same rows; the police's XLSX keeps
// the staff-only dinner to its neutral title.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { delegationId, itemId, userId } from "@/lib/demo/ids";
import { seedDemo } from "@/lib/demo/seed-demo";
import { resetDatabase, testDb } from "./helpers";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const db = testDb();
const DAY = "2025-06-24";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const UA = delegationId("UA");
let actors: Record<"planner" | "liaison" | "police", Actor>;
let routes: Record<"programme" | "itinerary" | "tasks", Handler>;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  await seedDemo(db);
  const actor = async (key: string) => (await loadActor(db, userId(key)))!;
  actors = { planner: await actor("planner"), liaison: await actor("liaison-ua"), police: await actor("police") };
  routes = {
    programme: (await import("@/app/exports/programme/[format]/route")).GET as Handler,
    itinerary: (await import("@/app/exports/itinerary/[delegationId]/[format]/route")).GET as Handler,
    tasks: (await import("@/app/exports/tasks/[day]/route")).GET as Handler,
  };
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

type Download = { as: Actor; route: keyof typeof routes; path: string; params: Record<string, string> };
async function get({ as, route, path, params }: Download): Promise<Response> {
  session.actor = as;
  const response = await routes[route](new Request(`http://test${path}`), { params: Promise.resolve(params) });
  expect(response.status, path).toBe(200);
  return response;
}

const programme = (format: string, query: string): Download => ({ as: actors.planner, route: "programme", path: `/exports/programme/${format}?${query}`, params: { format } });
const itinerary = (format: string, query: string): Download => ({
  as: actors.liaison, route: "itinerary", path: `/exports/itinerary/${UA}/${format}?${query}`, params: { delegationId: UA, format },
});
const tasks = (query: string): Download => ({ as: actors.police, route: "tasks", path: `/exports/tasks/${DAY}?${query}`, params: { day: DAY } });

async function csvOf(response: Response) {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { delimiter: parsed.meta.delimiter, header: parsed.data[0], rows: parsed.data.slice(1) };
}

async function xlsxOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const values = (row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);
  return { sheet, header: values(1).map(String), rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)) };
}

/** The XLSX header is the CSV's, with the summit zone on the date and time columns. */
const zoneless = (header: string[]) => header.map((h) => h.replace(" (Europe/Amsterdam)", ""));

describe("table exports as XLSX and CSV", () => {
  const cases: [string, (format: string, lang: string) => Download, string][] = [
    ["programme", (format, lang) => programme(format, `day=${DAY}&lang=${lang}`), `programme-${DAY}`],
    ["itinerary", (format, lang) => itinerary(format, `day=${DAY}&lang=${lang}`), `itinerary-UA-${DAY}`],
    ["agency tasks", (format, lang) => tasks(`format=${format}&lang=${lang}`), `tasks-${DAY}`],
  ];
  for (const [name, download, stem] of cases) {
    for (const lang of ["en", "nl"] as const) {
      it(`${name} (${lang}): an .xlsx with the CSV's columns and rows, the CSV in the reader's separator`, async () => {
        const xlsx = await get(download("xlsx", lang));
        expect(xlsx.headers.get("content-type")).toBe(XLSX);
        // The task files are named by day alone, as their CSV and PDF (the page's language is the reader's).
        const file = name === "agency tasks" ? `${stem}.xlsx` : `${stem}-${lang}.xlsx`;
        expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="${file}"`);
        const sheet = await xlsxOf(xlsx);

        const csvResponse = await get(download("csv", lang));
        expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        const csv = await csvOf(csvResponse);
        expect(csv.delimiter).toBe(lang === "nl" ? ";" : ",");

        expect(zoneless(sheet.header)).toEqual(csv.header);
        expect(sheet.rows.length).toBe(csv.rows.length);
        expect(sheet.rows.length).toBeGreaterThan(0);
        // Same rows in the same order, by their first column (the id).
        expect(sheet.rows.map((r) => r[0])).toEqual(csv.rows.map((r) => r[0]));
        expect(sheet.sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
        expect(sheet.sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      });
    }
  }

  it("the police's programme XLSX names the staff-only dinner only by the neutral title", async () => {
    const response = await get({ as: actors.police, route: "programme", path: "/exports/programme/xlsx?day=2025-06-25&lang=nl", params: { format: "xlsx" } });
    const { header, rows } = await xlsxOf(response);
    const dinner = rows.find((r) => r[0] === itemId("captains-dinner"))!;
    expect(dinner[header.indexOf("Titel")]).toBe("Besloten evenement");
    expect(dinner[header.indexOf("Zaal")]).toBe("Kurzaal");
    const text = JSON.stringify(rows);
    for (const secret of ["Defence Captains of Industry Dinner", "VNO-NCW", "Unofficial side event"]) expect(text).not.toContain(secret);
  });
});
