import { describe, expect, it } from "vitest";
import { daysOutsideSummit, searchWindow, summitWindow } from "./window";

const SUMMIT = { timeZone: "Europe/Amsterdam", days: ["2025-06-24", "2025-06-25"] };

describe("slot windows in the summit's zone (whatever the process TZ)", () => {
  it("the whole summit: local midnight of the first day to local midnight after the last", () => {
    expect(summitWindow(SUMMIT)).toEqual({
      earliest: new Date("2025-06-23T22:00:00Z"),
      latest: new Date("2025-06-25T22:00:00Z"),
    });
    expect(searchWindow(SUMMIT, {})).toEqual({ ok: true, window: summitWindow(SUMMIT) });
  });

  it("one day, or part of it", () => {
    expect(searchWindow(SUMMIT, { day: "2025-06-25" })).toEqual({
      ok: true,
      window: { earliest: new Date("2025-06-24T22:00:00Z"), latest: new Date("2025-06-25T22:00:00Z") },
    });
    expect(searchWindow(SUMMIT, { day: "2025-06-25", from: "13:00", until: "18:30" })).toEqual({
      ok: true,
      window: { earliest: new Date("2025-06-25T11:00:00Z"), latest: new Date("2025-06-25T16:30:00Z") },
    });
    expect(searchWindow(SUMMIT, { day: "2025-06-24", from: "20:00", until: "24:00" })).toEqual({
      ok: true,
      window: { earliest: new Date("2025-06-24T18:00:00Z"), latest: new Date("2025-06-24T22:00:00Z") },
    });
  });

  it("refuses a day outside the summit, naming the summit's days", () => {
    const refused = searchWindow(SUMMIT, { day: "2025-06-26" });
    expect(refused.ok ? null : refused.refused.said.en.fieldErrors).toEqual({ day: "Choose a day of the summit (Tue 24 Jun 2025 – Wed 25 Jun 2025)." });
    expect(refused.ok ? null : refused.refused.said.nl.message).toBe("Kies een dag van de top (di 24 jun 2025 – wo 25 jun 2025).");
    expect(searchWindow(SUMMIT, { day: "2025-06-24", from: "15:00", until: "14:00" }).ok).toBe(false);
  });

  it("DST change days are 25 and 23 hours long", () => {
    const autumn = { timeZone: "Europe/Amsterdam", days: ["2025-10-25", "2025-10-26"] };
    const w = searchWindow(autumn, { day: "2025-10-26" });
    expect(w.ok && (w.window.latest.getTime() - w.window.earliest.getTime()) / 3_600_000).toBe(25);
    const spring = { timeZone: "Europe/Amsterdam", days: ["2025-03-30"] };
    const s = searchWindow(spring, { day: "2025-03-30" });
    expect(s.ok && (s.window.latest.getTime() - s.window.earliest.getTime()) / 3_600_000).toBe(23);
  });

  it("finds preferred days that are not summit days", () => {
    expect(daysOutsideSummit(SUMMIT, ["2025-06-24", "2025-06-23", "2025-07-01"])).toEqual(["2025-06-23", "2025-07-01"]);
  });
});
