// The "YYYY-MM-DDTHH:mm" text of a datetime-local field, read and written as summit wall-clock
// time (never the browser's or the server's zone) through lib/time.
import { formatTime, isIsoDay, isoDayOf, zonedInstant } from "@/lib/time";

export const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return !!match && isIsoDay(match[1]);
}

/** The instant of a local date-time in the summit's zone. */
export function localInstant(value: string, timeZone: string): Date {
  const [day, time] = value.split("T");
  return zonedInstant(day, time, timeZone);
}

/** An instant as the value of a datetime-local field, in the summit's zone. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  return `${isoDayOf(instant, timeZone)}T${formatTime(instant, timeZone)}`;
}
