// The agency's day as a download (/exports/tasks/<day>): CSV, PDF and iCalendar in English or
// Dutch, read back (papaparse, pdfjs-dist, ical.js) and checked against the scoped task list, from
// the coordinator's side (nothing of another agency, no staff notes) and the planner's; bad input.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { csvRows, icsEvents, pdfPages } from "../unit/exports-support";
import { at, buildAgencyFixture, DAY, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { taskStatusSchema } from "@/lib/tasks/schema";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const db = testDb();
let fx: AgencyFixture;
let route: Handler;
let cancelledTaskId: string;

/**
 * Everything a police file must never hold: Schiphol's work, staff notes, bilateral notes, drafts,
 * and the title of the participants-only dinner they guard (they get "Restricted event").
 */
const FOREIGN = ["Schiphol", "Airport handling", "Police staff note", "Schiphol staff note", "Seating plan", "Motorcade order", "Bilateral secret", "Draft reception", "Palace dinner"];

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
  // A cancelled item with a police perimeter on it, and a staff note on Schiphol's task.
  const cancelled = await db.programmeItem.create({
    data: { summitId: fx.summit.id, kind: "PRESS_MOMENT", title: "Cancelled press moment", status: "CANCELLED", visibility: "PUBLIC", startsAt: at("14:00"), endsAt: at("14:30") },
  });
  cancelledTaskId = (await db.agencyTask.create({
    data: { agencyId: fx.agencies.police.id, itemId: cancelled.id, type: "SECURITY_PERIMETER", startsAt: at("13:30"), endsAt: at("14:45"), location: "Gate 4" },
  })).id;
  await db.agencyTask.update({ where: { id: fx.tasks.handling.id }, data: { staffNotes: "Schiphol staff note" } });
  route = (await import("@/app/exports/tasks/[day]/route")).GET as Handler;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const download = (as: Actor | null, query = "", day = DAY) => {
  session.actor = as;
  return route(new Request(`http://test/exports/tasks/${day}${query ? `?${query}` : ""}`), { params: Promise.resolve({ day }) });
};
/** A task's UID in one rendering (lib/exports/ics.ts): the police coordinator's English file unless named. */
const uid = (taskId: string, view = "agency-Police.en") => `task-${taskId}.${view}@summit-logistics`;
const pdfText = async (response: Response) => (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join(" ");

describe("the police coordinator's day", () => {
  it("as PDF: their escort and perimeters with what they cover, in English, named by day only", async () => {
    const response = await download(fx.actors.police, "format=pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tasks-${DAY}.pdf"`);
    const text = await pdfText(response);
    for (const expected of [
      "Agency Summit", "Tasks: National Police", "Tue 24 Jun 2025", "Agency: Police", "Page 1 of 1",
      "18:40–18:50", "Escort · Transfer · Belgium", "Covers: Transfer · Belgium · 18:40–18:50 · Forum → Palace",
      "party of 12", "Head of state or government", "road closure needed", "A12 closed",
      "17:00–22:30", "Security perimeter · Restricted event", "Palace — Dining Room", "2 delegations or members taking part",
      "Security perimeter · Cancelled press moment", "Gate 4", "CANCELLED · PLANNED",
    ]) expect(text).toContain(expected);
    for (const hidden of FOREIGN) expect(text).not.toContain(hidden);
  });

  it("as PDF in Dutch", async () => {
    const response = await download(fx.actors.police, "format=pdf&lang=nl");
    expect(response.status).toBe(200);
    const text = await pdfText(response);
    for (const expected of ["Taken: National Police", "di 24 jun 2025", "Dienst: Police", "Pagina 1 van 1", "Escorte · Verplaatsing · Belgium", "gezelschap van 12", "wegafsluiting nodig", "GEANNULEERD · GEPLAND"]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Escort · Transfer");
  });

  it("as iCalendar: one event per task with a stable UID, SEQUENCE from the version, the cancelled item's task CANCELLED", async () => {
    const first = icsEvents(await (await download(fx.actors.police, "format=ics")).text());
    expect(first.method).toBe("PUBLISH");
    expect(first.events.map((e) => e.uid).sort()).toEqual([fx.tasks.escort.id, fx.tasks.perimeter.id, cancelledTaskId].map((id) => uid(id)).sort());
    const escort = first.events.find((e) => e.uid === uid(fx.tasks.escort.id))!;
    expect(escort).toMatchObject({ summary: "Escort · Transfer · Belgium", status: "CONFIRMED", sequence: 0, location: "Forum → Palace" });
    expect(escort.start).toEqual(at("18:40"));
    expect(escort.end).toEqual(at("18:50"));
    expect(escort.description).toContain("Status: Planned");
    expect(first.events.find((e) => e.uid === uid(cancelledTaskId))).toMatchObject({ status: "CANCELLED", location: "Gate 4" });
    expect(first.events.find((e) => e.uid === uid(fx.tasks.perimeter.id))?.status).toBe("CONFIRMED");

    await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: fx.tasks.escort.id, version: 1, status: "DONE", agencyNote: "At the gate" }));
    const response = await download(fx.actors.police, "format=ics&lang=nl");
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tasks-${DAY}.ics"`);
    const text = await response.text();
    const again = icsEvents(text).events.find((e) => e.uid === uid(fx.tasks.escort.id, "agency-Police.nl"))!;
    expect(again).toMatchObject({ summary: "Escorte · Verplaatsing · Belgium", sequence: 1 });
    expect(again.description).toContain("Status: Gereed");
    // The planner's instruction and the agency's note, each under its own label.
    expect(again.description).toContain("Notitie voor de dienst: Initial note");
    expect(again.description).toContain("Notitie van de dienst: At the gate");
    for (const hidden of FOREIGN) expect(text).not.toContain(hidden);
  });

  it("as CSV by default (the existing link), and in Dutch on request", async () => {
    const csv = await download(fx.actors.police);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="tasks-${DAY}.csv"`);
    // Response.text() would drop the byte-order mark; decode the bytes as a spreadsheet does.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    const { bom, header, rows } = csvRows(text);
    expect(bom).toBe(true);
    expect(header).not.toContain("Staff notes");
    expect(rows.map((r) => r["Task id"]).sort()).toEqual([fx.tasks.escort.id, fx.tasks.perimeter.id, cancelledTaskId].sort());
    expect(new Set(rows.map((r) => r.Agency))).toEqual(new Set(["Police"]));
    for (const hidden of FOREIGN) expect(text).not.toContain(hidden);

    const nl = csvRows(await (await download(fx.actors.police, "format=csv&lang=nl")).text());
    expect(nl.header.slice(0, 8)).toEqual(["Taak-id", "Datum", "Begin", "Einde", "Dienst", "Soort taak", "Status", "Voor"]);
    expect(nl.rows.find((r) => r["Taak-id"] === fx.tasks.escort.id)).toMatchObject({
      "Soort taak": "Escorte", Status: "Gereed", Voor: "Verplaatsing · Belgium", "Notitie voor de dienst": "Initial note", "Notitie van de dienst": "At the gate",
    });
  });

  it("naming their own agency is allowed, and puts its short name in the file name", async () => {
    const response = await download(fx.actors.police, `format=pdf&agencyId=${fx.agencies.police.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tasks-Police-${DAY}.pdf"`);
  });
});

// The planner's file of every agency's tasks, in English: it names the agency on each task.
const PLANNER_ALL = "staff.agencies.notes.en";

describe("the planner's day", () => {
  it("holds every agency's tasks with staff notes, the draft's task tentative", async () => {
    const text = await (await download(fx.actors.planner, "format=ics")).text();
    const { events } = icsEvents(text);
    expect(events).toHaveLength(5);
    expect(events.find((e) => e.uid === uid(fx.tasks.draftPerimeter.id, PLANNER_ALL))?.status).toBe("TENTATIVE");
    expect(events.find((e) => e.uid === uid(fx.tasks.perimeter.id, PLANNER_ALL))?.description).toContain("Staff notes: Police staff note");
    const pdf = await pdfText(await download(fx.actors.planner, "format=pdf"));
    expect(pdf).toContain("Tasks: all agencies");
    expect(pdf).toContain("Airport handling · Arrival · Ukraine");
  });

  it("says which agency does each task, in the PDF and the iCalendar file, in English and Dutch", async () => {
    const { events } = icsEvents(await (await download(fx.actors.planner, "format=ics")).text());
    const agencyLine = (taskId: string) => events.find((e) => e.uid === uid(taskId, PLANNER_ALL))!.description.split("\n").find((l) => /^Agency: /.test(l));
    expect(agencyLine(fx.tasks.handling.id)).toBe("Agency: Schiphol");
    expect(agencyLine(fx.tasks.perimeter.id)).toBe("Agency: Police");
    const nl = icsEvents(await (await download(fx.actors.planner, "format=ics&lang=nl")).text()).events;
    expect(nl.find((e) => e.uid === uid(fx.tasks.handling.id, "staff.agencies.notes.nl"))?.description).toContain("Dienst: Schiphol");

    const pdf = await pdfText(await download(fx.actors.planner, "format=pdf"));
    expect(pdf).toMatch(/Airport handling · Arrival · Ukraine\s+Agency: Schiphol/);
    expect(pdf).toMatch(/Security perimeter · Palace dinner\s+Agency: Police/);
    const pdfNl = await pdfText(await download(fx.actors.planner, "format=pdf&lang=nl"));
    expect(pdfNl).toMatch(/Afhandeling luchthaven · Aankomst · Ukraine\s+Dienst: Schiphol/);

    // One agency's file says it once, in its title, not on every task.
    const one = await (await download(fx.actors.planner, `format=ics&agencyId=${fx.agencies.schiphol.id}`)).text();
    expect(icsEvents(one).events[0].description).not.toContain("Agency: ");
  });

  it("narrowed to one agency with agencyId, named by its short name and the day", async () => {
    const response = await download(fx.actors.planner, `format=ics&agencyId=${fx.agencies.schiphol.id}`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tasks-Schiphol-${DAY}.ics"`);
    expect(icsEvents(await response.text()).events.map((e) => e.uid)).toEqual([uid(fx.tasks.handling.id, "staff.notes.en")]);
  });
});

describe("bad requests", () => {
  it("a malformed day, an unknown format or language: 400 naming the parameter", async () => {
    const cases: [string, string, string][] = [
      ["2025-6-24", "format=pdf", "day"],
      ["2025-02-30", "", "day"],
      [DAY, "format=xls", "format"],
      [DAY, "format=pdf&lang=fr", "lang"],
    ];
    for (const [day, query, param] of cases) {
      const response = await download(fx.actors.police, query, day);
      expect(response.status, `${day}?${query}`).toBe(400);
      expect(await response.text()).toBe(`Bad request: check ${param}`);
    }
  });

  it("another agency's id for a coordinator, an unknown agency, a day without tasks, no agency or no permission: a bare 404", async () => {
    const cases: [Actor | null, string, string][] = [
      [fx.actors.police, `format=pdf&agencyId=${fx.agencies.schiphol.id}`, DAY],
      [fx.actors.police, `format=ics&agencyId=${fx.agencies.schiphol.id}`, DAY],
      [fx.actors.police, `agencyId=${fx.agencies.schiphol.id}`, DAY],
      [fx.actors.police, `format=pdf&agencyId=${fx.other.agency.id}`, DAY],
      [fx.actors.planner, "format=pdf&agencyId=no-such-agency", DAY],
      [fx.actors.planner, `format=ics&agencyId=${fx.other.agency.id}`, DAY],
      [fx.actors.police, "format=pdf", "2025-07-30"],
      [fx.actors.unassigned, "format=pdf", DAY],
      [fx.actors.liaison, "format=pdf", DAY],
      [null, "format=pdf", DAY],
    ];
    for (const [actor, query, day] of cases) {
      const response = await download(actor, query, day);
      expect(response.status, `${actor?.email ?? "anonymous"} ${day}?${query}`).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).toBe("Not found");
    }
  });

  it("a signed-out browser following the link is sent to sign in; other signed-out clients get the 404", async () => {
    session.actor = null;
    const browser = await route(new Request(`http://test/exports/tasks/${DAY}?format=pdf`, { headers: { accept: "text/html,application/xhtml+xml" } }), { params: Promise.resolve({ day: DAY }) });
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toBe("/sign-in");
    expect(await browser.text()).toBe("");
    // Signed in without the permission: still the bare 404, also for a browser.
    session.actor = fx.actors.liaison;
    const liaison = await route(new Request(`http://test/exports/tasks/${DAY}?format=pdf`, { headers: { accept: "text/html" } }), { params: Promise.resolve({ day: DAY }) });
    expect(liaison.status).toBe(404);
  });
});
