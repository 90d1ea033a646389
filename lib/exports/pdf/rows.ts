// What each PDF row prints, worked out once so the page packer and the renderer agree.
import { taskPlace, taskTitle } from "@/lib/tasks/present";
import type { TaskView } from "@/lib/tasks/task-view";
import { dictionary, type Lang } from "@/lib/i18n";
import { entryArrivalLines, entryAttendees, entryHomeTimes, entryKindLabel, entryPlace, entryTimes, entryTitle, groupByDay } from "@/lib/itinerary/present";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";
import { coverStatus, taskDetailLines, taskLineOptions } from "../internal/task-text";
import type { ExportDocument } from "../types";

export type PdfRow = {
  key: string;
  times: string;
  home: string | null;
  title: string;
  details: string;
  place: string;
  status: string;
  cancelled: boolean;
};

export type PdfBlock = { kind: "day"; day: IsoDay } | { kind: "row"; row: PdfRow };

export function pdfBlocks(doc: ExportDocument, lang: Lang): PdfBlock[] {
  if (doc.tasks) return taskBlocks(doc, doc.tasks, lang);
  const t = dictionary(lang);
  const blocks: PdfBlock[] = [];
  for (const { day, entries } of groupByDay(doc.entries, doc.timeZone)) {
    if (!doc.day) blocks.push({ kind: "day", day });
    for (const entry of entries) {
      const details = [
        [
          entryKindLabel(entry, t),
          doc.showAttendees ? entryAttendees(entry, t) : "",
          entry.source === "item" && entry.dressCode ? `${t.columns.dressCode}: ${entry.dressCode}` : "",
        ].filter(Boolean).join(" · "),
        ...entryArrivalLines(entry, t, doc.timeZone),
        entry.notes,
        doc.showStaffNotes && entry.staffNotes ? `${t.columns.staffNotes}: ${entry.staffNotes}` : null,
      ].filter(Boolean);
      blocks.push({
        kind: "row",
        row: {
          key: `${entry.source}-${entry.id}`,
          times: entryTimes(entry, doc.timeZone),
          home: entryHomeTimes(entry, doc.timeZone, doc.homeTimeZone),
          title: entryTitle(entry, t),
          details: details.join("\n"),
          place: entryPlace(entry),
          status: t.itemStatus[entry.status].toUpperCase(),
          cancelled: entry.status === "CANCELLED",
        },
      });
    }
  }
  return blocks;
}

/**
 * The agency's day: one row per task over its own window, with what it covers below the title and
 * the task's status beside its place.
 */
function taskBlocks(doc: ExportDocument, tasks: readonly TaskView[], lang: Lang): PdfBlock[] {
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

// Page geometry in points (A4 is 595 × 842): see styles.ts for the same numbers.
export const PAGE = { contentHeight: 842 - 96 - 40 - 6, mainWidth: 595 - 72 - 80 - 150, placeWidth: 150, timeWidth: 80 };
const LINE = { body: 11, small: 9.2 };
const DAY_HEADING_HEIGHT = 32;
const ROW_PADDING = 7;
// Average glyph widths of DejaVu Sans as a share of the font size, rounded up.
const CHAR = { bold: 0.62, regular: 0.56 };

function lines(text: string, width: number, fontSize: number, charShare: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * charShare)));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A generous estimate of a row's height, so packed pages rarely overflow. */
export function estimateRowHeight(row: PdfRow): number {
  const main = lines(row.title, PAGE.mainWidth, 9, CHAR.bold) * LINE.body + (row.details ? lines(row.details, PAGE.mainWidth, 7.5, CHAR.regular) * LINE.small : 0);
  const place = lines(row.place || " ", PAGE.placeWidth, 9, CHAR.regular) * LINE.body + LINE.body;
  const time = LINE.body + (row.home ? LINE.small : 0);
  return Math.max(main, place, time) + ROW_PADDING;
}

/**
 * Pack blocks into pages by estimated height. react-pdf re-lays out everything after each page
 * break it finds itself, which makes one long page element quadratic in the number of rows;
 * one element per page keeps a 500-item day fast. A day heading never ends a page.
 */
export function packPages(blocks: readonly PdfBlock[], capacity = PAGE.contentHeight): PdfBlock[][] {
  const pages: PdfBlock[][] = [];
  let page: PdfBlock[] = [];
  let used = 0;
  const heightOf = (b: PdfBlock) => (b.kind === "day" ? DAY_HEADING_HEIGHT : estimateRowHeight(b.row));
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const needed = heightOf(block) + (block.kind === "day" && next ? heightOf(next) : 0);
    if (page.length > 0 && used + needed > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(block);
    used += heightOf(block);
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
