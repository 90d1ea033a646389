// Wall-clock helpers for the demo data: every time in lib/demo is written as the summit's local
// time, so a reader can check it against the published programme without converting zones.
import { zonedInstant } from "@/lib/time";

export const DEMO_TIME_ZONE = "Europe/Amsterdam";

/** The June 2025 days the demo uses: arrivals start on the 23rd, the summit is the 24th–25th. */
export type DemoDay = 23 | 24 | 25;

/** Local time `hhmm` ("19:30") on a day in June 2025, as an instant. */
export function at(day: DemoDay, hhmm: string): Date {
  return zonedInstant(`2025-06-${day}`, hhmm, DEMO_TIME_ZONE);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** A `@db.Date` column value: midnight UTC of the calendar day. */
export function dateColumn(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}
