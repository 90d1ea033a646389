// Coverage shortfalls in words, in the summit's time zone: the conflict messages and the coverage
// matrix say which part of an item or movement no task spans.
import { formatTime } from "@/lib/time";
import type { Period, Requirement } from "./types";

/** "22:30–23:30", or "18:40" for a moment. */
export function periodText(period: Period, timeZone: string): string {
  const start = formatTime(period.start, timeZone);
  return period.end.getTime() === period.start.getTime() ? start : `${start}–${formatTime(period.end, timeZone)}`;
}

/** "20:00–20:30, 22:30–23:30" */
export function periodsText(periods: readonly Period[], timeZone: string): string {
  return periods.map((p) => periodText(p, timeZone)).join(", ");
}

type Gap = Pick<Requirement, "startsAt" | "endsAt" | "tasks" | "uncovered">;

/**
 * What an unmet requirement lacks, to follow the subject's name: "has no security perimeter
 * coverage" without any task of the type; otherwise which part is open, e.g. "has security
 * perimeter coverage only until 22:30 (uncovered 22:30–23:30)".
 */
export function shortfallText(gap: Gap, label: string, timeZone: string): string {
  if (gap.tasks.length === 0 || gap.uncovered.length === 0) return `has no ${label} coverage`;
  const open = periodsText(gap.uncovered, timeZone);
  const start = gap.startsAt.getTime();
  const end = (gap.endsAt ?? gap.startsAt).getTime();
  if (end <= start) return `has no ${label} coverage at its time (uncovered ${open})`;
  const [first] = gap.uncovered;
  if (gap.uncovered.length === 1) {
    const fromStart = first.start.getTime() === start;
    const toEnd = first.end.getTime() === end;
    if (fromStart && toEnd) return `has no ${label} coverage during its time (uncovered ${open})`;
    if (toEnd) return `has ${label} coverage only until ${formatTime(first.start, timeZone)} (uncovered ${open})`;
    if (fromStart) return `has ${label} coverage only from ${formatTime(first.end, timeZone)} (uncovered ${open})`;
  }
  return `has ${label} coverage with ${gap.uncovered.length === 1 ? "a gap" : "gaps"} (uncovered ${open})`;
}
