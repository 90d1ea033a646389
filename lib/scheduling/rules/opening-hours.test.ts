import { describe, expect, it } from "vitest";

import { item, runRule } from "../test-fixtures";
import type { SummitSpace } from "../types";
import { openingHoursRule } from "./opening-hours";

// Plenary Hall 07:00–23:00, Royal Dining Room 17:00–24:00, Bilateral Room 1 always open.
describe("openingHoursRule", () => {
  it("flags an item starting before opening, with summit-local times", () => {
    const early = item({ id: "early", title: "Early session", from: "06:30", to: "08:00", spaceId: "plenary" });
    expect(runRule(openingHoursRule, [early])).toEqual([
      {
        id: "OUTSIDE_OPENING_HOURS|early|space=plenary|venue=wf",
        type: "OUTSIDE_OPENING_HOURS",
        severity: "warning",
        itemIds: ["early"],
        spaceId: "plenary",
        venueId: "wf",
        message: "Early session (06:30–08:00) is outside the opening hours of Plenary Hall (07:00–23:00)",
        phrase: expect.objectContaining({ key: "outsideOpeningHours" }),
      },
    ]);
  });

  it("accepts an item filling the opening hours exactly and flags one minute more at either end", () => {
    expect(runRule(openingHoursRule, [item({ id: "a", from: "07:00", to: "23:00", spaceId: "plenary" })])).toEqual([]);
    expect(runRule(openingHoursRule, [item({ id: "a", from: "06:59", to: "12:00", spaceId: "plenary" })])).toHaveLength(1);
    expect(runRule(openingHoursRule, [item({ id: "a", from: "12:00", to: "23:01", spaceId: "plenary" })])).toHaveLength(1);
  });

  it("accepts an item ending exactly at midnight when the space closes at 24:00", () => {
    const dinner = item({ id: "d", from: "22:00", toDay: "2025-06-26", to: "00:00", spaceId: "dining" });
    expect(runRule(openingHoursRule, [dinner])).toEqual([]);
  });

  it("flags an item running past local midnight, and one longer than a day", () => {
    const pastMidnight = item({ id: "d", title: "Royal dinner", day: "2025-06-24", from: "19:30", toDay: "2025-06-25", to: "00:30", spaceId: "dining" });
    expect(runRule(openingHoursRule, [pastMidnight]).map((c) => c.message)).toEqual([
      "Royal dinner (19:30–00:30) is outside the opening hours of Royal Dining Room (17:00–24:00)",
    ]);
    const twoDays = item({ id: "x", day: "2025-06-24", from: "18:00", toDay: "2025-06-25", to: "19:00", spaceId: "dining" });
    expect(runRule(openingHoursRule, [twoDays])).toHaveLength(1);
  });

  it("never flags an always-open space, even across midnight or for days", () => {
    const long = item({ id: "x", day: "2025-06-23", from: "22:00", toDay: "2025-06-26", to: "03:00", spaceId: "bilat1" });
    expect(runRule(openingHoursRule, [long])).toEqual([]);
  });

  it("reads a single null bound as midnight", () => {
    const spaces: SummitSpace[] = [
      { id: "morning", name: "Morning Room", venueId: "wf", capacity: 10, opensMinute: null, closesMinute: 10 * 60 },
      { id: "evening", name: "Evening Room", venueId: "wf", capacity: 10, opensMinute: 18 * 60, closesMinute: null },
    ];
    const run = (spaceId: string, from: string, to: string, toDay?: string) =>
      runRule(openingHoursRule, [item({ id: "x", from, to, toDay, spaceId })], { spaces }).map((c) => c.message);
    expect(run("morning", "00:00", "10:00")).toEqual([]);
    expect(run("morning", "09:00", "10:30")).toEqual(["x (09:00–10:30) is outside the opening hours of Morning Room (00:00–10:00)"]);
    expect(run("evening", "18:00", "00:00", "2025-06-26")).toEqual([]);
    expect(run("evening", "17:45", "19:00")).toEqual(["x (17:45–19:00) is outside the opening hours of Evening Room (18:00–24:00)"]);
  });

  it("compares wall-clock hours on the spring-forward day (2025-03-30, 02:00 -> 03:00)", () => {
    const day = "2025-03-30";
    const spaces: SummitSpace[] = [
      { id: "hall", name: "Hall", venueId: "wf", capacity: 10, opensMinute: 3 * 60, closesMinute: 23 * 60 },
    ];
    const run = (from: string, to: string) =>
      runRule(openingHoursRule, [item({ id: "x", day, from, to, spaceId: "hall" })], { spaces }).map((c) => c.message);
    // 03:30 local is only 2.5 hours after midnight: counting elapsed minutes would call it 02:30.
    expect(run("03:30", "05:00")).toEqual([]);
    expect(run("03:00", "23:00")).toEqual([]);
    expect(run("01:30", "03:30")).toEqual(["x (01:30–03:30) is outside the opening hours of Hall (03:00–23:00)"]);
    // 23:30 local is only 22.5 hours after midnight: counting elapsed minutes would let it pass.
    expect(run("22:00", "23:30")).toEqual(["x (22:00–23:30) is outside the opening hours of Hall (03:00–23:00)"]);
  });

  it("compares wall-clock hours on the fall-back day (2025-10-26, 03:00 -> 02:00)", () => {
    const day = "2025-10-26";
    expect(runRule(openingHoursRule, [item({ id: "a", day, from: "07:00", to: "23:00", spaceId: "plenary" })])).toEqual([]);
    // 22:40 local is 23:40 after midnight in elapsed time; it is still inside on the wall clock.
    expect(runRule(openingHoursRule, [item({ id: "a", day, from: "21:00", to: "22:40", spaceId: "plenary" })])).toEqual([]);
    expect(runRule(openingHoursRule, [item({ id: "a", day, from: "22:30", to: "23:30", spaceId: "plenary" })])).toHaveLength(1);
  });

  it("skips items without a space and cancelled items", () => {
    expect(
      runRule(openingHoursRule, [
        item({ id: "a", from: "03:00", to: "04:00" }),
        item({ id: "b", from: "03:00", to: "04:00", spaceId: "plenary", status: "CANCELLED" }),
      ]),
    ).toEqual([]);
  });
});
