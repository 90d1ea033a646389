// Dates and times read from spreadsheets, in the summit's zone (this runs under TZ=Asia/Kathmandu,
// +05:45, so a reading in the process's zone would be off by hours).
import { describe, expect, it } from "vitest";
import { instantOf, parseLocalDateTime, parseMinuteOfDay, parseWallClock } from "@/lib/import/datetime";

const AMS = "Europe/Amsterdam";
const instant = (cells: Parameters<typeof parseLocalDateTime>[0], zone = AMS) => {
  const parsed = parseLocalDateTime(cells, zone);
  if (!parsed.ok || !parsed.value) throw new Error(parsed.ok ? "empty" : parsed.message);
  return instantOf(parsed.value, zone).toISOString();
};

describe("date and time parsing in the summit's zone", () => {
  it("runs under an odd process zone", () => {
    expect(new Date(2025, 5, 24, 12, 0).getTimezoneOffset()).toBe(-345);
  });

  it.each([
    ["24-06-2025 14:30", "2025-06-24T12:30:00.000Z"],
    ["2025-06-24T14:30", "2025-06-24T12:30:00.000Z"],
    ["2025-06-24 14:30", "2025-06-24T12:30:00.000Z"],
    ["24/06/2025 14:30", "2025-06-24T12:30:00.000Z"],
    ["24.06.2025 09.05", "2025-06-24T07:05:00.000Z"],
    ["4-6-2025 7:05", "2025-06-04T05:05:00.000Z"],
    ["2025-06-24T14:30:00", "2025-06-24T12:30:00.000Z"],
  ])("text %s", (text, iso) => {
    expect(instant([text])).toBe(iso);
  });

  it("an offset in the text is kept as the instant it names", () => {
    expect(instant(["2025-06-24T14:30Z"])).toBe("2025-06-24T14:30:00.000Z");
    expect(instant(["2025-06-24T14:30+01:00"])).toBe("2025-06-24T13:30:00.000Z");
  });

  it("Excel serial numbers (days since 1899-12-30, time as the fraction), rounded to the minute", () => {
    // 45832 is 2025-06-24; .6041666… is 14:30 (stored as 14:29:59.99…).
    expect(instant([45832.6041666667])).toBe("2025-06-24T12:30:00.000Z");
    expect(instant([45832.604166])).toBe("2025-06-24T12:30:00.000Z");
    // The same serial written out as text (a CSV saved from Excel).
    expect(instant(["45832.6041666667"])).toBe("2025-06-24T12:30:00.000Z");
  });

  it("dates exceljs made from date cells: their UTC fields are the wall clock", () => {
    expect(instant([new Date(Date.UTC(2025, 5, 24, 14, 30))])).toBe("2025-06-24T12:30:00.000Z");
  });

  it("separate date and time columns, in every form", () => {
    expect(instant(["24/06/2025", "14:30"])).toBe("2025-06-24T12:30:00.000Z");
    expect(instant(["24-06-2025", 0.6041666666666666])).toBe("2025-06-24T12:30:00.000Z");
    expect(instant([45832, "14:30"])).toBe("2025-06-24T12:30:00.000Z");
    // A date cell and a time-only cell as exceljs gives them (the time on Excel's day 0).
    expect(instant([new Date(Date.UTC(2025, 5, 24)), new Date(Date.UTC(1899, 11, 30, 14, 30))])).toBe("2025-06-24T12:30:00.000Z");
    // The time column wins over a time inside the date column.
    expect(instant(["24-06-2025 09:00", "14:30"])).toBe("2025-06-24T12:30:00.000Z");
  });

  it("the summit's zone decides, across daylight saving", () => {
    expect(instant(["24-06-2025 14:30"], "America/New_York")).toBe("2025-06-24T18:30:00.000Z");
    expect(instant(["15-01-2025 14:30"], AMS)).toBe("2025-01-15T13:30:00.000Z");
    expect(instant(["24/06/2025 14:30"], "Asia/Tokyo")).toBe("2025-06-24T05:30:00.000Z");
  });

  it.each([
    [["06/24/2025 14:30"], /not a real date/],
    [["31-02-2025 10:00"], /not a real date/],
    [["24-06-2025 25:00"], /not a real date/],
    [["24-06-2025"], /no time/],
    [["14:30"], /no date/],
    [["tomorrow"], /not a date or time/],
    [[true], /not a date or time/],
  ])("refuses %j with a reason", (cells, reason) => {
    const parsed = parseLocalDateTime(cells, AMS);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toMatch(reason);
  });

  it("empty cells give no date", () => {
    expect(parseLocalDateTime([null, ""], AMS)).toEqual({ ok: true, value: null });
    expect(parseWallClock("  ", AMS)).toEqual({ ok: true, value: { day: null, time: null } });
  });

  it("opening hours as minutes after midnight", () => {
    expect(parseMinuteOfDay("07:30", AMS)).toEqual({ ok: true, value: 450 });
    expect(parseMinuteOfDay(0.3125, AMS)).toEqual({ ok: true, value: 450 });
    expect(parseMinuteOfDay("24:00", AMS)).toEqual({ ok: true, value: 1440 });
    expect(parseMinuteOfDay(null, AMS)).toEqual({ ok: true, value: null });
    expect(parseMinuteOfDay("24-06-2025", AMS).ok).toBe(false);
  });
});
