// Words for a task in the agency's exports (PDF, iCalendar, CSV), in the reader's language. The
// English reads as on the task pages; times are summit-zone "HH:mm" from lib/time.
import type { ExportDocument } from "@/lib/exports/types";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import { subjectPlace, subjectTime } from "./present";
import type { TaskSubject, TaskView } from "./task-view";

/** "Royal dinner", "Restricted event" for an item the agency sees only for its task, or "Transfer · Iceland" for a movement. */
export function coversTitle(subject: TaskSubject | null, t: Dictionary): string {
  if (!subject) return "—";
  if (subject.target === "MOVEMENT") return `${t.movementKind[subject.kind]} · ${subject.delegation}`;
  return subject.restricted ? t.restrictedItem.title : subject.title;
}

/** "Escort · Transfer · Iceland": what the agency does, for what. */
export function taskTitle(task: TaskView, t: Dictionary): string {
  return `${t.tasks.type[task.type]} · ${coversTitle(task.subject, t)}`;
}

/** Where the agency works: the task's own location, else the item's place or the movement's route. */
export function taskPlace(task: TaskView): string | null {
  return task.location ?? subjectPlace(task.subject);
}

export function partyText(subject: TaskSubject | null, t: Dictionary): string | null {
  if (!subject) return null;
  return subject.target === "ITEM" ? t.tasks.itemParty(subject.partySize) : t.tasks.movementParty(subject.partySize);
}

export function levelText(subject: TaskSubject | null, t: Dictionary): string | null {
  return subject?.principalLevel ? t.memberFunction[subject.principalLevel] : null;
}

/** Flight, route note and road closure of a movement; nothing for an item. */
export function movementDetails(subject: TaskSubject | null, t: Dictionary): string[] {
  if (!subject || subject.target !== "MOVEMENT") return [];
  return [
    subject.flight ? t.tasks.flight(subject.flight) : null,
    subject.routeNote,
    subject.roadClosureNeeded ? t.tasks.roadClosure : null,
  ].filter((x): x is string => !!x);
}

export type TaskLineOptions = {
  /** Staff notes: for staff readers only. */
  staffNotes: boolean;
  /** Which agency does the task: in a file of every agency's tasks (one agency's says so in its title). */
  agency: boolean;
};

/** How an export document's tasks are worded: staff notes as the document allows, the agency on an all-agency file. */
export function taskLineOptions(doc: ExportDocument): TaskLineOptions {
  return { staffNotes: doc.showStaffNotes, agency: doc.heading.kind === "tasks" && doc.heading.agency === null };
}

/**
 * The lines under a task's title: the agency when asked, what it covers (time and place), party
 * and principal level, movement details, the planner's note for the agency and the agency's own
 * note, and staff notes only when the reader may see them. The task's own location is not
 * repeated here: it is the place (PDF column, iCalendar LOCATION).
 */
export function taskDetailLines(task: TaskView, t: Dictionary, timeZone: string, options: TaskLineOptions): string[] {
  const c = t.tasks.columns;
  const subject = task.subject;
  const covers = [coversTitle(subject, t), subjectTime(subject, timeZone), subjectPlace(subject)].filter(Boolean).join(" · ");
  return [
    options.agency ? `${c.agency}: ${task.agency.shortName}` : "",
    `${c.covers}: ${covers}`,
    [partyText(subject, t), levelText(subject, t), ...movementDetails(subject, t)].filter(Boolean).join(" · "),
    task.note ? `${c.note}: ${task.note}` : "",
    task.agencyNote ? `${c.agencyNote}: ${task.agencyNote}` : "",
    options.staffNotes && task.staffNotes ? `${t.columns.staffNotes}: ${task.staffNotes}` : "",
  ].filter(Boolean);
}

/** "Status: Done". */
export function taskStatusLine(task: TaskView, t: Dictionary): string {
  return `${t.columns.status}: ${t.tasks.status[task.status]}`;
}

/**
 * The status of what the task covers, as calendars and the PDF show it: a task on a cancelled item
 * is cancelled with it, one on a draft is tentative; movements have no status of their own.
 */
export function coverStatus(task: TaskView): ItemStatus {
  return task.subject?.target === "ITEM" ? task.subject.status : "CONFIRMED";
}
