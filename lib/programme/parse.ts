import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** Parse domain input; bad input is a ValidationError with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= issue.message;
  const fields = Object.keys(fieldErrors);
  throw new ValidationError(fields.length === 1 ? fieldErrors[fields[0]] : "Check the highlighted fields.", fieldErrors);
}
