// What the spreadsheet formats (CSV, XLSX) print: one row per entry of an itinerary, programme or
// feed, or per task of an agency's day, with a header row in the reader's language.
import { dictionary, type Lang } from "@/lib/i18n";
import { arrivalPlace, entryAttendees, entryHomeTimes, entryKindLabel, entryTitle } from "@/lib/itinerary/present";
import type { Entry } from "@/lib/itinerary/types";
import { formatTime, isoDayOf } from "@/lib/time";
import { tasksTable } from "./internal/task-table";
import { col, type ExportTable } from "./table";
import type { ExportDocument } from "./types";

function entriesTable(doc: ExportDocument, lang: Lang): ExportTable {
  const t = dictionary(lang);
  const c = t.columns;
  const zone = doc.timeZone;
  const withHome = !!doc.homeTimeZone && doc.homeTimeZone !== zone;
  // The delegation's own arrival in protocol order, when its itinerary has one: an itinerary is
  // one delegation's, so an item holds at most one arrival here.
  const withArrival = doc.entries.some((e) => e.source === "item" && e.arrivals?.length);
  const a = t.arrivals.sequence.columns;
  const columns = [
    col(c.id), col(c.date, "day"), col(c.start, "time"), col(c.end, "time"),
    ...(withHome ? [col(`${c.homeTime} (${doc.homeTimeZone})`)] : []),
    col(c.title), col(c.kind), col(c.status), col(c.venue), col(c.space),
    ...(doc.showAttendees ? [col(c.attendees)] : []),
    col(c.dressCode), col(c.organiser), col(c.notes),
    ...(doc.showStaffNotes ? [col(c.staffNotes)] : []),
    ...(withArrival ? [col(a.time, "time"), col(a.entrance), col(a.departs, "time"), col(a.from)] : []),
  ];
  const rows = doc.entries.map((e) => [
    e.id,
    isoDayOf(e.startsAt, zone),
    formatTime(e.startsAt, zone),
    e.endsAt ? formatTime(e.endsAt, zone) : null,
    ...(withHome ? [entryHomeTimes(e, zone, doc.homeTimeZone)] : []),
    entryTitle(e, t),
    entryKindLabel(e, t),
    t.itemStatus[e.status],
    e.venue,
    e.space,
    ...(doc.showAttendees ? [entryAttendees(e, t)] : []),
    e.source === "item" ? e.dressCode : null,
    e.source === "item" ? e.organiser : null,
    e.notes,
    ...(doc.showStaffNotes ? [e.staffNotes] : []),
    ...(withArrival ? arrivalCells(e, zone) : []),
  ]);
  return { columns, rows };
}

function arrivalCells(e: Entry, zone: string): (string | null)[] {
  const arrival = e.source === "item" ? e.arrivals?.[0] : undefined;
  if (!arrival) return [null, null, null, null];
  return [formatTime(arrival.arrivesAt, zone), arrivalPlace(arrival), arrival.departsAt ? formatTime(arrival.departsAt, zone) : null, arrival.from];
}

/** The document as one table: the agency's tasks when it holds them, its entries otherwise. */
export function documentTable(doc: ExportDocument, lang: Lang): ExportTable {
  if (doc.tasks) return tasksTable(doc.tasks, doc.timeZone, { staffNotes: doc.showStaffNotes, lang });
  return entriesTable(doc, lang);
}
