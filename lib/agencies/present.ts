// Words for what is behind a task, shared by the task pages and the CSV export.
import { formatTime } from "@/lib/time";
import { MOVEMENT_KIND_LABEL, PRINCIPAL_LEVEL_LABEL } from "./labels";
import type { TaskSubject } from "./task-view";

/** "Royal dinner" or "Transfer · Iceland". */
export function subjectTitle(subject: TaskSubject | null): string {
  if (!subject) return "—";
  return subject.target === "ITEM" ? subject.title : `${MOVEMENT_KIND_LABEL[subject.kind]} · ${subject.delegation}`;
}

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

export function subjectParty(subject: TaskSubject | null): string | null {
  if (!subject) return null;
  return subject.target === "ITEM"
    ? `${subject.partySize} delegation${subject.partySize === 1 ? "" : "s"} or members taking part`
    : `party of ${subject.partySize}`;
}

export function subjectLevel(subject: TaskSubject | null): string | null {
  return subject?.principalLevel ? PRINCIPAL_LEVEL_LABEL[subject.principalLevel] : null;
}

/** Flight, route note and road closure of a movement; nothing for an item. */
export function movementExtras(subject: TaskSubject | null): string[] {
  if (!subject || subject.target !== "MOVEMENT") return [];
  return [
    subject.flight ? `flight ${subject.flight}` : null,
    subject.routeNote,
    subject.roadClosureNeeded ? "road closure needed" : null,
  ].filter((x): x is string => !!x);
}
