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

  it("agrees with Intl minute by minute around DST changes, before 1980 and far ahead (offsets kept per quarter hour)", () => {
    // Intl itself as the reference: date-fns rounds offsets to whole minutes, as the cache would.
    const intl = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)?.value;
      return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
    };
    const around = (iso: string, zone: string) => ({ at: Date.parse(iso), zone });
    const changes = [
      around("2025-03-30T01:00:00Z", "Europe/Amsterdam"),
      around("2025-10-26T01:00:00Z", "Europe/Amsterdam"),
      around("2025-03-09T07:00:00Z", "America/New_York"),
      around("2025-04-05T15:00:00Z", "Australia/Lord_Howe"), // a half-hour change
      around("2025-03-09T05:30:00Z", "America/St_Johns"), // a -03:30 zone
      around("1970-06-01T00:00:00Z", "Africa/Monrovia"), // -00:44:30 until 1972: seconds in the offset
      around("1937-06-30T22:00:00Z", "Europe/Amsterdam"), // +00:19:32 until that day
      around("2099-10-25T01:00:00Z", "Europe/Amsterdam"),
    ];
    for (const { at, zone } of changes) {
      for (let ms = at - 2 * 3_600_000; ms <= at + 2 * 3_600_000; ms += 60_000) {
        for (const instant of [new Date(ms), new Date(ms + 59_999)]) {
          expect(toLocalInput(instant, zone), `${instant.toISOString()} in ${zone}`).toBe(intl(instant, zone));
        }
      }
    }
  });

  it("shows midnight as 00:00, never 24:00", () => {
    const midnight = zonedInstant("2025-06-25", "00:00", "Europe/Amsterdam");
    expect(formatTime(midnight, "Europe/Amsterdam")).toBe("00:00");
    expect(minuteOfDay(midnight, "Europe/Amsterdam")).toBe(0);
    expect(isoDayOf(midnight, "Europe/Amsterdam")).toBe("2025-06-25");
  });

  it("follows the summit zone across a DST change, whatever the process zone", () => {
    const { startsAt, endsAt } = dayBounds("2025-10-26", "Europe/Amsterdam");
    expect(endsAt.getTime() - startsAt.getTime()).toBe(25 * 3_600_000);
    expect(formatTime(new Date(endsAt.getTime() - 1), "Europe/Amsterdam")).toBe("23:59");
    expect(formatDay(startsAt, "Europe/Amsterdam")).toBe("Sun 26 Oct 2025");
    expect(toLocalInput(null, "Europe/Amsterdam")).toBe("");
  });
});
