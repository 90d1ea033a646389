// The Intl-based wall-clock helpers must agree with date-fns + TZDate (the reference they replaced
// for speed) for any instant, in zones with DST, odd offsets and the date line.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayBounds, formatDay, formatDayMonth, formatTime, isoDayOf, minuteOfDay, toLocalInput, zonedInstant } from "./index";

const ZONES = ["Europe/Amsterdam", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Kiritimati", "America/St_Johns", "UTC"];
const reference = (instant: Date, zone: string, pattern: string) => format(new TZDate(instant.getTime(), zone), pattern);

describe("wall-clock formatting", () => {
  it("agrees with date-fns in the zone for any instant from 1990 to 2060", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        const instant = new Date(ms);
        expect(formatTime(instant, zone)).toBe(reference(instant, zone, "HH:mm"));
        expect(formatDay(instant, zone)).toBe(reference(instant, zone, "EEE d MMM yyyy"));
        expect(formatDayMonth(instant, zone)).toBe(reference(instant, zone, "EEE d MMM"));
        expect(isoDayOf(instant, zone)).toBe(reference(instant, zone, "yyyy-MM-dd"));
        expect(toLocalInput(instant, zone)).toBe(reference(instant, zone, "yyyy-MM-dd'T'HH:mm"));
        const local = new TZDate(ms, zone);
        expect(minuteOfDay(instant, zone)).toBe(local.getHours() * 60 + local.getMinutes());
      }),
      { numRuns: 2_000 },
    );
  });

  it("shows midnight as 00:00, never 24:00", () => {
    const midnight = zonedInstant("2025-06-25", "00:00", "Europe/Amsterdam");
    expect(formatTime(midnight, "Europe/Amsterdam")).toBe("00:00");
    expect(minuteOfDay(midnight, "Europe/Amsterdam")).toBe(0);
    expect(isoDayOf(midnight, "Europe/Amsterdam")).toBe("2025-06-25");
  });

  it("follows the summit zone across a DST change, whatever the process zone", () => {
    const { start, end } = dayBounds("2025-10-26", "Europe/Amsterdam");
    expect(end.getTime() - start.getTime()).toBe(25 * 3_600_000);
    expect(formatTime(new Date(end.getTime() - 1), "Europe/Amsterdam")).toBe("23:59");
    expect(formatDay(start, "Europe/Amsterdam")).toBe("Sun 26 Oct 2025");
    expect(toLocalInput(null, "Europe/Amsterdam")).toBe("");
  });
});
