// iCalendar (RFC 5545) with the `ics` package: UTC times, one VEVENT per entry with a UID that
// stays the same across exports and feeds, SEQUENCE = version - 1 so calendar apps take the
// newest, and cancelled items as STATUS:CANCELLED so they disappear from subscribers' calendars.
// An agency task is an event of its own (UID task-<id>) over the task's window.
import { createEvents, type EventAttributes, type EventStatus } from "ics";
import { coverStatus, taskDetailLines, taskLineOptions, taskPlace, taskStatusLine, taskTitle } from "@/lib/agencies/export-text";
import type { TaskView } from "@/lib/agencies/task-view";
import { dictionary } from "@/lib/i18n";
import { entryAttendees, entryKindLabel, entryPlace, entryTitle } from "@/lib/itinerary/present";
import type { Entry } from "@/lib/itinerary/types";
import { documentTitle } from "./text";
import type { ExportDocument, RenderOptions } from "./types";

export const UID_DOMAIN = "summit-logistics";
const PRODUCT_ID = "-//Summit logistics//Programme//EN";
/** A departure has no end; calendars get a short event at its start. */
const OPEN_END_MINUTES = 30;

export const icsUid = (entryId: string): string => `${entryId}@${UID_DOMAIN}`;

const STATUS: Record<Entry["status"], EventStatus> = { CONFIRMED: "CONFIRMED", CANCELLED: "CANCELLED", DRAFT: "TENTATIVE" };

function description(entry: Entry, doc: ExportDocument, options: RenderOptions): string {
  const t = dictionary(options.lang);
  const lines = [entryKindLabel(entry, t)];
  if (doc.showAttendees) lines.push(`${t.columns.attendees}: ${entryAttendees(entry, t)}`);
  if (entry.source === "item" && entry.dressCode) lines.push(`${t.columns.dressCode}: ${entry.dressCode}`);
  if (entry.source === "item" && entry.organiser) lines.push(`${t.columns.organiser}: ${entry.organiser}`);
  if (entry.notes) lines.push(entry.notes);
  if (doc.showStaffNotes && entry.staffNotes) lines.push(`${t.columns.staffNotes}: ${entry.staffNotes}`);
  return lines.join("\n");
}

function toEvent(entry: Entry, doc: ExportDocument, options: RenderOptions): EventAttributes {
  const t = dictionary(options.lang);
  const start = entry.startsAt.getTime();
  const end = entry.endsAt?.getTime() ?? start + OPEN_END_MINUTES * 60_000;
  const location = entryPlace(entry);
  return {
    uid: icsUid(entry.id),
    sequence: Math.max(0, entry.version - 1),
    status: STATUS[entry.status],
    title: entryTitle(entry, t),
    description: description(entry, doc, options),
    ...(location ? { location } : {}),
    ...utcRange(start, end),
  };
}

function utcRange(start: number, end: number) {
  return { start, startInputType: "utc", startOutputType: "utc", end, endInputType: "utc", endOutputType: "utc" } as const;
}

/** A task over its own window; its status goes in the description, the covered item's in STATUS. */
function taskEvent(task: TaskView, doc: ExportDocument, options: RenderOptions): EventAttributes {
  const t = dictionary(options.lang);
  const location = taskPlace(task);
  return {
    uid: icsUid(`task-${task.id}`),
    // A change of the task or of what it covers (moved, cancelled) must both raise SEQUENCE.
    sequence: Math.max(0, task.version - 1) + Math.max(0, (task.subject?.version ?? 1) - 1),
    status: STATUS[coverStatus(task)],
    title: taskTitle(task, t),
    description: [taskStatusLine(task, t), ...taskDetailLines(task, t, doc.timeZone, taskLineOptions(doc))].join("\n"),
    ...(location ? { location } : {}),
    ...utcRange(task.startsAt.getTime(), task.endsAt.getTime()),
  };
}

/** The document as an iCalendar file (METHOD:PUBLISH). Throws if the library refuses an event. */
export function renderIcs(doc: ExportDocument, options: RenderOptions): string {
  const { error, value } = createEvents(
    doc.tasks ? doc.tasks.map((task) => taskEvent(task, doc, options)) : doc.entries.map((entry) => toEvent(entry, doc, options)),
    { method: "PUBLISH", productId: PRODUCT_ID, calName: `${doc.summitName}: ${documentTitle(doc, options.lang)}` },
  );
  if (error || value === null) throw error ?? new Error("iCalendar rendering failed");
  return value;
}
