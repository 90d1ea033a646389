// Labels for the itinerary page and the exports, in English or Dutch as the reader chooses.
// Times stay "HH:mm" (lib/time); only words and calendar-day names are translated here.
import { z } from "zod";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";
import { en } from "./en";
import { nl } from "./nl";
import type { Dictionary } from "./types";

export type { Dictionary } from "./types";

export const LANGS = ["en", "nl"] as const;
export type Lang = (typeof LANGS)[number];

/** `lang` as a query parameter: absent means English, anything else but en/nl is refused. */
export const langSchema = z.enum(LANGS, { message: "Choose en or nl." }).default("en");

const DICTIONARIES: Record<Lang, Dictionary> = { en, nl };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** A page's `?lang=`: unknown values fall back to English (pages do not 400). */
export function pageLang(value: string | string[] | undefined): Lang {
  return value === "nl" ? "nl" : "en";
}

/** "Tue 24 Jun 2025" / "di 24 jun 2025" for a calendar day (pure calendar arithmetic, no zone). */
export function formatIsoDay(day: IsoDay, lang: Lang): string {
  const [y, m, d] = day.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const t = DICTIONARIES[lang];
  return `${t.weekdays[weekday]} ${d} ${t.months[m - 1]} ${y}`;
}

/** "Tue 24 Jun 2025 14:05" for an instant in the given zone. */
export function formatMoment(instant: Date, timeZone: string, lang: Lang): string {
  return `${formatIsoDay(isoDayOf(instant, timeZone), lang)} ${formatTime(instant, timeZone)}`;
}
