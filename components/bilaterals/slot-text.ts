import { formatDay, formatTime } from "@/lib/time";

/** "Wed 25 Jun 2025 10:00–10:45" in the summit's zone. */
export function slotText(startsAt: Date, endsAt: Date, timeZone: string): string {
  return `${formatDay(startsAt, timeZone)} ${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;
}
