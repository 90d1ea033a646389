// The agency's day as CSV, from the same scoped task list as the page: UTF-8 with a byte-order
// mark for spreadsheets, a header row in the reader's language, formula-looking cells escaped, the
// planner's note for the agency and the agency's own note in columns of their own, staff notes
// only for staff readers.
import Papa from "papaparse";
import { dictionary, type Lang } from "@/lib/i18n";
import { formatTime, isoDayOf } from "@/lib/time";
import { coversTitle, levelText, movementDetails } from "./export-text";
import { subjectPlace, subjectTime } from "./present";
import type { TaskView } from "./task-view";

const BOM = "\uFEFF";

export function tasksCsv(tasks: readonly TaskView[], timeZone: string, options: { staffNotes: boolean; lang?: Lang }): string {
  const t = dictionary(options.lang ?? "en");
  const c = { ...t.columns, ...t.tasks.columns };
  const fields = [
    c.taskId, c.date, c.start, c.end, c.agency, c.type, c.status, c.covers, c.coversTime, c.placeOrRoute, c.partySize,
    c.principalLevel, c.details, c.location, c.note, c.agencyNote, ...(options.staffNotes ? [c.staffNotes] : []),
  ];
  const data = tasks.map((task) => [
    task.id,
    isoDayOf(task.startsAt, timeZone),
    formatTime(task.startsAt, timeZone),
    formatTime(task.endsAt, timeZone),
    task.agency.shortName,
    t.tasks.type[task.type],
    t.tasks.status[task.status],
    coversTitle(task.subject, t),
    subjectTime(task.subject, timeZone),
    subjectPlace(task.subject) ?? "",
    task.subject ? String(task.subject.partySize) : "",
    levelText(task.subject, t) ?? "",
    movementDetails(task.subject, t).join("; "),
    task.location ?? "",
    task.note ?? "",
    task.agencyNote ?? "",
    ...(options.staffNotes ? [task.staffNotes ?? ""] : []),
  ]);
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" });
}
