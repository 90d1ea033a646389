// The 24-hour time and date-time fields' text (components/forms/time-text.ts): what is a time,
// stepping with the arrow keys, and the "YYYY-MM-DDTHH:mm" value the schemas read.
import { describe, expect, it } from "vitest";
import { isLocalDateTime } from "@/lib/time";
import { formatClock, isCompleteLocal, joinLocal, parseClock, splitLocal, stepClock } from "@/components/forms/time-text";

describe("parseClock", () => {
  it("reads a strict 24-hour HH:mm", () => {
    expect(parseClock("00:00")).toBe(0);
    expect(parseClock("09:30")).toBe(570);
    expect(parseClock("14:45")).toBe(885);
    expect(parseClock("23:59")).toBe(1439);
    expect(parseClock(" 18:30 ")).toBe(1110);
  });

  it("refuses 12-hour, partial and out-of-range times", () => {
    for (const text of ["", "7:00", "7:5", "0930", "24:00", "25:00", "12:60", "2:30 PM", "02:30 pm", "12:3", "ab:cd", "14:45:00"]) {
      expect(parseClock(text), text).toBeNull();
    }
  });
});

describe("formatClock and stepClock", () => {
  it("formats minutes as HH:mm, wrapping round the day", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(885)).toBe("14:45");
    expect(formatClock(1440)).toBe("00:00");
    expect(formatClock(-5)).toBe("23:55");
  });

  it("steps to the next or previous multiple of the step", () => {
    expect(stepClock("09:30", 1)).toBe("09:35");
    expect(stepClock("09:32", 1)).toBe("09:35");
    expect(stepClock("09:32", -1)).toBe("09:30");
    expect(stepClock("09:30", -1)).toBe("09:25");
    expect(stepClock("23:55", 1)).toBe("00:00");
    expect(stepClock("00:00", -1)).toBe("23:55");
    expect(stepClock("09:30", 1, 60)).toBe("10:00");
    expect(stepClock("", 1)).toBe("09:00");
    expect(stepClock("nonsense", -1)).toBe("09:00");
  });
});

describe("joinLocal and splitLocal", () => {
  it("join a date and a time into the value the schemas read, and split it back", () => {
    expect(joinLocal("2025-06-24", "18:30")).toBe("2025-06-24T18:30");
    expect(isLocalDateTime(joinLocal("2025-06-24", "18:30"))).toBe(true);
    expect(splitLocal("2025-06-24T18:30")).toEqual({ day: "2025-06-24", time: "18:30" });
    expect(joinLocal("", "")).toBe("");
    expect(splitLocal("")).toEqual({ day: "", time: "" });
    expect(splitLocal(null)).toEqual({ day: "", time: "" });
  });

  it("keep an unreadable time as typed, in a value no schema takes for a date-time", () => {
    for (const time of ["25:00", "7:00", "2:30 PM", "12:60"]) {
      const value = joinLocal("2025-06-24", time);
      expect(isLocalDateTime(value), time).toBe(false);
      expect(isCompleteLocal(value), time).toBe(false);
      // Lenient patterns (two digits, a colon, two digits) refuse it too.
      expect(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), time).toBe(false);
      expect(splitLocal(value)).toEqual({ day: "2025-06-24", time });
    }
  });

  it("leave a missing half for the schema to refuse", () => {
    expect(joinLocal("2025-06-24", "")).toBe("2025-06-24T");
    expect(joinLocal("", "18:30")).toBe("T18:30");
    expect(isLocalDateTime(joinLocal("2025-06-24", ""))).toBe(false);
    expect(isLocalDateTime(joinLocal("", "18:30"))).toBe(false);
    expect(isCompleteLocal("2025-06-24T18:30")).toBe(true);
  });
});
