// PDF page packing and the i18n day names, without rendering anything.
import { describe, expect, it } from "vitest";
import { estimateRowHeight, packPages, PAGE, type PdfBlock, type PdfRow } from "@/lib/exports/pdf/rows";
import { safeFileStem } from "@/lib/exports/text";
import { formatIsoDay, formatMoment, langSchema } from "@/lib/i18n";

const rowOf = (key: string, over: Partial<PdfRow> = {}): PdfRow => ({
  key, times: "10:00–11:00", home: null, title: "Session", details: "Side event", place: "Hall, Forum", status: "CONFIRMED", cancelled: false, ...over,
});
const row = (key: string, over: Partial<PdfRow> = {}): PdfBlock => ({ kind: "row", row: rowOf(key, over) });

describe("packPages", () => {
  it("keeps every block, in order, and fills pages up to the capacity", () => {
    const blocks = Array.from({ length: 200 }, (_, i) => row(`r${i}`));
    const pages = packPages(blocks);
    expect(pages.flat()).toEqual(blocks);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const height = page.reduce((sum, b) => sum + (b.kind === "row" ? estimateRowHeight(b.row) : 0), 0);
      expect(height).toBeLessThanOrEqual(PAGE.contentHeight);
    }
  });

  it("never leaves a day heading at the bottom of a page", () => {
    const blocks: PdfBlock[] = [];
    for (let d = 0; d < 6; d++) {
      blocks.push({ kind: "day", day: `2025-06-2${d}` });
      for (let i = 0; i < 23; i++) blocks.push(row(`d${d}-${i}`));
    }
    for (const page of packPages(blocks)) expect(page[page.length - 1].kind).toBe("row");
  });

  it("gives long titles and notes more room", () => {
    const long = rowOf("l", { title: "A very long title ".repeat(8), details: "Line\nAnother line\nA third line" });
    expect(estimateRowHeight(long)).toBeGreaterThan(estimateRowHeight(rowOf("s")));
  });

  it("returns one empty page for an empty document", () => {
    expect(packPages([])).toEqual([[]]);
  });
});

describe("labels and names", () => {
  it("names summit days in English and Dutch without relying on the process time zone", () => {
    expect(formatIsoDay("2025-06-24", "en")).toBe("Tue 24 Jun 2025");
    expect(formatIsoDay("2025-06-25", "nl")).toBe("wo 25 jun 2025");
    expect(formatMoment(new Date("2025-06-24T22:30:00Z"), "Europe/Amsterdam", "nl")).toBe("wo 25 jun 2025 00:30");
  });

  it("accepts en and nl only, English by default", () => {
    expect(langSchema.parse(undefined)).toBe("en");
    expect(langSchema.parse("nl")).toBe("nl");
    expect(langSchema.safeParse("fr").success).toBe(false);
  });

  it("keeps file names to safe ASCII", () => {
    expect(safeFileStem(["itinerary", "UA", null, "../x y", "2025-06-24"])).toBe("itinerary-UA-_x_y-2025-06-24");
  });
});
