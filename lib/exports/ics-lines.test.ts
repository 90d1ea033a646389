// RFC 5545 3.1 folding, in octets: no line longer than 75 octets, continuation lines start with
// one space, and a fold never falls inside a UTF-8 character (checked on the bytes, and by
// reading the file back with ical.js).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldIcs, foldLine, withCalendarProperties } from "@/lib/exports/ics-lines";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The physical lines of a folded text as bytes, each checked to be whole UTF-8. */
function physicalLines(folded: string): Buffer[] {
  const bytes = Buffer.from(folded, "utf8");
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  lines.push(bytes.subarray(start));
  for (const line of lines) expect(() => decoder.decode(line)).not.toThrow();
  return lines;
}

describe("foldLine", () => {
  it.each([
    ["ASCII", "SUMMARY:" + "a".repeat(300)],
    ["2-octet letters", "SUMMARY:" + "é".repeat(200)],
    ["3-octet characters", "SUMMARY:" + "国".repeat(150)],
    ["4-octet emoji", "SUMMARY:" + "🎉".repeat(120)],
    ["mixed, every alignment", "DESCRIPTION:" + "aé国🎉".repeat(60)],
    ["a flag (two 4-octet code points)", "SUMMARY:" + "x".repeat(66) + "🇳🇱".repeat(10)],
  ])("%s: lines of at most 75 octets, whole characters, unfolding gives the line back", (_, line) => {
    const folded = foldLine(line);
    const lines = physicalLines(folded);
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(75);
    for (const continuation of lines.slice(1)) expect(continuation[0]).toBe(0x20);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("uses every octet: a full line is exactly 75 octets, the next one space and 74", () => {
    const lines = physicalLines(foldLine("X:" + "a".repeat(200)));
    expect(lines.slice(0, -1).map((l) => l.length)).toEqual([75, 75]);
    expect(lines.at(-1)!.length).toBe(1 + 200 + 2 - 75 - 74);
  });

  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("X:" + "a".repeat(73))).toBe("X:" + "a".repeat(73));
    expect(foldLine("X:" + "a".repeat(74))).toBe(`X:${"a".repeat(73)}\r\n a`);
    // 73 ASCII octets then a 3-octet character: it would end at octet 76, so it moves down whole.
    expect(foldLine("X:" + "a".repeat(71) + "国")).toBe(`X:${"a".repeat(71)}\r\n 国`);
  });
});

describe("foldIcs", () => {
  it("refolds a calendar folded by characters (the ics package's way) and reads back the same with ical.js", () => {
    const title = "Королевский ужин 国宴 🎉 ".repeat(8).trim();
    const byCharacters = title.match(/.{1,74}/gsu)!.join("\r\n\t");
    const text = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:u-1", "DTSTAMP:20250620T080000Z",
      "DTSTART:20250624T173000Z", `SUMMARY:${byCharacters}`, "END:VEVENT", "END:VCALENDAR", "",
    ].join("\r\n");
    const folded = foldIcs(text);
    expect(Math.max(...physicalLines(folded).map((l) => l.length))).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(folded)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(title);
    expect(folded.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

describe("withCalendarProperties", () => {
  const calendar = ["BEGIN:VCALENDAR", "VERSION:2.0", "X-PUBLISHED-TTL:PT1H", "BEGIN:VEVENT", "UID:1", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

  it("adds the missing properties before the first component, once", () => {
    const out = withCalendarProperties(calendar, ["REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"]);
    expect(out.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR", "VERSION:2.0", "X-PUBLISHED-TTL:PT1H", "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "BEGIN:VEVENT", "UID:1", "END:VEVENT", "END:VCALENDAR", "",
    ]);
    expect(withCalendarProperties(out, ["REFRESH-INTERVAL;VALUE=DURATION:PT1H"])).toBe(out);
  });

  it("adds them to a calendar without events too", () => {
    const empty = ["BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR", ""].join("\r\n");
    expect(withCalendarProperties(empty, ["X-PUBLISHED-TTL:PT1H"]).split("\r\n")).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "X-PUBLISHED-TTL:PT1H", "END:VCALENDAR", ""]);
  });
});
