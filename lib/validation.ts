// The one way schemas take text from a client (lib/*/schema.ts build every string with `text()`,
// tests/unit/schemas-nul.test.ts holds them to it). PostgreSQL cannot store a NUL character: left
// to the database, a NUL in a title or an id failed the whole request with a 500. Refused here,
// the form shows why on the field.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";

export const NUL_MESSAGE = "Remove the NUL character from this text (it cannot be stored).";

/** `z.string()` that refuses NUL characters; chain `.trim()`, `.min()`, `.max()` … as usual. */
export function text() {
  return z.string().refine((value) => !value.includes("\u0000"), NUL_MESSAGE);
}

/** Parse domain input; bad input is a ValidationError with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= issue.message;
  const fields = Object.keys(fieldErrors);
  throw new ValidationError(fields.length === 1 ? fieldErrors[fields[0]] : "Check the highlighted fields.", fieldErrors);
}
