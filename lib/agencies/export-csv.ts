// The agency's day as CSV, from the same scoped task list as the page: UTF-8 with a byte-order
// mark for spreadsheets, formula-looking cells escaped, staff notes only for staff readers.
import Papa from "papaparse";
import { formatTime, isoDayOf } from "@/lib/time";
import { TASK_STATUS_LABEL, TASK_TYPE_LABEL } from "./labels";
import { movementExtras, subjectLevel, subjectPlace, subjectTime, subjectTitle } from "./present";
import type { TaskView } from "./task-view";

const BOM = "\uFEFF";

export function tasksCsv(tasks: readonly TaskView[], timeZone: string, options: { staffNotes: boolean }): string {
  const fields = [
    "Task id", "Date", "Start", "End", "Agency", "Type", "Status", "Covers", "Covers time", "Place or route", "Party size",
    "Principal level", "Details", "Location", "Note", ...(options.staffNotes ? ["Staff notes"] : []),
  ];
  const data = tasks.map((t) => [
    t.id,
    isoDayOf(t.startsAt, timeZone),
    formatTime(t.startsAt, timeZone),
    formatTime(t.endsAt, timeZone),
    t.agency.shortName,
    TASK_TYPE_LABEL[t.type],
    TASK_STATUS_LABEL[t.status],
    subjectTitle(t.subject),
    subjectTime(t.subject, timeZone),
    subjectPlace(t.subject) ?? "",
    t.subject ? String(t.subject.partySize) : "",
    subjectLevel(t.subject) ?? "",
    movementExtras(t.subject).join("; "),
    t.location ?? "",
    t.note ?? "",
    ...(options.staffNotes ? [t.staffNotes ?? ""] : []),
  ]);
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" });
}
