// CSV for spreadsheets: UTF-8 with a byte-order mark (so LibreOffice and Excel read "Türkiye"
// right), a header row in the reader's language and one row per entry. Cells that a spreadsheet
// would run as a formula are escaped.
import Papa from "papaparse";
import { tasksCsv } from "@/lib/agencies/export-csv";
import { dictionary } from "@/lib/i18n";
import { entryAttendees, entryHomeTimes, entryKindLabel, entryTitle } from "@/lib/itinerary/present";
import { formatTime, isoDayOf } from "@/lib/time";
import type { ExportDocument, RenderOptions } from "./types";

export const CSV_BOM = "\uFEFF";

export function renderCsv(doc: ExportDocument, options: RenderOptions): string {
  if (doc.tasks) return tasksCsv(doc.tasks, doc.timeZone, { staffNotes: doc.showStaffNotes, lang: options.lang });
  const t = dictionary(options.lang);
  const c = t.columns;
  const zone = doc.timeZone;
  const withHome = !!doc.homeTimeZone && doc.homeTimeZone !== zone;
  const fields = [
    c.id, c.date, c.start, c.end,
    ...(withHome ? [`${c.homeTime} (${doc.homeTimeZone})`] : []),
    c.title, c.kind, c.status, c.venue, c.space,
    ...(doc.showAttendees ? [c.attendees] : []),
    c.dressCode, c.organiser, c.notes,
    ...(doc.showStaffNotes ? [c.staffNotes] : []),
  ];
  const data = doc.entries.map((e) => [
    e.id,
    isoDayOf(e.startsAt, zone),
    formatTime(e.startsAt, zone),
    e.endsAt ? formatTime(e.endsAt, zone) : "",
    ...(withHome ? [entryHomeTimes(e, zone, doc.homeTimeZone) ?? ""] : []),
    entryTitle(e, t),
    entryKindLabel(e, t),
    t.itemStatus[e.status],
    e.venue ?? "",
    e.space ?? "",
    ...(doc.showAttendees ? [entryAttendees(e, t)] : []),
    e.source === "item" ? (e.dressCode ?? "") : "",
    e.source === "item" ? (e.organiser ?? "") : "",
    e.notes ?? "",
    ...(doc.showStaffNotes ? [e.staffNotes ?? ""] : []),
  ]);
  return CSV_BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" });
}
