// What each PDF row of the agency's day prints: one row per task over its own window, with what
// it covers below the title and the task's status beside its place.
import { coverStatus, taskDetailLines, taskLineOptions, taskPlace, taskTitle } from "@/lib/agencies/export-text";
import type { TaskView } from "@/lib/agencies/task-view";
import { dictionary, type Lang } from "@/lib/i18n";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";
import type { ExportDocument } from "../types";
import type { PdfBlock } from "./rows";

export function taskBlocks(doc: ExportDocument, tasks: readonly TaskView[], lang: Lang): PdfBlock[] {
  const t = dictionary(lang);
  const blocks: PdfBlock[] = [];
  let lastDay: IsoDay | null = null;
  // Tasks come in time order, so a new summit-local day starts a new group.
  for (const task of tasks) {
    const day = isoDayOf(task.startsAt, doc.timeZone);
    if (!doc.day && day !== lastDay) blocks.push({ kind: "day", day });
    lastDay = day;
    const cancelled = coverStatus(task) === "CANCELLED";
    const status = t.tasks.status[task.status];
    blocks.push({
      kind: "row",
      row: {
        key: `task-${task.id}`,
        times: `${formatTime(task.startsAt, doc.timeZone)}–${formatTime(task.endsAt, doc.timeZone)}`,
        home: null,
        title: taskTitle(task, t),
        details: taskDetailLines(task, t, doc.timeZone, taskLineOptions(doc)).join("\n"),
        place: taskPlace(task) ?? "",
        status: (cancelled ? `${t.itemStatus.CANCELLED} · ${status}` : status).toUpperCase(),
        cancelled,
      },
    });
  }
  return blocks;
}
