// The arrival documents read back with real parsers: the protocol list (PDF text, XLSX cells) in
// English and Dutch, the family photo, the police's motorcade schedule (CSV, iCalendar), and a
// liaison's own arrival — which names no other party, nor its place in the order — on its own and
// in the delegation's itinerary and its exports.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrivalListPdf, arrivalListXlsx, familyPhotoPdf, motorcadeCsv, motorcadeIcs, ownArrivalsCsv, ownArrivalsIcs } from "@/lib/arrivals/internal/documents";
import { generateArrivals, moveArrival, setPrecedenceRule } from "@/lib/arrivals/mutations";
import { agencyMotorcades, countAgencyMotorcades, motorcadeAgencyName, getPrecedence, getSequenceOfItem, ownArrivals } from "@/lib/arrivals/queries";
import type { SequenceView } from "@/lib/arrivals/types";
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import { ExportBusyError, ExportPool } from "@/lib/exports";
import { loadItineraryExport } from "@/lib/exports/load";
import { renderArrivalDocument } from "@/lib/arrivals/internal/render";
import { renderExport } from "@/lib/exports/render";
import { NotFoundError } from "@/lib/errors";
import { formatIsoDay } from "@/lib/i18n";
import { isoDayOf } from "@/lib/time";
import { getItinerary } from "@/lib/itinerary/queries";
import { csvRows, icsEvents, pdfPages } from "../unit/exports-support";
import { at, buildArrivalsFixture, sequenceInput, type ArrivalsFixture } from "./arrivals-fixture";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { generateSequenceSchema, moveArrivalSchema, precedenceRuleSchema } from "@/lib/arrivals/schema";

const db = testDb();
const TZ = "Europe/Amsterdam";
let fx: ArrivalsFixture;
let view: SequenceView;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildArrivalsFixture(db);
  await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, { key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES", version: 0 }));
  await generateArrivals(db, fx.actors.planner, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx)));
  view = (await getSequenceOfItem(db, fx.actors.planner, fx.summit.id, fx.dinner.id))!;
});
afterAll(() => db.$disconnect());

describe("the arrival list for protocol", () => {
  it("prints order, time, party, principal and greeter in the PDF, in English and Dutch", async () => {
    const en = (await pdfPages(new Uint8Array(await arrivalListPdf(view, "en", TZ)))).join("\n");
    expect(en).toContain("Arrival list — Royal dinner");
    expect(en).toMatch(/1\s*19:15\s*Ukraine\s*President of Ukraine\s*The King and Queen/);
    expect(en.indexOf("Ukraine")).toBeLessThan(en.indexOf("France"));
    const nl = (await pdfPages(new Uint8Array(await arrivalListPdf(view, "nl", TZ)))).join("\n");
    expect(nl).toContain("Aankomstlijst — Royal dinner");
    expect(nl).toContain("Ontvanger");
  });

  it("holds the same rows as cells in the XLSX, times as times of day", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await arrivalListXlsx(view, "nl", TZ)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "Nr.", `Aankomst (${TZ})`, "Partij", "Hoofd", "Ontvanger", "Ingang"]);
    const rows = [2, 3, 4, 5].map((r) => sheet.getRow(r).values as unknown[]);
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([[1, "Ukraine", "President of Ukraine"], [2, "Netherlands", "Prime Minister of the Netherlands"], [3, "Belgium", "Prime Minister of Belgium"], [4, "France", "President of France"]]);
    expect(rows[0][2]).toEqual(new Date(Date.UTC(1899, 11, 30, 19, 15)));
  });

  it("draws the family photo with the host in the centre of the front row", async () => {
    const precedence = await getPrecedence(db, fx.actors.planner, fx.summit.id);
    const text = (await pdfPages(new Uint8Array(await familyPhotoPdf(view, precedence.rows.map((r) => r.delegationId), "The King and Queen", "en")))).join("\n");
    expect(text).toContain("Family photo — Royal dinner");
    // Precedence France, Belgium, Netherlands, Ukraine: France at the host's right, Belgium at the
    // left, then outwards; left to right as the camera sees it.
    expect(text).toMatch(/Ukraine[\s\S]*Belgium[\s\S]*Host: The King and Queen[\s\S]*France[\s\S]*Netherlands/);
  });
});

describe("the arrival documents are made on the export worker pool", () => {
  it("draws the list (PDF, XLSX) and the family photo on a worker thread; a full pool refuses at once", async () => {
    const pool = new ExportPool({ threads: 1, queue: 0 });
    try {
      const pending = renderArrivalDocument({ kind: "list", format: "pdf", view, lang: "en", timeZone: TZ }, pool);
      // Counted by the pool (on its thread, or waiting for it) before the request thread draws anything.
      expect(pool.pending).toBe(1);
      await expect(renderArrivalDocument({ kind: "photo", view, precedenceOrder: [], host: "The King and Queen", lang: "en" }, pool)).rejects.toBeInstanceOf(ExportBusyError);
      const list = (await pdfPages(await pending)).join("\n");
      expect(list).toContain("Arrival list — Royal dinner");
      expect(list).toMatch(/1\s*19:15\s*Ukraine/);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await renderArrivalDocument({ kind: "list", format: "xlsx", view, lang: "nl", timeZone: TZ }, pool)) as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].getRow(2).getCell(3).value).toBe("Ukraine");

      const precedence = await getPrecedence(db, fx.actors.planner, fx.summit.id);
      const photo = await renderArrivalDocument({ kind: "photo", view, precedenceOrder: precedence.rows.map((r) => r.delegationId), host: "The King and Queen", lang: "en" }, pool);
      expect((await pdfPages(photo)).join("\n")).toMatch(/Ukraine[\s\S]*Belgium[\s\S]*Host: The King and Queen[\s\S]*France[\s\S]*Netherlands/);
      expect(pool.pending).toBe(0);
      // Only a renderer file of the application, never any path.
      expect(() => pool.renderModule("../../etc/passwd.ts", {}, "pdf")).toThrow(/not a renderer/);
      // Nor any other module of the application: only a domain's render-job file.
      expect(() => pool.renderModule("lib/auth/session.ts", {}, "pdf")).toThrow(/not a renderer/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("the police's motorcade schedule", () => {
  it("lists each motorcade's departure and arrival as CSV and iCalendar, and follows a move", async () => {
    const before = await agencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.police.id);
    const csv = csvRows(motorcadeCsv(before, "en", TZ));
    expect(csv.rows.map((r) => [r["Motorcade leaves"], r["Party"]])).toEqual([["18:55", "Ukraine"], ["19:00", "Netherlands"], ["19:03", "Belgium"], ["19:03", "France"]]);
    const ics = icsEvents(motorcadeIcs(before, "en"));
    expect(ics.events.map((e) => [e.summary.split(":")[0], e.start])).toEqual([["Ukraine", at("18:55")], ["Netherlands", at("19:00")], ["Belgium", at("19:03")], ["France", at("19:03")]]);

    const fresh = (await getSequenceOfItem(db, fx.actors.planner, fx.summit.id, fx.dinner.id))!;
    await moveArrival(db, fx.actors.planner, inSummit(moveArrivalSchema, fx.summit.id, { sequenceId: fresh.id, delegationId: fx.delegations.ua.id, toPosition: 3, version: fresh.version }));
    const after = icsEvents(motorcadeIcs(await agencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.police.id), "en"));
    const ukraine = after.events.find((e) => e.summary.startsWith("Ukraine"))!;
    expect(ukraine.start).toEqual(at("19:03"));
    expect(ukraine.sequence).toBe(1);
    // The military have no tasks on these motorcades.
    expect(await agencyMotorcades(db, fx.actors.military, fx.summit.id, fx.agencies.military.id)).toEqual([]);
  });

  it("names the day and the agency's own task with each motorcade, in the reader's words, and prints as PDF on the pool", async () => {
    const rows = await agencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.police.id);
    expect(await countAgencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.police.id)).toBe(rows.length);
    expect(await countAgencyMotorcades(db, fx.actors.military, fx.summit.id, fx.agencies.military.id)).toBe(0);
    // Another agency's coordinator learns nothing of the police's schedule, not even its size.
    expect(await countAgencyMotorcades(db, fx.actors.military, fx.summit.id, fx.agencies.police.id)).toBe(0);
    const day = rows[0].departsAt.toISOString().slice(0, 10);
    const nl = csvRows(motorcadeCsv(rows, "nl", TZ));
    expect(nl.rows.map((r) => [r["Datum"], r["Taak"], r["Partij"]])).toEqual(rows.map((r) => [day, "Escorte", r.party]));

    // The schedule's agency: the reader's own, or any of the summit's for staff; nothing else.
    expect(await motorcadeAgencyName(db, fx.actors.police, fx.summit.id, fx.agencies.police.id)).toBe(fx.agencies.police.name);
    await expect(motorcadeAgencyName(db, fx.actors.police, fx.summit.id, fx.agencies.military.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(motorcadeAgencyName(db, fx.actors.planner, "another-summit", fx.agencies.police.id)).rejects.toBeInstanceOf(NotFoundError);

    const pool = new ExportPool({ threads: 1, queue: 1 });
    try {
      const pdf = await renderArrivalDocument({ kind: "motorcades", rows, agencyName: fx.agencies.police.name, lang: "en", timeZone: TZ }, pool);
      const text = (await pdfPages(pdf)).join("\n");
      expect(text).toContain(`Motorcade schedule · ${fx.agencies.police.name}`);
      // On paper the day is named.
      expect(text).toContain(formatIsoDay(isoDayOf(rows[0].departsAt, TZ), "en"));
      expect(text).toMatch(/18:55[\s\S]*Ukraine[\s\S]*Escort/);
      for (const r of rows) expect(text).toContain(r.party);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("a liaison's own arrival", () => {
  it("shows only its own departure and arrival, in CSV and iCalendar", async () => {
    const rows = await ownArrivals(db, fx.actors.liaisonBE, fx.summit.id, fx.delegations.be.id);
    const csvText = ownArrivalsCsv(rows, "en", TZ);
    const csv = csvRows(csvText);
    expect(csv.rows).toHaveLength(1);
    expect(csv.rows[0]).toMatchObject({ From: "Hotel des Indes arrivals", Arrives: expect.stringMatching(/^19:2\d$/) });
    const ics = ownArrivalsIcs(rows, "nl", TZ);
    const events = icsEvents(ics).events;
    expect(events).toHaveLength(1);
    expect(events[0].summary).toMatch(/^Royal dinner: Aankomst bij Forecourt om 19:2\d$/);
    for (const text of [csvText, ics]) expect(text).not.toMatch(/France|Ukraine|Netherlands/);
  });
});

describe("a liaison's itinerary and export show only their own arrival", () => {
  // The other parties, their principals and hotel, and any count of the parties ("2 of 4"). (The
  // summit's host, the Netherlands, may be named: the party is named by its principal here.)
  const others = /France|Ukraine|Prime Minister of the Netherlands|Kurhaus|\bof 4\b|\bvan 4\b/;

  it("the itinerary's dinner carries Belgium's entrance, arrival and motorcade departure, and nothing of the others", async () => {
    const [own] = await ownArrivals(db, fx.actors.liaisonBE, fx.summit.id, fx.delegations.be.id);
    const itinerary = await getItinerary(db, fx.actors.liaisonBE, { delegationId: fx.delegations.be.id });
    const dinner = itinerary.entries.find((e) => e.id === fx.dinner.id)!;
    expect(dinner.source === "item" && dinner.arrivals).toEqual([
      { party: "Belgium", entrance: "Forecourt", venue: own.venue, arrivesAt: own.arrivesAt, departsAt: own.departsAt, from: "Hotel des Indes arrivals" },
    ]);
    expect(JSON.stringify(itinerary)).not.toMatch(others);
    for (const other of [fx.delegations.fr, fx.delegations.nl, fx.delegations.ua]) expect(JSON.stringify(itinerary)).not.toContain(other.id);
    // The principal's own view shows it too.
    const principal = await getItinerary(db, fx.actors.liaisonBE, { delegationId: fx.delegations.be.id, memberId: fx.delegations.be.principalId });
    expect(principal.entries.find((e) => e.id === fx.dinner.id)).toMatchObject({ arrivals: [{ entrance: "Forecourt", arrivesAt: own.arrivesAt }] });
    // A planner reading Belgium's itinerary reads Belgium's arrival, not the order.
    const staff = await getItinerary(db, fx.actors.planner, { delegationId: fx.delegations.be.id });
    expect(JSON.stringify(staff)).not.toMatch(others);
    expect(staff.entries.find((e) => e.id === fx.dinner.id)).toMatchObject({ arrivals: [{ arrivesAt: own.arrivesAt }] });
  });

  it("every export format of the itinerary prints it, read back with its own parser, and names no other party", async () => {
    const [own] = await ownArrivals(db, fx.actors.liaisonBE, fx.summit.id, fx.delegations.be.id);
    const time = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
    const arrives = time(own.arrivesAt);
    const leaves = time(own.departsAt!);
    const doc = await loadItineraryExport(db, fx.actors.liaisonBE, { delegationId: fx.delegations.be.id });

    const csvText = new TextDecoder().decode(await renderExport(doc, "csv", { lang: "en" }));
    const csv = csvRows(csvText);
    expect(csv.rows.find((r) => r.ID === fx.dinner.id)).toMatchObject({ Arrives: arrives, Entrance: "Forecourt, Huis ten Bosch arrivals", "Motorcade leaves": leaves, From: "Hotel des Indes arrivals" });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderExport(doc, "xlsx", { lang: "nl" })) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    // ExcelJS's row values are 1-based, a sparse array: index 0 is a hole.
    const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ""));
    const dinnerRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === fx.dinner.id)!;
    const cell = (name: string) => dinnerRow.getCell(header.findIndex((h) => h.startsWith(name))).value;
    expect(cell("Ingang")).toBe("Forecourt, Huis ten Bosch arrivals");
    // Times of day as Excel times (a Date on Excel's day 0), as every time column of the file.
    const excelTime = (hhmm: string) => new Date(Date.UTC(1899, 11, 30, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3))));
    expect(cell("Aankomst")).toEqual(excelTime(arrives));
    expect(cell("Colonne vertrekt")).toEqual(excelTime(leaves));

    const ics = new TextDecoder().decode(await renderExport(doc, "ics", { lang: "en" }));
    const event = icsEvents(ics).events.find((e) => e.uid.startsWith(`${fx.dinner.id}.`))!;
    expect(event.description).toContain(`Arrives at Forecourt, Huis ten Bosch arrivals at ${arrives}`);
    expect(event.description).toContain(`Motorcade leaves Hotel des Indes arrivals at ${leaves}`);

    const pdf = (await pdfPages(await renderExport(doc, "pdf", { lang: "nl" }))).join("\n");
    expect(pdf).toContain(`Aankomst bij Forecourt, Huis ten Bosch arrivals om ${arrives}`);
    expect(pdf).toContain(`Colonne vertrekt om ${leaves} van Hotel des Indes arrivals`);

    for (const text of [csvText, ics, pdf, JSON.stringify(header), JSON.stringify(sheet.getSheetValues())]) expect(text).not.toMatch(others);
  });

  it("a liaison of two delegations reads both own arrivals in the calendar feed, each named, and no third party's", async () => {
    const user = await db.user.create({
      data: { id: "u-arrivals-liaison-be-nl", email: "arrivals-be-nl@example.org", name: "Liaison BE NL", role: "LIAISON", passwordHash: "not-a-hash", liaisons: { create: [{ delegationId: fx.delegations.be.id }, { delegationId: fx.delegations.nl.id }] } },
    });
    const actor = { userId: user.id, name: user.name, email: user.email, role: "LIAISON" as const, mustChangePassword: false, delegationIds: [fx.delegations.be.id, fx.delegations.nl.id], agencyId: null };
    const ics = new TextDecoder().decode(await renderExport(await loadFeedDocument(db, actor), "ics", { lang: "en" }));
    const dinner = icsEvents(ics).events.filter((e) => e.uid.startsWith(`${fx.dinner.id}.`));
    expect(dinner).toHaveLength(1);
    expect(dinner[0].description).toMatch(/Belgium: Arrives at Forecourt, Huis ten Bosch arrivals at \d\d:\d\d/);
    expect(dinner[0].description).toMatch(/Netherlands: Arrives at Forecourt, Huis ten Bosch arrivals at \d\d:\d\d/);
    expect(ics).not.toMatch(/France|Ukraine|Kurhaus|\bof 4\b/);
  });
});
