// Wall-clock helpers for the demo data: every time in lib/demo is written as the summit's local
// time, so a reader can check it against the published programme without converting zones.
import { zonedInstant } from "@/lib/time";

export const DEMO_TIME_ZONE = "Europe/Amsterdam";

/** Local time `hhmm` ("19:30") on a day of June 2025 (the summit is on the 24th and 25th). */
export function at(day: number, hhmm: string): Date {
  return zonedInstant(`2025-06-${String(day).padStart(2, "0")}`, hhmm, DEMO_TIME_ZONE);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** A `@db.Date` column value: midnight UTC of the calendar day. */
export function dateColumn(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}
