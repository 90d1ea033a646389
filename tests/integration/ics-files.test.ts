// Calendar files that real clients keep right, on every kind of file the app writes (itinerary,
// programme, agency tasks, feed), for every reader, in English and Dutch, read back with ical.js:
// - one UID, one content: a calendar holding two files keeps one event per UID, so two readers'
//   renderings (other attendees, staff notes, language) must not share a UID at one SEQUENCE;
// - content lines of at most 75 octets, folded between whole UTF-8 characters (RFC 5545 3.1);
// - cancelled events say so in SUMMARY too; feeds tell clients how often to refresh (RFC 7986);
// - an entry without an end (a departure) gets no invented end.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import { loadItineraryExport, loadProgrammeExport, loadTasksExport, renderIcs, type ExportDocument } from "@/lib/exports";
import type { Lang } from "@/lib/i18n";
import { icsEvents, type ParsedEvent } from "../unit/exports-support";
import { resetDatabase, testDb } from "./helpers";
import { buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;
type File = { name: string; text: string };
let files: File[] = [];

// Long, multibyte text in every width UTF-8 has: 2 (é, ü, Cyrillic), 3 (CJK, €), 4 octets (emoji).
const LONG_TITLE = "Королевский ужин — Diner d'État à l'Élysée 国宴 €€€ 🇳🇱🎉 ".repeat(3).trim();
const LONG_DESCRIPTION = "Überraschung für die Gäste: 晚宴之后有音乐会 🎻🎺, затем фейерверк. ".repeat(6).trim();
const LANGS: Lang[] = ["en", "nl"];

async function renderAll(): Promise<File[]> {
  const { actors, delegations } = fx;
  const docs: [string, () => Promise<ExportDocument>][] = [
    ["itinerary UA by liaison UA", () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id })],
    ["itinerary BE by liaison BE", () => loadItineraryExport(db, actors.liaisonBE, { delegationId: delegations.be.id })],
    ["itinerary UA by planner", () => loadItineraryExport(db, actors.planner, { delegationId: delegations.ua.id })],
    ["itinerary TR by planner", () => loadItineraryExport(db, actors.planner, { delegationId: delegations.tr.id })],
    ["programme by planner", () => loadProgrammeExport(db, actors.planner, {})],
    ["programme by viewer", () => loadProgrammeExport(db, actors.viewer, {})],
    ["programme by liaison UA", () => loadProgrammeExport(db, actors.liaisonUA, {})],
    ["programme by police", () => loadProgrammeExport(db, actors.police, {})],
    ["tasks by police", () => loadTasksExport(db, actors.police, { day: "2025-06-24", agencyId: null })],
    ["tasks by planner", () => loadTasksExport(db, actors.planner, { day: "2025-06-24", agencyId: null })],
    ["police tasks by planner", () => loadTasksExport(db, actors.planner, { day: "2025-06-24", agencyId: fx.agency.id })],
    ...(Object.keys(actors) as (keyof typeof actors)[]).map((who): [string, () => Promise<ExportDocument>] => [`feed of ${who}`, () => loadFeedDocument(db, actors[who] as Actor)]),
  ];
  const out: File[] = [];
  for (const [name, load] of docs) {
    const doc = await load();
    for (const lang of LANGS) out.push({ name: `${name} (${lang})`, text: renderIcs(doc, { lang }) });
  }
  return out;
}

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
  await db.programmeItem.update({ where: { id: fx.items.royalDinner.id }, data: { title: LONG_TITLE, description: LONG_DESCRIPTION } });
  await db.programmeItem.update({ where: { id: fx.items.beRestricted.id }, data: { description: LONG_DESCRIPTION } });
  files = await renderAll();
});
afterAll(() => db.$disconnect());

const content = (e: ParsedEvent) => JSON.stringify([e.summary, e.description, e.location, e.status, e.start.toISOString(), e.end.toISOString()]);

describe("one UID, one content", () => {
  it("gives every rendering of an event that differs from another (reader, language) its own UID", () => {
    const seen = new Map<string, { content: string; file: string }>();
    const clashes: string[] = [];
    for (const file of files) {
      for (const event of icsEvents(file.text).events) {
        const key = `${event.uid} #${event.sequence}`;
        const first = seen.get(key);
        if (!first) seen.set(key, { content: content(event), file: file.name });
        else if (first.content !== content(event)) clashes.push(`${key}: ${first.file} ≠ ${file.name}`);
      }
    }
    expect(clashes).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  it("keeps the UID of one reader's rendering from export to export and between an export and the feed", async () => {
    const uids = (name: string) => icsEvents(files.find((f) => f.name === name)!.text).events.map((e) => e.uid);
    const dinner = (name: string) => uids(name).filter((uid) => uid.startsWith(fx.items.royalDinner.id));
    expect(dinner("itinerary UA by liaison UA (en)")).toEqual(dinner("feed of liaisonUA (en)"));
    expect(dinner("itinerary UA by liaison UA (en)")).not.toEqual(dinner("itinerary UA by liaison UA (nl)"));
    expect(dinner("itinerary UA by liaison UA (en)")).not.toEqual(dinner("itinerary BE by liaison BE (en)"));
    const again = renderIcs(await loadItineraryExport(db, fx.actors.liaisonUA, { delegationId: fx.delegations.ua.id }), { lang: "en" });
    expect(icsEvents(again).events.map((e) => e.uid)).toEqual(uids("itinerary UA by liaison UA (en)"));
  });
});

describe("RFC 5545 line folding", () => {
  it("folds every content line of every file at 75 octets, between whole UTF-8 characters", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const file of files) {
      const bytes = Buffer.from(file.text, "utf8");
      expect(file.text.endsWith("\r\n"), file.name).toBe(true);
      let start = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
        const line = bytes.subarray(start, i);
        expect(line.length, `${file.name}: ${decoder.decode(line)}`).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(line), file.name).not.toThrow();
        start = i + 2;
      }
      expect(start).toBe(bytes.length);
    }
  });

  it("reads back the long multibyte title and description unchanged", () => {
    const withDinner = files.filter((f) => f.name.startsWith("itinerary UA") || f.name.startsWith("feed of planner"));
    expect(withDinner.length).toBeGreaterThan(0);
    for (const file of withDinner) {
      const dinner = icsEvents(file.text).events.find((e) => e.uid.startsWith(fx.items.royalDinner.id))!;
      expect(dinner.summary, file.name).toBe(LONG_TITLE);
      expect(dinner.description, file.name).toContain(LONG_DESCRIPTION);
    }
    const task = icsEvents(files.find((f) => f.name === "tasks by planner (en)")!.text).events[0];
    expect(task.description).toContain("Belgian restricted briefing");
  });
});

describe("what clients show", () => {
  it("says Cancelled in SUMMARY (Geannuleerd in Dutch) as well as STATUS:CANCELLED", () => {
    const cancelled = (name: string) => icsEvents(files.find((f) => f.name === name)!.text).events.find((e) => e.uid.startsWith(fx.items.cancelled.id))!;
    expect(cancelled("itinerary UA by liaison UA (en)")).toMatchObject({ summary: "Cancelled: Cancelled Ukrainian call", status: "CANCELLED" });
    expect(cancelled("itinerary UA by liaison UA (nl)")).toMatchObject({ summary: "Geannuleerd: Cancelled Ukrainian call", status: "CANCELLED" });
    for (const file of files) {
      for (const event of icsEvents(file.text).events) {
        if (event.status === "CANCELLED") expect(event.summary, file.name).toMatch(file.name.endsWith("(nl)") ? /^Geannuleerd: / : /^Cancelled: /);
        else expect(event.summary, file.name).not.toMatch(/^(Cancelled|Geannuleerd): /);
      }
    }
  });

  it("feeds ask for an hourly refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL); downloads do not carry REFRESH-INTERVAL", () => {
    for (const file of files) {
      const calendar = new ICAL.Component(ICAL.parse(file.text));
      const refresh = calendar.getFirstProperty("refresh-interval");
      if (file.name.startsWith("feed")) {
        // ical.js takes the VALUE parameter as the property's type.
        expect(file.text.split("\r\n"), file.name).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        expect(refresh?.type, file.name).toBe("duration");
        expect(String(refresh?.getFirstValue()), file.name).toBe("PT1H");
        expect(String(calendar.getFirstPropertyValue("x-published-ttl")), file.name).toBe("PT1H");
      } else {
        expect(refresh, file.name).toBeNull();
      }
    }
  });

  it("gives a departure, which has no end, no invented end: the event ends where it starts", () => {
    for (const name of ["itinerary UA by liaison UA (en)", "feed of liaisonUA (nl)"]) {
      const calendar = new ICAL.Component(ICAL.parse(files.find((f) => f.name === name)!.text));
      const departure = calendar.getAllSubcomponents("vevent").find((v) => String(v.getFirstPropertyValue("uid")).startsWith(fx.movements.uaDeparture.id))!;
      expect(departure.hasProperty("dtend"), name).toBe(false);
      expect(departure.hasProperty("duration"), name).toBe(false);
      const event = new ICAL.Event(departure);
      expect(event.endDate.toJSDate()).toEqual(fx.movements.uaDeparture.startsAt);
    }
  });
});
