// iCalendar (RFC 5545) with the `ics` package: UTC times, one VEVENT per entry, SEQUENCE =
// version - 1 so calendar apps take the newest, and cancelled items as STATUS:CANCELLED (and
// "Cancelled: " in SUMMARY, for clients that ignore STATUS) so they disappear or show as such.
// An item that left the reader's calendar (lib/itinerary/vanished.ts) stays in their files as
// cancelled, as they last saw it, while the summit lasts. An agency task is an event of its own
// over the task's window. Lines are folded at 75 octets afterwards (ics-lines.ts); feeds ask
// clients to refresh hourly (RFC 7986).
//
// One UID, one content. A calendar that holds two files keeps one event per UID (and SEQUENCE),
// so two renderings of the same item that differ must not share a UID. What an event says depends
// on the entry and on the rendering: the reader's scope (what they may see of it), whose attendees
// are listed, whether staff notes are shown, and the language. The UID is therefore
//   <entry id>.<view>@summit-logistics, view = <scope>[.att-<codes>][.agencies][.notes].<lang>
// (agencies: a task file of every agency, which names the agency on each task), e.g.
// demo-item-royal-dinner.liaison-UA.att-UA.en@summit-logistics. The same reader's exports and
// feed in one language carry the same UIDs from file to file, so re-importing updates in place.
import { createEvents, type EventAttributes, type EventStatus } from "ics";
import { taskPlace, taskTitle } from "@/lib/tasks/present";
import type { TaskView } from "@/lib/tasks/task-view";
import { dictionary, type Dictionary, type Lang } from "@/lib/i18n";
import { entryArrivalLines, entryAttendees, entryKindLabel, entryPlace, entryTitle } from "@/lib/itinerary/present";
import type { Entry, VanishedItem } from "@/lib/itinerary/types";
import { foldIcs, unfoldIcs, withCalendarProperties } from "./ics-lines";
import { coverStatus, taskDetailLines, taskLineOptions, taskStatusLine } from "./internal/task-text";
import { documentTitle } from "./text";
import type { ExportDocument, ReaderScope, RenderOptions } from "./types";

export const UID_DOMAIN = "summit-logistics";
const PRODUCT_ID = "-//Summit logistics//Programme//EN";
/** A subscribed feed: clients should fetch it again every hour (RFC 7986, and Outlook's own name). */
const FEED_PROPERTIES = ["REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"];

const STATUS: Record<Entry["status"], EventStatus> = { CONFIRMED: "CONFIRMED", CANCELLED: "CANCELLED", DRAFT: "TENTATIVE" };

/** A name or code as a UID part: only letters, digits and _, everything else percent-encoded. */
const uidPart = (value: string): string => encodeURIComponent(value).replace(/[-.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const codes = (values: readonly string[]): string => values.map(uidPart).join("-");

function scopePart(scope: ReaderScope): string {
  switch (scope.role) {
    case "staff":
      return "staff";
    case "liaison":
      return `liaison-${codes(scope.codes)}`;
    case "agency":
      return `agency-${uidPart(scope.name)}`;
    default:
      return "public";
  }
}

/** Whose attendees the document lists: the itinerary's delegation, else the liaison's own. */
function attendeesPart(doc: ExportDocument): string {
  if (doc.heading.kind === "itinerary") return `att-${uidPart(doc.heading.code)}`;
  return `att-${doc.scope.role === "liaison" ? codes(doc.scope.codes) : doc.heading.kind}`;
}

/** Everything besides the entry that decides an event's text (see the file comment). */
export function icsView(doc: ExportDocument, lang: Lang): string {
  return [
    scopePart(doc.scope),
    ...(doc.showAttendees ? [attendeesPart(doc)] : []),
    // A file of every agency's tasks names the agency on each task; one agency's file does not.
    ...(doc.tasks && taskLineOptions(doc).agency ? ["agencies"] : []),
    ...(doc.showStaffNotes ? ["notes"] : []),
    lang,
  ].join(".");
}

export const icsUid = (id: string, view: string): string => `${id}.${view}@${UID_DOMAIN}`;

const summary = (title: string, status: Entry["status"], t: Dictionary): string => (status === "CANCELLED" ? `${t.itemStatus.CANCELLED}: ${title}` : title);

function description(entry: Entry, doc: ExportDocument, t: Dictionary): string {
  const lines = [entryKindLabel(entry, t)];
  if (doc.showAttendees) lines.push(`${t.columns.attendees}: ${entryAttendees(entry, t)}`);
  if (entry.source === "item" && entry.dressCode) lines.push(`${t.columns.dressCode}: ${entry.dressCode}`);
  if (entry.source === "item" && entry.organiser) lines.push(`${t.columns.organiser}: ${entry.organiser}`);
  // The delegation's own arrival: its departure and arrival times live in its motorcade's own
  // event too, whose SEQUENCE rises when they move; here they stand beside the item they are for.
  lines.push(...entryArrivalLines(entry, t, doc.timeZone));
  if (entry.notes) lines.push(entry.notes);
  if (doc.showStaffNotes && entry.staffNotes) lines.push(`${t.columns.staffNotes}: ${entry.staffNotes}`);
  return lines.join("\n");
}

const utc = (at: Date) => ({ start: at.getTime(), startInputType: "utc", startOutputType: "utc" }) as const;
const utcEnd = (at: Date) => ({ end: at.getTime(), endInputType: "utc", endOutputType: "utc" }) as const;

/** An event before its end: the package's types demand an end or a duration, its validation does not. */
type OpenEvent = Omit<Extract<EventAttributes, { end: unknown }>, "end">;

function toEvent(entry: Entry, doc: ExportDocument, t: Dictionary, view: string): EventAttributes {
  const location = entryPlace(entry);
  const event: OpenEvent = {
    uid: icsUid(entry.id, view),
    sequence: Math.max(0, entry.version - 1),
    status: STATUS[entry.status],
    title: summary(entryTitle(entry, t), entry.status, t),
    description: description(entry, doc, t),
    ...(location ? { location } : {}),
    ...utc(entry.startsAt),
  };
  // No end (a departure): no DTEND, so the event ends where it starts (RFC 5545 3.6.1) rather
  // than at an end nobody planned.
  return entry.endsAt ? { ...event, ...utcEnd(entry.endsAt) } : (event as EventAttributes);
}

/** A task over its own window; its status goes in the description, the covered item's in STATUS. */
function taskEvent(task: TaskView, doc: ExportDocument, t: Dictionary, view: string): EventAttributes {
  const location = taskPlace(task);
  const status = coverStatus(task);
  return {
    uid: icsUid(`task-${task.id}`, view),
    // A change of the task or of what it covers (moved, cancelled) must both raise SEQUENCE.
    sequence: Math.max(0, task.version - 1) + Math.max(0, (task.subject?.version ?? 1) - 1),
    status: STATUS[status],
    title: summary(taskTitle(task, t), status, t),
    description: [taskStatusLine(task, t), ...taskDetailLines(task, t, doc.timeZone, taskLineOptions(doc))].join("\n"),
    ...(location ? { location } : {}),
    ...utc(task.startsAt),
    ...utcEnd(task.endsAt),
  };
}

/**
 * An item that left the reader's calendar, as they last saw it: cancelled under the UID it had for
 * them, with a higher SEQUENCE, and nothing they did not see (no description; a restricted item's
 * neutral title).
 */
function vanishedEvent(item: VanishedItem, t: Dictionary, view: string): EventAttributes {
  const location = [item.space, item.venue].filter(Boolean).join(", ");
  return {
    uid: icsUid(item.id, view),
    sequence: item.sequence,
    status: "CANCELLED",
    title: summary(item.restricted ? t.restrictedItem.title : item.title, "CANCELLED", t),
    ...(location ? { location } : {}),
    ...utc(item.startsAt),
    ...utcEnd(item.endsAt),
  };
}

function events(doc: ExportDocument, t: Dictionary, view: string): EventAttributes[] {
  if (doc.tasks) return doc.tasks.map((task) => taskEvent(task, doc, t, view));
  const live = new Set(doc.entries.map((entry) => entry.id));
  return [
    ...doc.entries.map((entry) => toEvent(entry, doc, t, view)),
    ...(doc.vanished ?? []).filter((item) => !live.has(item.id)).map((item) => vanishedEvent(item, t, view)),
  ];
}

/** The document as an iCalendar file (METHOD:PUBLISH). Throws if the library refuses an event. */
export function renderIcs(doc: ExportDocument, options: RenderOptions): string {
  const t = dictionary(options.lang);
  const view = icsView(doc, options.lang);
  const { error, value } = createEvents(events(doc, t, view), {
    method: "PUBLISH",
    productId: PRODUCT_ID,
    calName: `${doc.summitName}: ${documentTitle(doc, options.lang)}`,
  });
  if (error || value === null) throw error ?? new Error("iCalendar rendering failed");
  const text = unfoldIcs(value);
  return foldIcs(doc.heading.kind === "feed" ? withCalendarProperties(text, FEED_PROPERTIES) : text);
}
