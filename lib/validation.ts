// The one way schemas take text from a client (lib/*/schema.ts build every string with `text()`,
// tests/unit/schemas-nul.test.ts holds them to it). PostgreSQL cannot store a NUL character: left
// to the database, a NUL in a title or an id failed the whole request with a 500. Refused here,
// the form shows why on the field.
import { z } from "zod";
import { ValidationError, type Refusal } from "@/lib/errors";
import { errorsEn, localizeMessage } from "@/lib/i18n/errors";
import { LANGS } from "@/lib/i18n/lang";
import { isLocalDateTime } from "@/lib/time";

export const NUL_MESSAGE = "Remove the NUL character from this text (it cannot be stored).";

/** `z.string()` that refuses NUL characters; chain `.trim()`, `.min()`, `.max()` … as usual. */
export function text() {
  return z.string().refine((value) => !value.includes("\u0000"), NUL_MESSAGE);
}

/**
 * A row's id as a form or a link sends it; a value, not a function, so that `z.object({ id, … })`
 * names the field. Most come from a select, hence "Choose one." when missing.
 */
export const id = text().trim().min(1, "Choose one.").max(64, "Choose one.");

/** An optional id: empty means none (null). */
export const optionalId = text()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => v || null);

/** Optional free text of at most `max` characters: empty means none (null). */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** A datetime-local field's value ("YYYY-MM-DDTHH:mm"), read later in the summit's zone (lib/time `localInstant`). */
export const localDateTime = (what: string) => text().refine(isLocalDateTime, `Enter the ${what} as a date and a time.`);

/** The first message for each field of a failed parse ("_form" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".") || "_form"] ??= issue.message;
  return out;
}

/**
 * Parse input where no gate has (a command-line script, a file's rows, a test); bad input is a
 * ValidationError with one message per field.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsOf(parsed.error);
  const fields = Object.keys(fieldErrors);
  const message = fields.length === 1 ? fieldErrors[fields[0]] : errorsEn.checkFields;
  // The schemas word their refusals in English; each language's words are looked up, as a form's are.
  const said = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      { message: localizeMessage(message, lang), fieldErrors: Object.fromEntries(fields.map((f) => [f, localizeMessage(fieldErrors[f], lang)])) },
    ]),
  ) as Refusal["said"];
  throw new ValidationError({ code: "checkFields", said });
}

/** A mutation's input with the summit it works in, which the action adds from the actor's current summit. */
export type InSummit<T> = T & { readonly summitId: string };
