import { describe, expect, it } from "vitest";
import { dictionary } from "@/lib/i18n";
import { entryHomeTimes, entryTimes, entryTitle, groupByDay } from "./present";
import type { MovementEntry } from "./types";

const move = (over: Partial<MovementEntry>): MovementEntry => ({
  source: "movement", id: "m", kind: "TRANSFER", status: "CONFIRMED", startsAt: new Date("2025-06-24T21:30:00Z"), endsAt: new Date("2025-06-24T22:10:00Z"),
  version: 1, from: "Hotel", to: "Palace", flight: null, partySize: 8, venue: "Palace", space: null, attendees: [], wholeDelegation: true, notes: null, staffNotes: null, ...over,
});

describe("entry presentation", () => {
  it("shows summit times and home times with a day marker across midnight", () => {
    const entry = move({});
    expect(entryTimes(entry, "Europe/Amsterdam")).toBe("23:30–00:10");
    expect(entryHomeTimes(entry, "Europe/Amsterdam", "Australia/Sydney")).toBe("07:30–08:10 +1");
    expect(entryHomeTimes(entry, "Europe/Amsterdam", "America/New_York")).toBe("17:30–18:10");
    expect(entryHomeTimes(move({ startsAt: new Date("2025-06-24T22:30:00Z"), endsAt: null }), "Europe/Amsterdam", "America/New_York")).toBe("18:30 −1");
    expect(entryHomeTimes(entry, "Europe/Amsterdam", "Europe/Amsterdam")).toBeNull();
    expect(entryHomeTimes(entry, "Europe/Amsterdam", null)).toBeNull();
  });

  it("titles movements in the reader's language", () => {
    expect(entryTitle(move({}), dictionary("en"))).toBe("Transfer Hotel → Palace");
    expect(entryTitle(move({ kind: "ARRIVAL", to: "Schiphol", flight: "KL 1" }), dictionary("nl"))).toBe("Aankomst op Schiphol (KL 1)");
  });

  it("groups by the summit-local start day", () => {
    const late = move({ id: "late" });
    const early = move({ id: "early", startsAt: new Date("2025-06-24T22:30:00Z") });
    expect(groupByDay([late, early], "Europe/Amsterdam").map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ["2025-06-24", ["late"]],
      ["2025-06-25", ["early"]],
    ]);
  });
});
