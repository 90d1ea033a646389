import { formatDay, zonedInstant, type IsoDay } from "@/lib/time";

/** "Tue 24 Jun 2025" for each summit day (noon avoids any DST edge). */
export function dayOptions(days: readonly IsoDay[], timeZone: string): { day: IsoDay; label: string }[] {
  return days.map((day) => ({ day, label: formatDay(zonedInstant(day, "12:00", timeZone), timeZone) }));
}
