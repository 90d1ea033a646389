// Words for a task in the agency's exports (PDF, iCalendar), in the reader's language: the lines
// under its title and its status. The words the task pages share are in lib/tasks/present.ts.
import { coversTitle, levelText, movementDetails, partyText, subjectPlace, subjectTime } from "@/lib/tasks/present";
import type { TaskView } from "@/lib/tasks/task-view";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import type { ExportDocument } from "../types";

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
