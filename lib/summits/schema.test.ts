// The summit schema on its own: what the form sends parses to what the mutation stores, parsing
// a parsed value changes nothing (the gate and the mutation both parse), and the English messages
// name the limits the schema enforces.
import { describe, expect, it } from "vitest";
import { createSummitSchema, isSupportedTimeZone, MAX_SUMMIT_DAYS, MAX_TRAVEL_BUFFER, SUMMIT_MESSAGES, updateSummitSchema } from "./schema";

const form = {
  name: "  NATO Summit Ankara 2026 ",
  slug: "nato-2026-ankara",
  host: "Republic of Türkiye",
  startDate: "2026-07-07",
  endDate: "2026-07-08",
  timeZone: "Europe/Istanbul",
  travelBufferMinutes: "15",
  languages: "EN; fr  tr, en",
  copyFromSummitId: "",
};

describe("createSummitSchema", () => {
  it("turns the form's text into the stored values", () => {
    expect(createSummitSchema.parse(form)).toEqual({
      name: "NATO Summit Ankara 2026",
      slug: "nato-2026-ankara",
      host: "Republic of Türkiye",
      startDate: "2026-07-07",
      endDate: "2026-07-08",
      timeZone: "Europe/Istanbul",
      travelBufferMinutes: 15,
      languages: ["en", "fr", "tr"],
      copyFromSummitId: null,
    });
  });

  it("parses its own output to the same value", () => {
    const once = createSummitSchema.parse(form);
    expect(createSummitSchema.parse(once)).toEqual(once);
    const edit = updateSummitSchema.parse({ ...form, id: "s1" });
    expect(updateSummitSchema.parse(edit)).toEqual(edit);
  });

  it("knows UTC and the runtime's IANA zones, nothing else", () => {
    expect(isSupportedTimeZone("UTC")).toBe(true);
    expect(isSupportedTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isSupportedTimeZone("Mars/Olympus")).toBe(false);
    expect(isSupportedTimeZone("")).toBe(false);
  });

  it("words the limits it enforces", () => {
    expect(SUMMIT_MESSAGES.tooManyDays).toContain(String(MAX_SUMMIT_DAYS));
    expect(SUMMIT_MESSAGES.bufferOutOfRange).toContain(String(MAX_TRAVEL_BUFFER));
    expect(createSummitSchema.safeParse({ ...form, travelBufferMinutes: MAX_TRAVEL_BUFFER }).success).toBe(true);
    expect(createSummitSchema.safeParse({ ...form, travelBufferMinutes: "1.5" }).error?.issues.map((i) => i.message)).toEqual([SUMMIT_MESSAGES.bufferNotNumber]);
  });

  it("names only the broken day when a date is impossible", () => {
    const result = createSummitSchema.safeParse({ ...form, startDate: "2026-02-30", endDate: "2026-01-01" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["startDate", SUMMIT_MESSAGES.dayFormat]]);
  });
});
