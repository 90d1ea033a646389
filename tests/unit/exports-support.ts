// Helpers for tests that read real exports back: PDF text (pdfjs-dist), iCalendar events
// (ical.js) and CSV rows (papaparse).
import path from "node:path";
import ICAL from "ical.js";
import Papa from "papaparse";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// Line breaks inside a text run make react-pdf reference (not embed) Helvetica for the "\n"
// itself; pdfjs wants its standard font data to read such a file quietly.
const STANDARD_FONTS = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;

/** The text of every page, one string per page (text runs joined by spaces). */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: STANDARD_FONTS, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  await pdf.destroy();
  return pages;
}

export type ParsedEvent = { uid: string; summary: string; status: string | null; sequence: number; start: Date; end: Date; location: string | null; description: string };

export function icsEvents(text: string): { method: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      status: (vevent.getFirstPropertyValue("status") as string | null) ?? null,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      location: event.location ?? null,
      description: event.description ?? "",
    };
  });
  return { method: (calendar.getFirstPropertyValue("method") as string | null) ?? null, events };
}

/** CSV back to header + rows; the BOM is checked and stripped. */
export function csvRows(text: string): { bom: boolean; header: string[]; rows: Record<string, string>[] } {
  const bom = text.startsWith("\uFEFF");
  const parsed = Papa.parse<Record<string, string>>(bom ? text.slice(1) : text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV parse errors: ${JSON.stringify(parsed.errors)}`);
  return { bom, header: parsed.meta.fields ?? [], rows: parsed.data };
}
