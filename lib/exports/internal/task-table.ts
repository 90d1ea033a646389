// The agency's day as a table for spreadsheets (CSV and XLSX), from the same scoped
// task list as the page: a header row in the reader's language, the planner's note for the agency
// and the agency's own note in columns of their own, staff notes only for staff readers.
import { dictionary, type Lang } from "@/lib/i18n";
import { coversTitle, levelText, movementDetails, subjectPlace, subjectTime } from "@/lib/tasks/present";
import type { TaskView } from "@/lib/tasks/task-view";
import { formatTime, isoDayOf } from "@/lib/time";
import { col, tableCsv, type ExportTable } from "../table";

export type TasksTableOptions = { staffNotes: boolean; lang?: Lang };

export function tasksTable(tasks: readonly TaskView[], timeZone: string, options: TasksTableOptions): ExportTable {
  const t = dictionary(options.lang ?? "en");
  const c = { ...t.columns, ...t.tasks.columns };
  const columns = [
    col(c.taskId), col(c.date, "day"), col(c.start, "time"), col(c.end, "time"), col(c.agency), col(c.type), col(c.status), col(c.covers),
    col(c.coversTime), col(c.placeOrRoute), col(c.partySize, "number"), col(c.principalLevel), col(c.details), col(c.location), col(c.note),
    col(c.agencyNote), ...(options.staffNotes ? [col(c.staffNotes)] : []),
  ];
  const rows = tasks.map((task) => [
    task.id,
    isoDayOf(task.startsAt, timeZone),
    formatTime(task.startsAt, timeZone),
    formatTime(task.endsAt, timeZone),
    task.agency.shortName,
    t.tasks.type[task.type],
    t.tasks.status[task.status],
    coversTitle(task.subject, t),
    subjectTime(task.subject, timeZone),
    subjectPlace(task.subject),
    task.subject ? task.subject.partySize : null,
    levelText(task.subject, t),
    movementDetails(task.subject, t).join("; "),
    task.location,
    task.note,
    task.agencyNote,
    ...(options.staffNotes ? [task.staffNotes] : []),
  ]);
  return { columns, rows };
}

/** The task table as CSV in the reader's list separator (see tableCsv). */
export function tasksCsv(tasks: readonly TaskView[], timeZone: string, options: TasksTableOptions): string {
  return tableCsv(tasksTable(tasks, timeZone, options), dictionary(options.lang ?? "en").listSeparator);
}
