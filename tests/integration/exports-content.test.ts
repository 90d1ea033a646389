// Real exports of the fixture, read back: iCalendar with ical.js, CSV with papaparse, PDF with
// pdfjs. A liaison's files never hold another delegation's restricted items or staff notes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadItineraryExport, loadProgrammeExport, renderCsv, renderIcs, renderPdf } from "@/lib/exports";
import { moveItem } from "@/lib/programme/mutations";
import { formatTime, isoDayOf } from "@/lib/time";
import { csvRows, icsEvents, pdfPages } from "../unit/exports-support";
import { resetDatabase, testDb } from "./helpers";
import { at, BELGIAN_SECRETS, buildItineraryFixture, TZ, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
});
afterAll(() => db.$disconnect());

const uaItinerary = () => loadItineraryExport(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id });

describe("iCalendar", () => {
  it("has one event per itinerary line, stable UIDs across exports, cancelled items as CANCELLED", async () => {
    const doc = await uaItinerary();
    const first = icsEvents(renderIcs(doc, { lang: "en" }));
    const second = icsEvents(renderIcs(await uaItinerary(), { lang: "en" }));
    expect(first.method).toBe("PUBLISH");
    expect(first.events).toHaveLength(doc.entries.length);
    expect(first.events).toHaveLength(8);
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    // Ukraine's liaison's rendering in English (lib/exports/ics.ts: one UID, one content).
    expect(first.events.find((e) => e.uid === `${fx.items.cancelled.id}.liaison-UA.att-UA.en@summit-logistics`)?.status).toBe("CANCELLED");
    const dinner = first.events.find((e) => e.summary === "Royal dinner")!;
    expect(dinner.start).toEqual(fx.items.royalDinner.startsAt);
    expect(dinner.end).toEqual(fx.items.royalDinner.endsAt);
    expect(dinner.location).toBe("Dining Room, Palace");
  });

  it("bumps SEQUENCE and the times when an item is moved", async () => {
    const uid = `${fx.items.royalDinner.id}.liaison-UA.att-UA.en@summit-logistics`;
    const before = icsEvents(renderIcs(await uaItinerary(), { lang: "en" })).events.find((e) => e.uid === uid)!;
    const { version } = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.royalDinner.id }, select: { version: true } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: fx.items.royalDinner.id, version, startsAt: at(24, "20:00"), endsAt: at(24, "23:00"), spaceId: fx.spaces.dining.id });
    const after = icsEvents(renderIcs(await uaItinerary(), { lang: "en" })).events.find((e) => e.uid === uid)!;
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.start).toEqual(at(24, "20:00"));
  });

  it("never holds Belgium's restricted items or any staff note for Ukraine's liaison", async () => {
    // Unfold RFC 5545 continuation lines so a long name cannot hide across a fold.
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
    const text = unfold(renderIcs(await uaItinerary(), { lang: "en" }) + renderIcs(await loadProgrammeExport(db, fx.actors.liaisonUA, {}), { lang: "en" }));
    expect(text).toContain("Royal dinner");
    for (const secret of [...BELGIAN_SECRETS, "UA secret staff note", "UA arrival secret", "Protocol: arrival order", "Staff security briefing", "Draft press moment"]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("CSV", () => {
  it("parses back to the database rows: one per item, summit-zone dates and times", async () => {
    const { bom, header, rows } = csvRows(renderCsv(await loadProgrammeExport(db, fx.actors.planner, { day: "2025-06-24" }), { lang: "en" }));
    expect(bom).toBe(true);
    expect(header).toContain("Staff notes");
    const dbItems = await db.programmeItem.findMany({
      where: { summitId: fx.summit.id, startsAt: { lt: new Date("2025-06-24T22:00:00Z") }, endsAt: { gt: new Date("2025-06-23T22:00:00Z") } },
      select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
    });
    expect(rows.map((r) => r.ID).sort()).toEqual(dbItems.map((i) => i.id).sort());
    for (const item of dbItems) {
      const row = rows.find((r) => r.ID === item.id)!;
      expect(row).toMatchObject({
        Title: item.title,
        Date: isoDayOf(item.startsAt, TZ),
        Start: formatTime(item.startsAt, TZ),
        End: formatTime(item.endsAt, TZ),
      });
    }
  });

  it("writes Türkiye correctly and gives a liaison no staff notes column", async () => {
    const text = renderCsv(await uaItinerary(), { lang: "nl" });
    const { header, rows } = csvRows(text);
    expect(header).not.toContain("Interne notities");
    expect(header).toContain("Thuistijd (Europe/Kyiv)");
    expect(rows.find((r) => r.ID === fx.items.uaBilateral.id)?.Titel).toBe("Bilateral: Türkiye – Ukraine");
    expect(Buffer.from(text, "utf8").includes(Buffer.from("Türkiye", "utf8"))).toBe(true);
    for (const secret of BELGIAN_SECRETS) expect(text).not.toContain(secret);
  });
});

describe("PDF", () => {
  it("prints the itinerary's titles and summit times, and nothing of Belgium's", async () => {
    const text = (await pdfPages(await renderPdf(await uaItinerary(), { lang: "en" }))).join("\n");
    expect(text).toContain("Itinerary: Ukraine");
    expect(text).toContain("Liaison officer: UA");
    expect(text).toContain("Speech by the President of Ukraine");
    expect(text).toContain("14:00–14:20");
    expect(text).toContain("Arrival at Schiphol (UKR 01)");
    for (const secret of BELGIAN_SECRETS) expect(text).not.toContain(secret);
  });

  it("a viewer's day programme holds the public items only", async () => {
    const text = (await pdfPages(await renderPdf(await loadProgrammeExport(db, fx.actors.viewer, { day: "2025-06-25" }), { lang: "nl" }))).join("\n");
    expect(text).toContain("Dagprogramma");
    expect(text).toContain("Openbaar programma");
    expect(text).toContain("Defence Industry Forum");
    expect(text).not.toContain("Cancelled Ukrainian call");
    expect(text).not.toContain("Staff security briefing");
  });
});
