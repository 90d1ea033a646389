import { describe, expect, it } from "vitest";
import { phraseText } from "@/lib/i18n";

import { formatTime, isoDayOf } from "@/lib/time";

import { checkSummit } from "./check-summit";
import { findSlots } from "./slot-finder";
import type { Slot, SlotRequest } from "./slot-types";
import { at, baseSnapshot, item, SUMMIT_TZ } from "./test-fixtures";
import type { SummitItem, SummitSnapshot } from "./types";
import { slotReasons, validateSlot } from "./validate-slot";

// Base summit (test-fixtures): World Forum (Plenary Hall 100 seats 07:00–23:00, Bilateral Room 1
// 3 seats always open), Huis ten Bosch (Royal Dining Room 60 seats 17:00–24:00, Orange Hall 20
// seats always open), Huis ter Duin (Suite, 10 seats). World Forum <-> Huis ten Bosch 15 min,
// buffer 10 min. The US delegation is in The Hague from 24 Jun 18:00 to 25 Jun 16:00.

function search(items: SummitItem[], request: Partial<SlotRequest>, overrides: Partial<SummitSnapshot> = {}) {
  const snapshot = baseSnapshot({ ...overrides, items });
  const full: SlotRequest = {
    memberIds: ["nl-pm", "ua-pres"],
    durationMinutes: 45,
    earliest: at("09:00"),
    latest: at("18:00"),
    ...request,
  };
  const result = findSlots(snapshot, full);
  // Every slot offered must survive the independent re-check used at confirmation time.
  for (const slot of result.slots) expect(validateSlot(snapshot, full, slot)).toEqual([]);
  return result;
}

/** "13:55–14:25 htb-salon", in summit-local time whatever the runner's zone. */
const show = (slots: Slot[]): string[] =>
  slots.map((s) => `${formatTime(s.startsAt, SUMMIT_TZ)}–${formatTime(s.endsAt, SUMMIT_TZ)} ${s.spaceId}`);

const nac = (extra: Partial<Parameters<typeof item>[0]> = {}) =>
  item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", memberIds: ["nl-pm"], ...extra });

describe("findSlots: travel time", () => {
  it("waits travel + buffer after an item at another venue, and exactly that is enough", () => {
    const { slots } = search([nac()], { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("13:00"), latest: at("15:00"), venueId: "htb", limit: 100 });
    // 13:30 + 15 min travel + 10 min buffer = 13:55; last start 14:30 (ends 15:00).
    expect(show(slots)).toEqual([
      "13:55–14:25 htb-salon",
      "14:00–14:30 htb-salon",
      "14:05–14:35 htb-salon",
      "14:10–14:40 htb-salon",
      "14:15–14:45 htb-salon",
      "14:20–14:50 htb-salon",
      "14:25–14:55 htb-salon",
      "14:30–15:00 htb-salon",
    ]);
    expect(slots.every((s) => s.travelMinutes === 15)).toBe(true);
  });

  it("needs no travel within the same venue", () => {
    const { slots } = search([nac()], { memberIds: ["nl-pm"], earliest: at("13:00"), latest: at("15:00"), venueId: "wf" });
    expect(show(slots)[0]).toBe("13:30–14:15 bilat1");
  });

  it("leaves travel + buffer before the member's next item at another venue", () => {
    const dinner = item({ id: "dinner", title: "Royal dinner", from: "19:30", to: "22:00", spaceId: "dining", memberIds: ["nl-pm"] });
    const { slots } = search([dinner], { memberIds: ["nl-pm"], earliest: at("17:00"), latest: at("19:30"), venueId: "wf", limit: 100 });
    // Must end by 19:30 - 25 min = 19:05.
    const latestEnd = Math.max(...slots.map((s) => s.endsAt.getTime()));
    expect(formatTime(new Date(latestEnd), SUMMIT_TZ)).toBe("19:05");
  });

  it("counts from the item that ends last, not a short one nested in a long one", () => {
    const press = item({ id: "press", from: "10:30", to: "11:00", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    const { slots } = search([nac(), press], { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("13:00"), latest: at("15:00"), venueId: "htb" });
    expect(show(slots)[0]).toBe("13:55–14:25 htb-salon");
  });

  it("on a tie in end time, comes from the item that started later, as the travel rule does", () => {
    // Two clashing items end together at 12:00; the rule takes the later-starting one (Orange
    // Hall, Huis ten Bosch) as the member's previous whereabouts, so the finder must too.
    const wf = item({ id: "wf-item", from: "10:00", to: "12:00", spaceId: "plenary", memberIds: ["nl-pm"] });
    const htb = item({ id: "htb-item", from: "11:00", to: "12:00", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    const request = { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("12:00"), latest: at("14:00") };
    expect(show(search([wf, htb], { ...request, venueId: "htb" }).slots)[0]).toBe("12:00–12:30 htb-salon");
    expect(show(search([wf, htb], { ...request, venueId: "wf" }).slots)[0]).toBe("12:25–12:55 bilat1");
    // And the engine agrees: adding the 12:00 slot at Huis ten Bosch raises no travel conflict.
    const slot = item({ id: "slot", from: "12:00", to: "12:30", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    const types = checkSummit(baseSnapshot({ items: [wf, htb, slot] }))
      .filter((c) => c.itemIds.includes("slot"))
      .map((c) => c.type);
    expect(types).toEqual([]);
  });
});

describe("findSlots: the spring-forward night (2025-03-30, 02:00 -> 03:00)", () => {
  const day = "2025-03-30";

  it("measures travel and duration in real time across the missing hour", () => {
    const night = item({ id: "night", title: "Night session", day, from: "01:00", to: "01:30", spaceId: "bilat1", memberIds: ["nl-pm"] });
    const { slots } = search([night], {
      memberIds: ["nl-pm"],
      durationMinutes: 60,
      earliest: at("01:00", day),
      latest: at("04:00", day),
      venueId: "htb",
      limit: 100,
    });
    // 01:30 + 25 min = 01:55; 60 real minutes later it is 03:55 on the clock. The window holds only
    // two hours of real time, so the last start is 03:00 (the clock never shows 02:xx).
    expect(show(slots)).toEqual(["01:55–03:55 htb-salon", "03:00–04:00 htb-salon"]);
  });

  it("reads opening hours on the wall clock of that day", () => {
    const spaces = [...baseSnapshot().spaces, { id: "hall", name: "Hall", venueId: "wf", capacity: 10, opensMinute: 180, closesMinute: 23 * 60 }];
    const { slots } = search(
      [],
      { memberIds: [], minCapacity: 5, durationMinutes: 60, earliest: at("01:00", day), latest: at("04:00", day), venueId: "wf", limit: 100 },
      { spaces },
    );
    // Opens at 03:00 local, which is only 2 hours after midnight that night.
    expect(show(slots)).toEqual(["03:00–04:00 hall"]);
  });
});

describe("findSlots: participants, spaces and ranking", () => {
  it("offers nothing before a participant's delegation arrives or after it departs", () => {
    const { slots } = search([], {
      memberIds: ["nl-pm", "us-pres"],
      earliest: at("12:00", "2025-06-24"),
      latest: at("18:00", "2025-06-25"),
      venueId: "wf",
      limit: 10_000,
    });
    const starts = slots.map((s) => s.startsAt.getTime());
    const ends = slots.map((s) => s.endsAt.getTime());
    expect(new Date(Math.min(...starts))).toEqual(at("18:00", "2025-06-24"));
    expect(new Date(Math.max(...ends))).toEqual(at("16:00", "2025-06-25"));
  });

  it("ranks by start then space name when nothing else differs, and preferred days first", () => {
    const window = { earliest: at("09:00", "2025-06-24"), latest: at("18:00", "2025-06-25"), limit: 4 };
    const plain = search([], window).slots;
    expect(plain.map((s) => `${isoDayOf(s.startsAt, SUMMIT_TZ)} ${show([s])[0]} ${s.preferred}`)).toEqual([
      "2025-06-24 09:00–09:45 bilat1 false", // Bilateral Room 1
      "2025-06-24 09:00–09:45 suite false", // Huis ter Duin Suite
      "2025-06-24 09:00–09:45 htb-salon false", // Orange Hall
      "2025-06-24 09:05–09:50 bilat1 false",
    ]);
    const preferred = search([], { ...window, preferredDays: ["2025-06-25"] }).slots;
    // The window runs through the night, and the always-open rooms are free from midnight.
    expect(preferred.map((s) => `${isoDayOf(s.startsAt, SUMMIT_TZ)} ${show([s])[0]} ${s.preferred}`)).toEqual([
      "2025-06-25 00:00–00:45 bilat1 true",
      "2025-06-25 00:00–00:45 suite true",
      "2025-06-25 00:00–00:45 htb-salon true",
      "2025-06-25 00:05–00:50 bilat1 true",
    ]);
    const all = search([], { ...window, preferredDays: ["2025-06-25"], limit: 10_000 }).slots;
    const firstOther = all.findIndex((s) => !s.preferred);
    expect(firstOther).toBeGreaterThan(0);
    expect(all.slice(firstOther).every((s) => !s.preferred)).toBe(true);
  });

  it("ranks by least total travel, from the previous and to the next item of every participant", () => {
    const travelTimes = [
      { fromVenueId: "wf", toVenueId: "htb", minutes: 15 },
      { fromVenueId: "wf", toVenueId: "htd", minutes: 30 },
      { fromVenueId: "htb", toVenueId: "htd", minutes: 35 },
    ];
    const before = item({ id: "before", from: "12:00", to: "13:00", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    const after = item({ id: "after", from: "16:00", to: "17:00", spaceId: "plenary", memberIds: ["nl-pm"] });
    const { slots } = search([before, after], { earliest: at("13:00"), latest: at("16:00"), limit: 1000 }, { travelTimes });
    // Huis ten Bosch: 0 + 15; World Forum: 15 + 0; Huis ter Duin: 35 + 30.
    expect(slots[0]).toMatchObject({ venueId: "htb", spaceId: "htb-salon", travelMinutes: 15, startsAt: at("13:00") });
    const at1325 = slots.filter((s) => s.startsAt.getTime() === at("13:25").getTime()).map((s) => s.spaceId);
    // Same travel, same start: Bilateral Room 1 before Orange Hall.
    expect(at1325).toEqual(["bilat1", "htb-salon"]);
    const travel = slots.map((s) => s.travelMinutes);
    expect(travel).toEqual([...travel].sort((a, b) => a - b));
    expect(new Set(travel)).toEqual(new Set([15, 65]));
    expect(slots.filter((s) => s.travelMinutes === 65).every((s) => s.venueId === "htd")).toBe(true);
  });

  it("keeps to the venue asked for and picks its smallest adequate space", () => {
    const window = { earliest: at("16:00"), latest: at("19:00"), venueId: "htb", limit: 1000 };
    const free = search([], window).slots;
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((s) => s.venueId === "htb" && s.spaceId === "htb-salon")).toBe(true);
    const reception = item({ id: "reception", from: "16:00", to: "19:00", spaceId: "htb-salon" });
    const booked = search([reception], window).slots;
    // The Royal Dining Room takes over, but only from its opening at 17:00.
    expect(booked.every((s) => s.spaceId === "dining")).toBe(true);
    expect(show(booked)[0]).toBe("17:00–17:45 dining");
  });

  it("needs a seat per participant unless a minimum capacity is given", () => {
    const window = { earliest: at("09:00"), latest: at("12:00"), venueId: "wf", limit: 1000 };
    const four = search([], { ...window, memberIds: ["nl-pm", "nl-fm", "nl-dm", "ua-pres"] }).slots;
    expect(new Set(four.map((s) => s.spaceId))).toEqual(new Set(["plenary"]));
    const three = search([], { ...window, memberIds: ["nl-pm", "nl-fm", "ua-pres"] }).slots;
    expect(new Set(three.map((s) => s.spaceId))).toEqual(new Set(["bilat1"]));
    const explicit = search([], { ...window, memberIds: ["nl-pm", "nl-fm", "nl-dm", "ua-pres"], minCapacity: 2 }).slots;
    expect(new Set(explicit.map((s) => s.spaceId))).toEqual(new Set(["bilat1"]));
  });

  it("fits the slot inside the opening hours", () => {
    const base = { memberIds: [], minCapacity: 50, venueId: "wf", limit: 1000 };
    const morning = search([], { ...base, earliest: at("05:00"), latest: at("09:00") }).slots;
    expect(show(morning)[0]).toBe("07:00–07:45 plenary");
    const evening = search([], { ...base, earliest: at("21:00"), latest: at("23:59") }).slots;
    expect(show(evening).at(-1)).toBe("22:15–23:00 plenary");
  });

  it("treats the ignored item as not there (moving a meeting into its own time)", () => {
    const bil = item({ id: "bil", from: "13:00", to: "13:45", spaceId: "bilat1", memberIds: ["nl-pm", "ua-pres"] });
    const window = { earliest: at("13:00"), latest: at("13:45"), venueId: "wf" };
    expect(search([bil], window).slots).toEqual([]);
    expect(show(search([bil], { ...window, ignoreItemId: "bil" }).slots)).toEqual(["13:00–13:45 bilat1"]);
  });

  it("returns the best five by default", () => {
    expect(search([], {}).slots).toHaveLength(5);
  });

  it("ignores cancelled items", () => {
    const cancelled = nac({ memberIds: ["nl-pm", "ua-pres"], from: "09:00", to: "18:00", status: "CANCELLED" });
    expect(show(search([cancelled], { venueId: "wf", limit: 1 }).slots)).toEqual(["09:00–09:45 bilat1"]);
  });
});

describe("findSlots: bad requests", () => {
  it("explains what is wrong with the request instead of searching", () => {
    expect(search([], { durationMinutes: 0 })).toEqual({
      slots: [],
      explanation: ["Duration must be a whole number of minutes from 1 to 1440 (got 0)"],
      said: [{ key: "requestDuration", args: [1440, "0"] }],
    });
    expect(search([], { memberIds: ["nl-pm", "nobody"], venueId: "moon" }).explanation).toEqual([
      "Unknown participant: nobody",
      "Unknown venue: moon",
    ]);
    expect(search([], { earliest: at("12:00"), latest: at("12:30") }).explanation).toEqual([
      "The window Wed 25 Jun 2025 12:00 – Wed 25 Jun 2025 12:30 is shorter than 45 min",
    ]);
    expect(search([], { preferredDays: ["25/06/2025"], stepMinutes: 0, limit: 0 }).explanation).toEqual([
      "Step must be a whole number of minutes from 1 to 1440 (got 0)",
      "Limit must be a whole number of at least 1 (got 0)",
      "Preferred day is not a date (YYYY-MM-DD): 25/06/2025",
    ]);
  });

  it("says what is wrong in the reader's language", () => {
    const dutch = (request: Partial<SlotRequest>) => search([], request).said.map((p) => phraseText(p, "nl"));
    expect(dutch({ durationMinutes: 0 })).toEqual(["De duur moet een heel aantal minuten zijn van 1 tot 1440 (niet 0)"]);
    expect(dutch({ memberIds: ["nl-pm", "nobody"], venueId: "moon" })).toEqual(["Onbekende deelnemer: nobody", "Onbekende locatie: moon"]);
    expect(dutch({ earliest: at("12:00"), latest: at("12:30") })).toEqual(["De periode wo 25 jun 2025 12:00 – wo 25 jun 2025 12:30 is korter dan 45 min"]);
    expect(dutch({ preferredDays: ["25/06/2025"], stepMinutes: 0, limit: 0 })).toEqual([
      "De stap moet een heel aantal minuten zijn van 1 tot 1440 (niet 0)",
      "Het aantal moet een heel getal van minstens 1 zijn (niet 0)",
      "Voorkeursdag is geen datum (JJJJ-MM-DD): 25/06/2025",
    ]);
    const slot: Slot = { startsAt: at("10:00"), endsAt: at("10:45"), spaceId: "wf-room1", venueId: "wf", travelMinutes: 0, preferred: false };
    const checked = slotReasons(baseSnapshot({ items: [] }), { memberIds: ["nl-pm"], durationMinutes: 0, earliest: at("09:00"), latest: at("18:00") }, slot);
    expect(checked.map((p) => phraseText(p, "nl"))).toEqual(["De duur moet een heel aantal minuten zijn van 1 tot 1440 (niet 0)"]);
  });
});
