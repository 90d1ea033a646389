// The renderers on a hand-made document: times in the summit zone (whatever TZ the test runs
// in), stable UIDs and SEQUENCE, cancelled events, a BOM'd CSV, Dutch labels, PDF text.
import { describe, expect, it } from "vitest";
import { renderCsv, renderIcs, renderPdf, type ExportDocument } from "@/lib/exports";
import { packPages, pdfBlocks } from "@/lib/exports/pdf/rows";
import { pdfPageCount } from "@/lib/exports/pdf/render";
import type { ItemEntry, MovementEntry } from "@/lib/itinerary/types";
import { csvRows, icsEvents, pdfPages } from "./exports-support";

const item = (over: Partial<ItemEntry>): ItemEntry => ({
  source: "item",
  id: "item-1",
  title: "Royal dinner hosted by the King and Queen",
  kind: "ROYAL_DINNER",
  status: "CONFIRMED",
  visibility: "ALL_DELEGATIONS",
  startsAt: new Date("2025-06-24T17:30:00Z"),
  endsAt: new Date("2025-06-24T20:30:00Z"),
  version: 1,
  organiser: "The Royal House",
  dressCode: "Black tie",
  notes: null,
  staffNotes: null,
  parentId: null,
  venue: "Huis ten Bosch",
  space: "Royal Dining Room",
  attendees: ["President of Türkiye"],
  wholeDelegation: true,
  ...over,
});

const departure: MovementEntry = {
  source: "movement",
  id: "move-1",
  kind: "DEPARTURE",
  status: "CONFIRMED",
  startsAt: new Date("2025-06-25T14:55:00Z"),
  endsAt: null,
  version: 3,
  from: "Schiphol",
  to: null,
  flight: "TC-TRK",
  partySize: 55,
  venue: "Schiphol",
  space: null,
  attendees: [],
  wholeDelegation: true,
  notes: null,
  staffNotes: null,
};

const doc = (over: Partial<ExportDocument> = {}): ExportDocument => ({
  summitName: "NATO Summit The Hague 2025",
  timeZone: "Europe/Amsterdam",
  heading: { kind: "itinerary", delegation: "Türkiye", code: "TR", member: null },
  day: null,
  homeTimeZone: "Europe/Istanbul",
  scope: { role: "liaison", codes: ["TR"] },
  generatedAt: new Date("2025-06-20T08:00:00Z"),
  entries: [
    item({}),
    item({ id: "item-2", title: "Cancelled breakfast", kind: "WORKING_DINNER", status: "CANCELLED", version: 4, startsAt: new Date("2025-06-25T05:00:00Z"), endsAt: new Date("2025-06-25T06:00:00Z") }),
    departure,
  ],
  showAttendees: true,
  showStaffNotes: false,
  fileStem: "itinerary-TR-all-days",
  ...over,
});

describe("renderIcs", () => {
  it("writes one VEVENT per entry in UTC with stable UIDs, SEQUENCE = version - 1 and cancellations", () => {
    const { method, events } = icsEvents(renderIcs(doc(), { lang: "en" }));
    expect(method).toBe("PUBLISH");
    expect(events.map((e) => e.uid)).toEqual([
      "item-1.liaison-TR.att-TR.en@summit-logistics",
      "item-2.liaison-TR.att-TR.en@summit-logistics",
      "move-1.liaison-TR.att-TR.en@summit-logistics",
    ]);
    expect(events.map((e) => e.sequence)).toEqual([0, 3, 2]);
    expect(events.map((e) => e.status)).toEqual(["CONFIRMED", "CANCELLED", "CONFIRMED"]);
    expect(events[1].summary).toBe("Cancelled: Cancelled breakfast");
    expect(events[0].start.toISOString()).toBe("2025-06-24T17:30:00.000Z");
    expect(events[0].end.toISOString()).toBe("2025-06-24T20:30:00.000Z");
    expect(events[0].location).toBe("Royal Dining Room, Huis ten Bosch");
    expect(events[0].description).toContain("Black tie");
    expect(events[2].summary).toBe("Departure from Schiphol (TC-TRK)");
    // A departure has no end: none is invented.
    expect(events[2].end).toEqual(events[2].start);
  });

  it("gives the same UIDs on a second export, and Dutch labels under Dutch UIDs when asked", () => {
    const first = icsEvents(renderIcs(doc(), { lang: "en" })).events.map((e) => e.uid);
    expect(icsEvents(renderIcs(doc(), { lang: "en" })).events.map((e) => e.uid)).toEqual(first);
    const dutch = icsEvents(renderIcs(doc(), { lang: "nl" })).events;
    expect(dutch.map((e) => e.uid)).toEqual(first.map((uid) => uid.replace(".en@", ".nl@")));
    expect(dutch[2].summary).toBe("Vertrek vanaf Schiphol (TC-TRK)");
    expect(dutch[1].summary).toBe("Geannuleerd: Cancelled breakfast");
    expect(dutch[0].description).toContain("Koninklijk diner");
  });

  it("names the rendering in the UID: reader scope, whose attendees, staff notes, language", () => {
    const uid = (over: Partial<ExportDocument>, lang: "en" | "nl" = "en") => icsEvents(renderIcs(doc(over), { lang })).events[0].uid;
    expect(uid({ scope: { role: "staff" }, showStaffNotes: true })).toBe("item-1.staff.att-TR.notes.en@summit-logistics");
    expect(uid({ heading: { kind: "programme", venue: null }, scope: { role: "viewer" }, showAttendees: false }, "nl")).toBe("item-1.public.nl@summit-logistics");
    expect(uid({ heading: { kind: "feed" }, scope: { role: "liaison", codes: ["TR", "UA"] } })).toBe("item-1.liaison-TR-UA.att-TR-UA.en@summit-logistics");
    // Names are encoded, so no two scopes read alike ("-" and "." are separators).
    expect(uid({ heading: { kind: "programme", venue: null }, scope: { role: "agency", name: "Politie Den-Haag" }, showAttendees: false })).toBe(
      "item-1.agency-Politie%20Den%2DHaag.en@summit-logistics",
    );
  });

  it("renders an empty calendar for a document without entries", () => {
    expect(icsEvents(renderIcs(doc({ entries: [] }), { lang: "en" })).events).toEqual([]);
  });
});

describe("renderCsv", () => {
  it("starts with a BOM, has a header row and one row per entry in summit time", () => {
    const { bom, header, rows } = csvRows(renderCsv(doc(), { lang: "en" }));
    expect(bom).toBe(true);
    expect(header).toEqual([
      "ID", "Date", "Start", "End", "Home time (Europe/Istanbul)", "Title", "Kind", "Status", "Venue", "Space", "Attending", "Dress code", "Organiser", "Notes",
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ ID: "item-1", Date: "2025-06-24", Start: "19:30", End: "22:30", "Home time (Europe/Istanbul)": "20:30–23:30", Status: "Confirmed" });
    expect(rows[0].Attending).toBe("Whole delegation; President of Türkiye");
    expect(rows[1].Status).toBe("Cancelled");
    expect(rows[2]).toMatchObject({ Title: "Departure from Schiphol (TC-TRK)", End: "", Start: "16:55" });
  });

  it("translates the header and escapes cells a spreadsheet would run as a formula", () => {
    const { header, rows } = csvRows(renderCsv(doc({ entries: [item({ title: "=HYPERLINK(\"x\")" })] }), { lang: "nl" }));
    expect(header.slice(0, 4)).toEqual(["ID", "Datum", "Begin", "Einde"]);
    expect(rows[0].Titel).toBe("'=HYPERLINK(\"x\")");
  });

  it("adds staff notes only when the document says so", () => {
    const entries = [item({ staffNotes: "Protocol order" })];
    expect(csvRows(renderCsv(doc({ entries }), { lang: "en" })).header).not.toContain("Staff notes");
    expect(csvRows(renderCsv(doc({ entries, showStaffNotes: true }), { lang: "en" })).rows[0]["Staff notes"]).toBe("Protocol order");
  });
});

// PDF rendering and reading back take a few seconds on a busy machine.
describe("renderPdf", { timeout: 30_000 }, () => {
  it("prints header, titles, summit times and page numbers with the bundled font", async () => {
    const text = (await pdfPages(await renderPdf(doc(), { lang: "en" }))).join("\n");
    expect(text).toContain("NATO Summit The Hague 2025");
    expect(text).toContain("Itinerary: Türkiye");
    expect(text).toContain("Liaison officer: TR");
    expect(text).toContain("Generated Fri 20 Jun 2025 10:00");
    expect(text).toContain("Royal dinner hosted by the King and Queen");
    expect(text).toContain("19:30–22:30");
    expect(text).toContain("20:30–23:30");
    expect(text).toContain("CANCELLED");
    expect(text).toContain("Page 1 of 1");
  });

  it("breaks a long programme over numbered A4 pages, in Dutch", async () => {
    const entries = Array.from({ length: 120 }, (_, i) =>
      item({ id: `i${i}`, title: `Sessie ${i}`, startsAt: new Date(Date.UTC(2025, 5, 24, 6, i)), endsAt: new Date(Date.UTC(2025, 5, 24, 7, i)) }),
    );
    const pages = await pdfPages(await renderPdf(doc({ entries, day: "2025-06-24" }), { lang: "nl" }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain("di 24 jun 2025");
    expect(pages[pages.length - 1]).toContain(`Pagina ${pages.length} van ${pages.length}`);
    expect(pages.join(" ")).toContain("Sessie 119");
  });

  it("numbers every page once, 1 to n of n, n being the pages the file has", async () => {
    const entries = Array.from({ length: 200 }, (_, i) =>
      item({ id: `i${i}`, title: `Session ${i}`, startsAt: new Date(Date.UTC(2025, 5, 24, 6, i)), endsAt: new Date(Date.UTC(2025, 5, 24, 7, i)) }),
    );
    const file = await renderPdf(doc({ entries, day: "2025-06-24" }), { lang: "en" });
    const pages = await pdfPages(file);
    expect(pdfPageCount(file)).toBe(pages.length);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it("still numbers the pages right when a packed page does not fit and react-pdf breaks it", async () => {
    // Titles of wide letters take more lines than packPages estimates, so pages overflow.
    const wideTitle = Array.from({ length: 25 }, () => "WWWWW").join(" ");
    const entries = Array.from({ length: 60 }, (_, i) =>
      item({ id: `w${i}`, title: `${wideTitle} ${i}`, startsAt: new Date(Date.UTC(2025, 5, 24, 6, i)), endsAt: new Date(Date.UTC(2025, 5, 24, 7, i)) }),
    );
    const wide = doc({ entries, day: "2025-06-24" });
    const packed = packPages(pdfBlocks(wide, "en")).length;
    const file = await renderPdf(wide, { lang: "en" });
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(packed);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.join(" ")).toContain("WWWWW 59");
  });
});
