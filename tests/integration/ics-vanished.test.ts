// Items that leave a reader's calendar vanish from the next file, and a calendar that imported an
// earlier file would keep them. So, while the summit lasts, the reader's next export and feed carry
// each one as STATUS:CANCELLED under the UID it had for this reader, with a higher SEQUENCE, titled
// and timed as the reader last saw it: only items the audit trail shows the reader could see, and
// nothing they could not (another delegation's liaison learns nothing; an agency that saw an item
// as "Restricted event" is told of "Restricted event"). Files are read back with ical.js.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTask, deleteTask } from "@/lib/tasks/mutations";
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import { loadItineraryExport, loadProgrammeExport, renderIcs } from "@/lib/exports";
import type { Lang } from "@/lib/i18n";
import { createItem, updateItem } from "@/lib/programme/mutations";
import { itemInputSchema, updateItemSchema, type ItemValues } from "@/lib/programme/schema";
import { parseInput } from "@/lib/validation";
import { icsEvents, type ParsedEvent } from "../unit/exports-support";
import { resetDatabase, testDb } from "./helpers";
import { at, buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";
import { inSummit } from "./inputs";
import { createTaskSchema, deleteTaskSchema } from "@/lib/tasks/schema";

const db = testDb();
let fx: ItineraryFixture;

/** During the planning, before the summit's last day ends; and a day after it. */
const DURING = new Date("2025-06-20T10:00:00Z");
const AFTER_SUMMIT = new Date("2025-06-26T00:00:00Z");

type Inputs = Record<"pressCall" | "sideMeeting" | "briefing", ItemValues & { id: string }>;
let items: Inputs;

const file = async (what: string, lang: Lang = "en", now = DURING): Promise<string> => {
  const { actors, delegations } = fx;
  const loads: Record<string, () => ReturnType<typeof loadFeedDocument>> = {
    "itinerary UA by liaison UA": () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id }, now),
    "itinerary UA 24 June by liaison UA": () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id, day: "2025-06-24" }, now),
    "itinerary UA 25 June by liaison UA": () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id, day: "2025-06-25" }, now),
    "itinerary UA FM by liaison UA": () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id, memberId: fx.members.uaFm.id }, now),
    "itinerary UA head by liaison UA": () => loadItineraryExport(db, actors.liaisonUA, { delegationId: delegations.ua.id, memberId: fx.members.uaHead.id }, now),
    "programme by liaison UA": () => loadProgrammeExport(db, actors.liaisonUA, {}, now),
    "feed of liaison UA": () => loadFeedDocument(db, actors.liaisonUA, now),
    "itinerary BE by liaison BE": () => loadItineraryExport(db, actors.liaisonBE, { delegationId: delegations.be.id }, now),
    "programme by liaison BE": () => loadProgrammeExport(db, actors.liaisonBE, {}, now),
    "feed of liaison BE": () => loadFeedDocument(db, actors.liaisonBE, now),
    "itinerary UA by planner": () => loadItineraryExport(db, actors.planner, { delegationId: delegations.ua.id }, now),
    "programme by planner": () => loadProgrammeExport(db, actors.planner, {}, now),
    "programme by police": () => loadProgrammeExport(db, actors.police, {}, now),
    "feed of police": () => loadFeedDocument(db, actors.police, now),
    "programme by viewer": () => loadProgrammeExport(db, actors.viewer, {}, now),
  };
  return renderIcs(await loads[what](), { lang });
};

const eventOf = (text: string, id: string): ParsedEvent | undefined => icsEvents(text).events.find((e) => e.uid.startsWith(`${id}.`));
const version = async (id: string) => (await db.programmeItem.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** The Belgian restricted briefing as its form would post it (the fixture made it without one). */
const beBriefing = (): ItemValues => ({
  summitId: fx.summit.id, kind: "SIDE_EVENT", title: "Belgian restricted briefing", status: "CONFIRMED", visibility: "PARTICIPANTS",
  startsAt: at(24, "11:00"), endsAt: at(24, "11:45"), spaceId: fx.spaces.roomA.id, staffNotes: "Belgian staff note",
  delegationIds: [], memberIds: [fx.members.beFm.id],
});

const ALL_FILES = [
  "itinerary UA by liaison UA", "itinerary UA 24 June by liaison UA", "itinerary UA 25 June by liaison UA", "itinerary UA FM by liaison UA",
  "itinerary UA head by liaison UA", "programme by liaison UA", "feed of liaison UA", "itinerary BE by liaison BE", "programme by liaison BE",
  "feed of liaison BE", "itinerary UA by planner", "programme by planner", "programme by police", "feed of police", "programme by viewer",
];

/** Before: files as each reader downloaded them while the three Ukrainian items were theirs to see. */
const before: Record<string, string> = {};
const BEFORE_FILES = [
  "itinerary UA by liaison UA", "feed of liaison UA", "programme by liaison UA", "itinerary UA by planner",
  "itinerary BE by liaison BE", "feed of liaison BE", "programme by police", "feed of police",
];

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
  const { planner } = fx.actors;
  const base = { summitId: fx.summit.id, kind: "SIDE_EVENT" as const, status: "CONFIRMED" as const, visibility: "PARTICIPANTS" as const, spaceId: fx.spaces.roomA.id };
  const make = async (input: ItemValues) => ({ ...input, id: (await createItem(db, planner, parseInput(itemInputSchema, input))).id });
  items = {
    pressCall: await make({ ...base, title: "Ukrainian press call", startsAt: at(24, "14:00"), endsAt: at(24, "14:30"), delegationIds: [fx.delegations.ua.id], memberIds: [] }),
    sideMeeting: await make({ ...base, title: "Ukrainian side meeting", startsAt: at(24, "15:00"), endsAt: at(24, "15:30"), delegationIds: [], memberIds: [fx.members.uaFm.id] }),
    briefing: await make({ ...base, title: "Ukrainian situation briefing", startsAt: at(24, "16:00"), endsAt: at(24, "16:30"), delegationIds: [fx.delegations.ua.id], memberIds: [] }),
  };
  // The police escort the press call: they see it, but only as "Restricted event".
  await db.agencyTask.create({ data: { agencyId: fx.agency.id, itemId: items.pressCall.id, type: "ESCORT", startsAt: at(24, "13:30"), endsAt: at(24, "14:30") } });
  for (const name of BEFORE_FILES) before[name] = await file(name);

  // Set to draft (and renamed while a draft), Ukraine's participation removed, narrowed to staff.
  const { pressCall, sideMeeting, briefing } = items;
  await updateItem(db, planner, parseInput(updateItemSchema, { ...pressCall, version: 1, status: "DRAFT", title: "Renamed while a draft" }));
  await updateItem(db, planner, parseInput(updateItemSchema, { ...sideMeeting, version: 1, memberIds: [fx.members.trHead.id] }));
  await updateItem(db, planner, parseInput(updateItemSchema, { ...briefing, version: 1, visibility: "STAFF" }));
  // Belgium's briefing, which the police also escort, goes back to draft.
  await updateItem(db, planner, parseInput(updateItemSchema, { ...beBriefing(), id: fx.items.beRestricted.id, version: await version(fx.items.beRestricted.id), status: "DRAFT" }));
});
afterAll(() => db.$disconnect());

const TITLES = { pressCall: "Ukrainian press call", sideMeeting: "Ukrainian side meeting", briefing: "Ukrainian situation briefing" } as const;

describe("a liaison's items that leave their view", () => {
  it("come back in the next itinerary file and the feed as cancelled, under the same UID, with a higher SEQUENCE, the old title and times", async () => {
    for (const name of ["itinerary UA by liaison UA", "feed of liaison UA"]) {
      const now = await file(name);
      for (const key of ["pressCall", "sideMeeting", "briefing"] as const) {
        const was = eventOf(before[name], items[key].id);
        expect(was, `${name}: ${key} before`).toMatchObject({ summary: TITLES[key], status: "CONFIRMED" });
        const cancelled = eventOf(now, items[key].id);
        expect(cancelled, `${name}: ${key}`).toMatchObject({
          uid: was!.uid,
          summary: `Cancelled: ${TITLES[key]}`,
          status: "CANCELLED",
          start: items[key].startsAt,
          end: items[key].endsAt,
        });
        expect(cancelled!.sequence, `${name}: ${key}`).toBeGreaterThan(was!.sequence);
      }
      expect(now, name).not.toContain("Renamed while a draft");
    }
  });

  it("says so in the reader's language", async () => {
    const nl = await file("itinerary UA by liaison UA", "nl");
    expect(eventOf(nl, items.pressCall.id)).toMatchObject({ summary: "Geannuleerd: Ukrainian press call", status: "CANCELLED" });
  });

  it("come back in the liaison's programme file too, which listed them under its own UIDs", async () => {
    const now = await file("programme by liaison UA");
    for (const key of ["pressCall", "sideMeeting", "briefing"] as const) {
      const was = eventOf(before["programme by liaison UA"], items[key].id)!;
      expect(eventOf(now, items[key].id), key).toMatchObject({ uid: was.uid, summary: `Cancelled: ${TITLES[key]}`, status: "CANCELLED" });
    }
  });

  it("go only to the files that held them: a day's file, and a member's file when the member attended", async () => {
    const ids = (text: string) => icsEvents(text).events.filter((e) => e.status === "CANCELLED").map((e) => e.uid.split(".")[0]);
    expect(ids(await file("itinerary UA 24 June by liaison UA"))).toEqual(expect.arrayContaining([items.pressCall.id, items.sideMeeting.id, items.briefing.id]));
    const otherDay = ids(await file("itinerary UA 25 June by liaison UA"));
    for (const item of Object.values(items)) expect(otherDay).not.toContain(item.id);
    // The foreign minister attended the side meeting only; the principal the whole-delegation items.
    const fm = ids(await file("itinerary UA FM by liaison UA"));
    expect(fm).toContain(items.sideMeeting.id);
    expect(fm).not.toContain(items.pressCall.id);
    const head = ids(await file("itinerary UA head by liaison UA"));
    expect(head).toEqual(expect.arrayContaining([items.pressCall.id, items.briefing.id]));
    expect(head).not.toContain(items.sideMeeting.id);
  });

  it("are carried only while the summit lasts", async () => {
    expect(eventOf(await file("itinerary UA by liaison UA"), items.pressCall.id)).toBeDefined();
    const after = await file("itinerary UA by liaison UA", "en", AFTER_SUMMIT);
    for (const item of Object.values(items)) expect(eventOf(after, item.id)).toBeUndefined();
  });

  it("leave a staff itinerary when the delegation no longer takes part, while drafts and staff-only items stay in it", async () => {
    const now = await file("itinerary UA by planner");
    const was = eventOf(before["itinerary UA by planner"], items.sideMeeting.id)!;
    const gone = eventOf(now, items.sideMeeting.id)!;
    expect(gone).toMatchObject({ uid: was.uid, summary: "Cancelled: Ukrainian side meeting", status: "CANCELLED" });
    expect(gone.sequence).toBeGreaterThan(was.sequence);
    expect(eventOf(now, items.pressCall.id)).toMatchObject({ summary: "Renamed while a draft", status: "TENTATIVE" });
    expect(eventOf(now, items.briefing.id)).toMatchObject({ summary: "Ukrainian situation briefing", status: "CONFIRMED" });
    // Staff see everything: nothing leaves their programme.
    expect(icsEvents(await file("programme by planner")).events.filter((e) => e.status === "CANCELLED").map((e) => e.summary)).not.toContain("Cancelled: Ukrainian side meeting");
  });
});

describe("one UID, one content", () => {
  it("holds with the cancellations in: every file of the same UIDs says the same of an event at one SEQUENCE", async () => {
    const seen = new Map<string, { content: string; file: string }>();
    const clashes: string[] = [];
    let cancellations = 0;
    for (const name of ALL_FILES) {
      for (const event of icsEvents(await file(name)).events) {
        const key = `${event.uid} #${event.sequence}`;
        const content = JSON.stringify([event.summary, event.status, event.location, event.start.toISOString(), event.end.toISOString()]);
        const first = seen.get(key);
        if (!first) seen.set(key, { content, file: name });
        else if (first.content !== content) clashes.push(`${key}: ${first.file} ≠ ${name}`);
        if (event.status === "CANCELLED" && event.summary !== "Cancelled: Cancelled Ukrainian call") cancellations++;
      }
    }
    expect(clashes).toEqual([]);
    expect(cancellations).toBeGreaterThan(10);
  });
});

describe("readers who never saw an item", () => {
  it("learn nothing of it: not its UID, not its title", async () => {
    const ukrainian = [...Object.values(items).map((i) => i.id), "Ukrainian", "Renamed while a draft"];
    for (const name of ["itinerary BE by liaison BE", "programme by liaison BE", "feed of liaison BE", "programme by viewer"]) {
      const text = await file(name);
      for (const secret of ukrainian) expect(text, `${name}: ${secret}`).not.toContain(secret);
    }
    for (const name of ["itinerary UA by liaison UA", "programme by liaison UA", "feed of liaison UA", "programme by viewer"]) {
      const text = await file(name);
      expect(text, name).not.toContain(fx.items.beRestricted.id);
      expect(text, name).not.toContain("Belgian");
    }
  });

  it("while the reader who saw it is told (Belgium's liaison, of its briefing)", async () => {
    for (const name of ["itinerary BE by liaison BE", "feed of liaison BE"]) {
      const was = eventOf(before[name], fx.items.beRestricted.id)!;
      const cancelled = eventOf(await file(name), fx.items.beRestricted.id);
      expect(cancelled, name).toMatchObject({ uid: was.uid, summary: "Cancelled: Belgian restricted briefing", status: "CANCELLED" });
      expect(cancelled!.sequence).toBeGreaterThan(was.sequence);
    }
  });
});

describe("an agency that saw items only for its task", () => {
  it("is told of them as it saw them, 'Restricted event', never by their real titles", async () => {
    for (const name of ["programme by police", "feed of police"]) {
      const text = await file(name);
      for (const id of [items.pressCall.id, fx.items.beRestricted.id]) {
        const was = eventOf(before[name], id);
        expect(was, `${name}: before`).toMatchObject({ summary: "Restricted event" });
        const cancelled = eventOf(text, id);
        expect(cancelled, name).toMatchObject({ uid: was!.uid, summary: "Cancelled: Restricted event", status: "CANCELLED", start: was!.start, end: was!.end });
        expect(cancelled!.sequence).toBeGreaterThan(was!.sequence);
      }
      for (const secret of ["Ukrainian", "Belgian", "Renamed while a draft", items.sideMeeting.id, items.briefing.id]) expect(text, `${name}: ${secret}`).not.toContain(secret);
    }
    const nl = await file("feed of police", "nl");
    expect(eventOf(nl, items.pressCall.id)).toMatchObject({ summary: "Geannuleerd: Besloten evenement" });
  });

  it("is told nothing of an item whose task it got only while the item was a draft", async () => {
    const { planner } = fx.actors;
    const input: ItemValues = {
      summitId: fx.summit.id, kind: "SIDE_EVENT", title: "Turkish closed meeting", status: "CONFIRMED", visibility: "PARTICIPANTS",
      startsAt: at(25, "09:00"), endsAt: at(25, "09:30"), spaceId: fx.spaces.dining.id, delegationIds: [], memberIds: [fx.members.trHead.id],
    };
    const { id } = await createItem(db, planner, parseInput(itemInputSchema, input));
    await updateItem(db, planner, parseInput(updateItemSchema, { ...input, id, version: 1, status: "DRAFT" }));
    await createTask(db, planner, inSummit(createTaskSchema, fx.summit.id, { agencyId: fx.agency.id, subject: `item:${id}`, type: "ESCORT", startsAt: "2025-06-25T08:30", endsAt: "2025-06-25T09:30" }));
    for (const name of ["programme by police", "feed of police"]) {
      const text = await file(name);
      expect(text, name).not.toContain(id);
      expect(text, name).not.toContain("Turkish");
    }
    // The item is there all the same: a draft in the planner's Türkiye itinerary.
    const planners = renderIcs(await loadItineraryExport(db, planner, { delegationId: fx.delegations.tr.id }, DURING), { lang: "en" });
    expect(eventOf(planners, id)).toMatchObject({ summary: "Turkish closed meeting", status: "TENTATIVE" });
  });

  it("is told of an item it loses with its task, with a SEQUENCE above the one it had though the item did not change", async () => {
    const { planner } = fx.actors;
    const { id } = await createItem(db, planner, parseInput(itemInputSchema, {
      summitId: fx.summit.id, kind: "SIDE_EVENT", title: "Staff-only motorcade rehearsal", status: "CONFIRMED", visibility: "STAFF",
      startsAt: at(25, "07:00"), endsAt: at(25, "07:30"), spaceId: fx.spaces.dining.id, delegationIds: [], memberIds: [],
    }));
    const task = await createTask(db, planner, inSummit(createTaskSchema, fx.summit.id, { agencyId: fx.agency.id, subject: `item:${id}`, type: "ESCORT", startsAt: "2025-06-25T06:30", endsAt: "2025-06-25T07:30" }));
    const was = eventOf(await file("feed of police"), id)!;
    expect(was).toMatchObject({ summary: "Restricted event", status: "CONFIRMED" });
    await deleteTask(db, planner, inSummit(deleteTaskSchema, fx.summit.id, { id: task.id, version: 1 }));
    const text = await file("feed of police");
    const cancelled = eventOf(text, id);
    expect(cancelled).toMatchObject({ uid: was.uid, summary: "Cancelled: Restricted event", status: "CANCELLED" });
    expect(cancelled!.sequence).toBeGreaterThan(was.sequence);
    expect(text).not.toContain("motorcade");
  });
});
