// Wall-clock text for conflict messages, always in the summit time zone (never the server's).
import { formatDay, formatTime } from "@/lib/time";

interface Timed {
  title: string;
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

/** "Tue 24 Jun 2025 20:15": used where the day matters (arrivals and departures). */
export function dayAndTime(instant: Date, timeZone: string): string {
  return `${formatDay(instant, timeZone)} ${formatTime(instant, timeZone)}`;
}

/** 420 -> "07:00"; 1440 -> "24:00". Opening hours are wall-clock minutes, not instants. */
export function minutesAsClock(minutes: number): string {
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}
