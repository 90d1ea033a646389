import { formatInstantDay, type Lang } from "@/lib/i18n";
import { formatTime } from "@/lib/time";

/** "Wed 25 Jun 2025 10:00–10:45" (or "wo 25 jun 2025 10:00–10:45") in the summit's zone. */
export function slotText(startsAt: Date, endsAt: Date, timeZone: string, lang: Lang = "en"): string {
  return `${formatInstantDay(startsAt, timeZone, lang)} ${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;
}
