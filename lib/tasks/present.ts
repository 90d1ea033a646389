// How a task and what is behind it read, shared by the task pages and the exports (lib/exports):
// place and time, and the words in the reader's language. The English reads as on the task pages;
// times are summit-zone "HH:mm" from lib/time.
import type { Dictionary } from "@/lib/i18n";
import { formatTime } from "@/lib/time";
import type { TaskSubject, TaskView } from "./task-view";

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
