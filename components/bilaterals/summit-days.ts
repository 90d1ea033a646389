import { formatDay, zonedInstant } from "@/lib/time";

/** The summit's days as options: "2025-06-24" → "Tue 24 Jun 2025". */
export function dayOptions(days: readonly string[], timeZone: string): { value: string; label: string }[] {
  return days.map((day) => ({ value: day, label: formatDay(zonedInstant(day, "12:00", timeZone), timeZone) }));
}
