// One schema for the summit form and the server. Its messages are English (lib/i18n/summits.ts);
// the form shows the reader's words for them. Parsing is idempotent (a parsed value parses again
// to itself), so a form's values may be parsed on the client and again by the gate.
import { z } from "zod";
import { summitsEn } from "@/lib/i18n/summits";
import { daysBetween, isIsoDay } from "@/lib/time";
import { id, text } from "@/lib/validation";
import { isLanguageCode } from "./languages";

export const SUMMIT_MESSAGES = summitsEn.messages;
const M = SUMMIT_MESSAGES;

/** The longest summit an installation plans, first and last day included. */
export const MAX_SUMMIT_DAYS = 60;
/** Minutes added to every travel time: none, up to two hours. */
export const MAX_TRAVEL_BUFFER = 120;

let zones: readonly string[] | undefined;
let zoneSet: ReadonlySet<string> | undefined;

/** The IANA zones this runtime knows (Intl.supportedValuesOf), plus UTC, which it does not list. */
export function supportedTimeZones(): readonly string[] {
  zones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"].sort();
  return zones;
}

export function isSupportedTimeZone(value: string): boolean {
  zoneSet ??= new Set(supportedTimeZones());
  return zoneSet.has(value);
}

const day = text().trim().refine(isIsoDay, M.dayFormat);

// "en, fr" from the form, or the list itself when parsed a second time. One message for the
// field as a whole, whichever code is wrong.
const languages = z
  .preprocess((value) => (Array.isArray(value) ? value.join(",") : value), text())
  .transform((value) => value.split(/[\s,;]+/).map((code) => code.trim().toLowerCase()).filter(Boolean))
  .pipe(
    z
      .array(text())
      .min(1, M.languagesRequired)
      .max(20, M.languageUnknown)
      .refine((codes) => codes.every(isLanguageCode), M.languageUnknown),
  )
  .transform((codes) => [...new Set(codes)]);

/** A summit's slug appears in URLs and file names: lower-case letters and digits, single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 64;

const summitFields = {
  name: text().trim().min(1, M.nameRequired).max(160, M.nameTooLong),
  slug: text()
    .trim()
    .min(1, M.slugRequired)
    .max(MAX_SLUG_LENGTH, M.slugTooLong)
    .regex(SLUG_PATTERN, M.slugFormat),
  host: text().trim().min(1, M.hostRequired).max(160, M.hostTooLong),
  startDate: day,
  endDate: day,
  timeZone: text().trim().refine(isSupportedTimeZone, M.timeZoneUnknown),
  // An empty field is no number (z.coerce would read it as 0).
  travelBufferMinutes: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: M.bufferNotNumber })
      .int(M.bufferNotNumber)
      .min(0, M.bufferOutOfRange)
      .max(MAX_TRAVEL_BUFFER, M.bufferOutOfRange),
  ),
  languages,
};

/** The last day on or after the first, and no more than MAX_SUMMIT_DAYS days in all. */
function checkDays(value: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  // A refused day has its own message; zod runs this check all the same.
  if (!isIsoDay(value.startDate) || !isIsoDay(value.endDate)) return;
  if (value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: M.lastDayBeforeFirst });
  } else if (daysBetween(value.startDate, value.endDate).length > MAX_SUMMIT_DAYS) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: M.tooManyDays });
  }
}

export const createSummitSchema = z
  .object({
    ...summitFields,
    /** An earlier summit whose venues, spaces, entrances, travel times, agencies and coverage rules are copied. */
    copyFromSummitId: text().max(64).nullish().transform((v) => v || null),
  })
  .superRefine(checkDays);
export type CreateSummit = z.output<typeof createSummitSchema>;
export type CreateSummitValues = z.input<typeof createSummitSchema>;

export const updateSummitSchema = z.object({ id, ...summitFields }).superRefine(checkDays);
export type UpdateSummit = z.output<typeof updateSummitSchema>;
export type UpdateSummitValues = z.input<typeof updateSummitSchema>;

/** Archive or restore one summit. */
export const summitRefSchema = z.object({ id });
export type SummitRef = z.output<typeof summitRefSchema>;

/** The summit a member of staff chooses to work on (the switcher). */
export const chooseSummitSchema = z.object({ summitId: id });
export type ChooseSummit = z.output<typeof chooseSummitSchema>;
