import { formatIsoDay, type Lang } from "@/lib/i18n";

/** The summit's days as options: "2025-06-24" → "Tue 24 Jun 2025" (or "di 24 jun 2025"). */
export function dayOptions(days: readonly string[], lang: Lang = "en"): { value: string; label: string }[] {
  return days.map((day) => ({ value: day, label: formatIsoDay(day, lang) }));
}
