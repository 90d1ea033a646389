// Labels for the bilingual pages (itinerary, agency task day, calendar feed) and the exports, in
// English or Dutch as the reader chooses.
// Times stay "HH:mm" (lib/time); only words and calendar-day names are translated here.
import { z } from "zod";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";
import { en } from "./en";
import { nl } from "./nl";
import { LANGS, type Lang } from "./lang";
import type { Dictionary } from "./types";
import { renderPhrase, type Phrase, type PhraseNames } from "./conflict-phrases";

export type { Dictionary } from "./types";
export { LANGS, parseLang, resolveLang, type Lang } from "./lang";

/** `lang` as a download's query parameter: absent means English, anything else but en/nl is refused.
 *  Pages do not use it: they resolve the reader's language (lib/i18n/reader-lang.ts) and never 400. */
export const langSchema = z.enum(LANGS, { message: "Choose en or nl." }).default("en");

const DICTIONARIES: Record<Lang, Dictionary> = { en, nl };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** "Tue 24 Jun 2025" / "di 24 jun 2025" for a calendar day (pure calendar arithmetic, no zone). */
export function formatIsoDay(day: IsoDay, lang: Lang): string {
  const [y, m, d] = day.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const t = DICTIONARIES[lang];
  return `${t.weekdays[weekday]} ${d} ${t.months[m - 1]} ${y}`;
}

/** "Tue 24 Jun" / "di 24 jun" for a calendar day: beside a time, where the year goes without saying. */
export function formatIsoDayMonth(day: IsoDay, lang: Lang): string {
  return formatIsoDay(day, lang).replace(/ \d+$/, "");
}

/** "Tue 24 Jun 2025" for the day an instant falls on in the given zone. */
export function formatInstantDay(instant: Date, timeZone: string, lang: Lang): string {
  return formatIsoDay(isoDayOf(instant, timeZone), lang);
}

/** "Tue 24 Jun 2025 14:05" for an instant in the given zone. */
export function formatMoment(instant: Date, timeZone: string, lang: Lang): string {
  return `${formatIsoDay(isoDayOf(instant, timeZone), lang)} ${formatTime(instant, timeZone)}`;
}

/** The calendar day `n` days after (or before) `day`. */
function shiftDay(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * The dates a form's date-time fields offer (components/forms/date-time-field.tsx): the summit's
 * days with a day either side (a delegation lands the day before, leaves the day after), named in
 * the reader's language.
 */
export function formDayOptions(days: readonly IsoDay[], lang: Lang): { value: IsoDay; label: string }[] {
  if (days.length === 0) return [];
  const all = [shiftDay(days[0], -1), ...days, shiftDay(days[days.length - 1], 1)];
  return all.map((day) => ({ value: day, label: formatIsoDay(day, lang) }));
}

/**
 * A conflict's explanation in the reader's language: its phrase rendered from the dictionary, or,
 * for a conflict found before its rule spoke in phrases, the engine's English message, marked so
 * (`lang: "en"`) for a reader of another language.
 */
export function conflictText(conflict: { message: string; phrase?: Phrase }, lang: Lang): { text: string; lang?: "en" } {
  if (conflict.phrase) return { text: renderPhrase(conflict.phrase, DICTIONARIES[lang].conflictPhrases, phraseNames(lang)) };
  return lang === "en" ? { text: conflict.message } : { text: conflict.message, lang: "en" };
}

/** A phrase (a slot finder's reason, a link's words) in the reader's language. */
export function phraseText(p: Phrase, lang: Lang): string {
  return renderPhrase(p, DICTIONARIES[lang].conflictPhrases, phraseNames(lang));
}

/** The engine's English for a phrase (lib/scheduling keeps it as the conflict's message). */
export function englishPhrase(p: Phrase): string {
  return renderPhrase(p, en.conflictPhrases, phraseNames("en"));
}

function phraseNames(lang: Lang): PhraseNames {
  const t = DICTIONARIES[lang];
  return {
    day: (day) => formatIsoDay(day, lang),
    dayMonth: (day) => formatIsoDayMonth(day, lang),
    taskType: (type) => (t.tasks.type as Record<string, string | undefined>)[type]?.toLowerCase() ?? type,
    movementKind: (kind) => (t.movementKind as Record<string, string | undefined>)[kind] ?? kind,
  };
}
