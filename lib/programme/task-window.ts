// A task's time window must belong to what it covers: it may start before the item or movement
// (a perimeter is set up hours ahead, an escort leaves the airport after landing) but not more
// than COVER_MARGIN_MINUTES before its start or after its end. The rule lives here, not in
// lib/tasks, because an item write moves the item's tasks with it (linked.ts) and must check
// them without importing a domain above programme; agencies, movements, import and live read it here.
import { formatMoment, type Lang } from "@/lib/i18n";
import { worded, type Refusal } from "@/lib/i18n/errors";
import { formatTime, type Span } from "@/lib/time";

export const COVER_MARGIN_MINUTES = 6 * 60;

/** What a task covers: an item or a movement, whose end is null for a departure (it has a take-off time only). */
type Subject = Omit<Span, "endsAt"> & { endsAt: Date | null };

/** Field errors for a task window; empty when the window is acceptable. */
export function taskWindowErrors(task: Span, subject: Subject, timeZone: string): Record<string, string> {
  return taskWindowRefusal(task, subject, timeZone).said.en.fieldErrors;
}

/** The same field errors as a refusal, in every language; no fields when the window is acceptable. */
export function taskWindowRefusal(task: Span, subject: Subject, timeZone: string): Refusal {
  if (task.endsAt.getTime() <= task.startsAt.getTime()) return worded("endAfterStart", (t) => t.endAfterStart, ["endsAt"]);
  const margin = COVER_MARGIN_MINUTES * 60_000;
  const earliest = subject.startsAt.getTime() - margin;
  const latest = (subject.endsAt ?? subject.startsAt).getTime() + margin;
  const when = (lang: Lang) => formatMoment(subject.startsAt, timeZone, lang) + (subject.endsAt ? `–${formatTime(subject.endsAt, timeZone)}` : "");
  const fields: string[] = [];
  if (task.startsAt.getTime() < earliest || task.startsAt.getTime() > latest) fields.push("startsAt");
  if (task.endsAt.getTime() > latest || task.endsAt.getTime() < earliest) fields.push("endsAt");
  return worded("keepTaskWithin", (t, lang) => t.keepTaskWithin(COVER_MARGIN_MINUTES / 60, when(lang)), fields);
}

/**
 * "2 agency tasks would fall outside the new time; change them first." when tasks (as they will
 * be after a move) no longer fit what they cover, on the `field` the form shows it at; null when they all fit.
 */
export function tasksOutsideRefusal(tasks: readonly Span[], subject: Subject, timeZone: string, field = "startsAt"): Refusal | null {
  const misfits = tasks.filter((t) => Object.keys(taskWindowErrors(t, subject, timeZone)).length > 0).length;
  if (misfits === 0) return null;
  return worded("tasksOutside", (t) => t.tasksOutside(misfits), [field]);
}

/** The same refusal's English sentence, for callers that list it among others. */
export function tasksOutsideMessage(tasks: readonly Span[], subject: Subject, timeZone: string): string | null {
  return tasksOutsideRefusal(tasks, subject, timeZone)?.said.en.message ?? null;
}
