// Place and time of what is behind a task, shared by the task pages and the exports (words that
// need a language are in export-text.ts).
import { formatTime } from "@/lib/time";
import type { TaskSubject } from "./task-view";

/** Place of an item, route of a movement. */
export function subjectPlace(subject: TaskSubject | null): string | null {
  if (!subject) return null;
  if (subject.target === "ITEM") return subject.place;
  return [subject.from, subject.to].filter(Boolean).join(" → ") || null;
}

/** "19:30–22:30", or "12:00" for a departure. */
export function subjectTime(subject: TaskSubject | null, timeZone: string): string {
  if (!subject) return "";
  const start = formatTime(subject.startsAt, timeZone);
  return subject.endsAt ? `${start}–${formatTime(subject.endsAt, timeZone)}` : start;
}
