// Coverage shortfalls in words, in the summit's time zone: the conflict messages and the coverage
// matrix say which part of an item or movement no task spans. Times on another day than the
// subject's start carry that day ("Wed 25 Jun 10:00"), so a gap past midnight reads clearly.
import { englishPhrase } from "@/lib/i18n";
import { phrase, type DayTime, type Phrase, type PhraseArg } from "@/lib/i18n/conflict-phrases";
import { formatDayMonth, formatTime, isoDayOf, type Span } from "@/lib/time";
import type { Requirement } from "./types";

/**
 * "22:30", or "Wed 25 Jun 00:30" when the instant falls on another day than `day` (YYYY-MM-DD).
 * An end at midnight closes the day before ("23:30–00:00"), as the items' own times read.
 */
function clock(instant: Date, timeZone: string, day: string | null, isEnd = false): string {
  const time = formatTime(instant, timeZone);
  const dayOf = isoDayOf(isEnd ? new Date(instant.getTime() - 1) : instant, timeZone);
  return day === null || dayOf === day ? time : `${formatDayMonth(instant, timeZone)} ${time}`;
}

/** The same as `clock`, as a phrase's argument: the day (when shown) named in the reader's language. */
function clockArg(instant: Date, timeZone: string, day: string | null, isEnd = false): string | DayTime {
  const time = formatTime(instant, timeZone);
  const dayOf = isoDayOf(isEnd ? new Date(instant.getTime() - 1) : instant, timeZone);
  return day === null || dayOf === day ? time : { day: isoDayOf(instant, timeZone), time, short: true };
}

/** `periodsText` as a phrase: its English is that text word for word; a page renders it in the reader's language. */
export function periodsPhrase(periods: readonly Span[], timeZone: string, from: Date): Phrase {
  const day = isoDayOf(from, timeZone);
  const one = (p: Span): PhraseArg =>
    p.endsAt.getTime() === p.startsAt.getTime() ? clockArg(p.startsAt, timeZone, day) : phrase("period", clockArg(p.startsAt, timeZone, day), clockArg(p.endsAt, timeZone, day, true));
  return phrase("list", ...periods.map(one));
}

/**
 * "22:30–23:30", or "18:40" for a moment. With `from` (the subject's start), a time on a later
 * or earlier day is named with its day.
 */
export function periodText(period: Span, timeZone: string, from: Date | null = null): string {
  const day = from ? isoDayOf(from, timeZone) : null;
  const start = clock(period.startsAt, timeZone, day);
  return period.endsAt.getTime() === period.startsAt.getTime() ? start : `${start}–${clock(period.endsAt, timeZone, day, true)}`;
}

/** "20:00–20:30, 22:30–23:30" */
export function periodsText(periods: readonly Span[], timeZone: string, from: Date | null = null): string {
  return periods.map((p) => periodText(p, timeZone, from)).join(", ");
}

type Gap = Pick<Requirement, "startsAt" | "endsAt" | "tasks" | "uncovered">;

/**
 * What an unmet requirement lacks, to follow the subject's name: "has no security perimeter
 * coverage" without any task of the type; otherwise which part is open, e.g. "has security
 * perimeter coverage only until 22:30 (uncovered 22:30–23:30)".
 */
export function shortfallText(gap: Gap, label: string, timeZone: string): string {
  return englishPhrase(shortfallPhrase(gap, label, timeZone));
}

/** The shortfall as a phrase of the dictionary (the task named in the reader's language when given as `{ taskType }`). */
export function shortfallPhrase(gap: Gap, label: PhraseArg, timeZone: string): Phrase {
  if (gap.tasks.length === 0 || gap.uncovered.length === 0) return phrase("noCoverage", label);
  const open = periodsPhrase(gap.uncovered, timeZone, gap.startsAt);
  const day = isoDayOf(gap.startsAt, timeZone);
  const start = gap.startsAt.getTime();
  const end = (gap.endsAt ?? gap.startsAt).getTime();
  if (end <= start) return phrase("noCoverageAtItsTime", label, open);
  const [first] = gap.uncovered;
  if (gap.uncovered.length === 1) {
    const fromStart = first.startsAt.getTime() === start;
    const toEnd = first.endsAt.getTime() === end;
    if (fromStart && toEnd) return phrase("noCoverageDuringItsTime", label, open);
    if (toEnd) return phrase("coverageOnlyUntil", label, clockArg(first.startsAt, timeZone, day), open);
    if (fromStart) return phrase("coverageOnlyFrom", label, clockArg(first.endsAt, timeZone, day), open);
  }
  return phrase(gap.uncovered.length === 1 ? "coverageWithAGap" : "coverageWithGaps", label, open);
}
