// Wall-clock text for conflict messages, always in the summit time zone (never the server's).
import { phrase, type DayTime, type Phrase } from "@/lib/i18n/conflict-phrases";
import { formatDay, formatTime, isoDayOf } from "@/lib/time";

interface Timed {
  title: string;
  titlePhrase?: Phrase;
  startsAt: Date;
  endsAt: Date;
}

/** "10:00–13:30" */
export function timeRange(item: Timed, timeZone: string): string {
  return `${formatTime(item.startsAt, timeZone)}–${formatTime(item.endsAt, timeZone)}`;
}

/** "North Atlantic Council (10:00–13:30)" */
export function itemWithTimes(item: Timed, timeZone: string): string {
  return `${item.title} (${timeRange(item, timeZone)})`;
}

/** The item (or a movement, by its phrase) with its times: a part of a conflict's phrase. */
export function itemWithTimesPhrase(item: Timed, timeZone: string): Phrase {
  return phrase("withTimes", titleOf(item), formatTime(item.startsAt, timeZone), formatTime(item.endsAt, timeZone));
}

/** An item's title, or a movement occupation's title phrase. */
export function titleOf(item: Pick<Timed, "title" | "titlePhrase">): string | Phrase {
  return item.titlePhrase ?? item.title;
}

/** "Tue 24 Jun 2025 20:15": used where the day matters (arrivals and departures). */
export function dayAndTime(instant: Date, timeZone: string): string {
  return `${formatDay(instant, timeZone)} ${formatTime(instant, timeZone)}`;
}

/** The same day and time as a phrase's argument, named in the reader's language. */
export function dayAndTimeArg(instant: Date, timeZone: string): DayTime {
  return { day: isoDayOf(instant, timeZone), time: formatTime(instant, timeZone) };
}

/** 420 -> "07:00"; 1440 -> "24:00". Opening hours are wall-clock minutes, not instants. */
export function minutesAsClock(minutes: number): string {
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}
