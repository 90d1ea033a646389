// The table exports for spreadsheets: CSV with the reader's list separator (Dutch Excel
// splits on semicolons, English on commas), read back by papaparse detecting the delimiter; and
// XLSX beside it, read back with exceljs: real cells (summit-local dates and times as Excel date
// values, numbers as numbers, text never a formula), a bold and frozen header row, column widths,
// the CSV's columns in the CSV's order.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { TaskView } from "@/lib/tasks/task-view";
import { renderCsv, renderXlsx, type ExportDocument } from "@/lib/exports";
import type { Lang } from "@/lib/i18n";
import type { ItemEntry, MovementEntry } from "@/lib/itinerary/types";

const ZONE = "Europe/Amsterdam";

const dinner: ItemEntry = {
  source: "item", id: "item-1", title: "Royal dinner hosted by the King and Queen", kind: "ROYAL_DINNER", status: "CONFIRMED",
  visibility: "ALL_DELEGATIONS", startsAt: new Date("2025-06-24T17:30:00Z"), endsAt: new Date("2025-06-24T20:30:00Z"), version: 1,
  organiser: "The Royal House", dressCode: "Black tie", notes: "=HYPERLINK(\"x\")", staffNotes: null, parentId: null,
  venue: "Huis ten Bosch", space: "Royal Dining Room", attendees: ["President of Türkiye"], wholeDelegation: true,
};
const departure: MovementEntry = {
  source: "movement", id: "move-1", kind: "DEPARTURE", status: "CONFIRMED", startsAt: new Date("2025-06-25T14:55:00Z"), endsAt: null,
  version: 3, from: "Schiphol", to: null, flight: "TC-TRK", partySize: 55, venue: "Schiphol", space: null, attendees: [],
  wholeDelegation: true, notes: null, staffNotes: null,
};

const itinerary = (over: Partial<ExportDocument> = {}): ExportDocument => ({
  summitName: "NATO Summit The Hague 2025", timeZone: ZONE, heading: { kind: "itinerary", delegation: "Türkiye", code: "TR", member: null },
  day: null, homeTimeZone: "Europe/Istanbul", scope: { role: "liaison", codes: ["TR"] }, generatedAt: new Date("2025-06-20T08:00:00Z"),
  entries: [dinner, departure], showAttendees: true, showStaffNotes: false, fileStem: "itinerary-TR-all-days", ...over,
});

const escort: TaskView = {
  id: "t1", type: "ESCORT", status: "DONE", startsAt: new Date("2025-06-24T16:20:00Z"), endsAt: new Date("2025-06-24T16:45:00Z"),
  location: null, note: "Wait at the side gate", agencyNote: null, staffNotes: null, version: 1,
  agency: { id: "a", name: "National Police", shortName: "Police" },
  subject: {
    target: "MOVEMENT", id: "m", kind: "TRANSFER", delegation: "Türkiye", from: "Hilton", to: "Huis ten Bosch", flight: null,
    startsAt: new Date("2025-06-24T16:20:00Z"), endsAt: new Date("2025-06-24T16:45:00Z"), partySize: 9,
    principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", routeNote: null, roadClosureNeeded: true, staffNotes: null, version: 1,
  },
};
const tasks = (): ExportDocument => ({
  ...itinerary(), heading: { kind: "tasks", agency: "National Police" }, day: "2025-06-24", homeTimeZone: null,
  scope: { role: "agency", name: "Police" }, entries: [], tasks: [escort], showAttendees: false, fileStem: "tasks-2025-06-24",
});

function parseCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { delimiter: parsed.meta.delimiter, header: parsed.meta.fields ?? [], rows: parsed.data };
}

async function readXlsx(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  const values = (row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);
  return { sheet, header: values(1).map(String), rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)) };
}

describe("CSV in the reader's list separator", () => {
  it("separates with commas in English and semicolons in Dutch, the same cells either way", () => {
    const en = parseCsv(renderCsv(itinerary(), { lang: "en" }));
    const nl = parseCsv(renderCsv(itinerary(), { lang: "nl" }));
    expect([en.delimiter, nl.delimiter]).toEqual([",", ";"]);
    expect(nl.header.slice(0, 6)).toEqual(["ID", "Datum", "Begin", "Einde", "Thuistijd (Europe/Istanbul)", "Titel"]);
    // Id, date, times and home times are the same cells in both languages.
    const times = (rows: Record<string, string>[]) => rows.map((row) => Object.values(row).slice(0, 5));
    expect(times(nl.rows)).toEqual(times(en.rows));
    expect(times(en.rows)[0]).toEqual(["item-1", "2025-06-24", "19:30", "22:30", "20:30–23:30"]);
    // A cell holding the separator is quoted, and reads back whole.
    expect(nl.rows[0].Aanwezig).toBe("Hele delegatie; President of Türkiye");
    expect(en.rows[0].Attending).toBe("Whole delegation; President of Türkiye");
  });

  it("does the same for the agency's task file", () => {
    expect(parseCsv(renderCsv(tasks(), { lang: "nl" })).delimiter).toBe(";");
    const en = parseCsv(renderCsv(tasks(), { lang: "en" }));
    expect(en.delimiter).toBe(",");
    expect(en.rows[0]).toMatchObject({ "Task id": "t1", Start: "18:20", Covers: "Transfer · Türkiye", "Party size": "9" });
  });
});

describe("XLSX beside the CSV", () => {
  for (const lang of ["en", "nl"] as const satisfies readonly Lang[]) {
    it(`has the CSV's columns and rows as real cells (${lang})`, async () => {
      const csv = parseCsv(renderCsv(itinerary(), { lang }));
      const { sheet, header, rows } = await readXlsx(await renderXlsx(itinerary(), { lang }));
      // The same columns; dates and times are summit-local Excel values, and their headers say the zone.
      const zoned = new Set([1, 2, 3]);
      expect(header).toEqual(csv.header.map((h, i) => (zoned.has(i) ? `${h} (${ZONE})` : h)));
      expect(rows).toHaveLength(csv.rows.length);
      const [first, second] = rows;
      expect(first[0]).toBe("item-1");
      expect(first[1]).toEqual(new Date("2025-06-24T00:00:00Z"));
      expect(first[2]).toEqual(new Date("1899-12-30T19:30:00Z"));
      expect(first[3]).toEqual(new Date("1899-12-30T22:30:00Z"));
      expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
      expect(sheet.getCell("C2").numFmt).toBe("hh:mm");
      // Text is text, never a formula (the CSV escapes it instead).
      const notes = sheet.getRow(2).getCell(header.indexOf(lang === "en" ? "Notes" : "Opmerkingen") + 1);
      expect(notes.type).toBe(ExcelJS.ValueType.String);
      expect(notes.value).toBe("=HYPERLINK(\"x\")");
      expect(first.slice(4).map((cell) => cell ?? "")).toEqual(Object.values(csv.rows[0]).slice(4).map((cell) => cell.replace(/^'/, "")));
      // A departure has no end: the cell is empty, as in the CSV.
      expect(second[3] ?? null).toBeNull();
      expect(csv.rows[1][csv.header[3]]).toBe("");
    });
  }

  it("has a bold, frozen header row, a filter on it and a width for every column", async () => {
    const { sheet, header } = await readXlsx(await renderXlsx(itinerary(), { lang: "en" }));
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(header.length).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    for (let c = 1; c <= header.length; c++) expect(sheet.getColumn(c).width, header[c - 1]).toBeGreaterThanOrEqual(header[c - 1].length);
    expect(sheet.name).toBe("Itinerary Türkiye");
  });

  it("writes the agency's tasks with numbers as numbers, in Dutch", async () => {
    const csv = parseCsv(renderCsv(tasks(), { lang: "nl" }));
    const { header, rows } = await readXlsx(await renderXlsx(tasks(), { lang: "nl" }));
    expect(header).toEqual(csv.header.map((h, i) => ([1, 2, 3].includes(i) ? `${h} (${ZONE})` : h)));
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row).toMatchObject({ "Taak-id": "t1", Dienst: "Police", "Soort taak": "Escorte", Voor: "Verplaatsing · Türkiye", "Omvang gezelschap": 9 });
    expect(row[`Begin (${ZONE})`]).toEqual(new Date("1899-12-30T18:20:00Z"));
  });
});
