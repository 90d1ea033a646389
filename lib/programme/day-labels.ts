import { formatIsoDay, type Lang } from "@/lib/i18n";
import type { IsoDay } from "@/lib/time";

/** "Tue 24 Jun 2025" (or "di 24 jun 2025") for each summit day: a calendar day needs no zone. */
export function dayOptions(days: readonly IsoDay[], lang: Lang): { day: IsoDay; label: string }[] {
  return days.map((day) => ({ day, label: formatIsoDay(day, lang) }));
}
