import { z } from "zod";
import { id, text } from "@/lib/validation";

/** Summit-local wall-clock time "YYYY-MM-DDTHH:mm", as an <input type="datetime-local"> gives it. */
const localDateTime = text()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Use a date and time.")
  .or(z.literal(""))
  .optional()
  .transform((v) => v || null);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const DELEGATION_KINDS = ["ALLY", "PARTNER", "ORGANISATION"] as const;
export const MEMBER_FUNCTIONS = ["HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "SHERPA", "INTERPRETER", "SECURITY", "OTHER"] as const;

export const delegationSchema = z.object({
  id: id.optional(),
  code: text().trim().min(1, "Enter a code.").max(12, "Use at most 12 characters.").regex(/^[A-Za-z0-9-]+$/, "Letters, digits and - only.").transform((v) => v.toUpperCase()),
  name: text().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  kind: z.enum(DELEGATION_KINDS),
  homeTimeZone: text()
    .trim()
    .max(64)
    .refine((v) => v === "" || isTimeZone(v), "Unknown time zone (e.g. Europe/Kyiv).")
    .optional()
    .transform((v) => v || null),
  hotelVenueId: text().max(64).optional().transform((v) => v || null),
  arrivesAt: localDateTime,
  departsAt: localDateTime,
});
export type DelegationInput = z.output<typeof delegationSchema>;

export const memberSchema = z.object({
  id: id.optional(),
  delegationId: id,
  title: text().trim().min(1, "Enter a title, e.g. Prime Minister of Belgium.").max(160, "Use at most 160 characters."),
  personalName: text().trim().max(120, "Use at most 120 characters.").optional().transform((v) => v || null),
  function: z.enum(MEMBER_FUNCTIONS),
  precedence: z.coerce.number({ message: "Enter a number." }).int("Use a whole number.").min(1, "At least 1.").max(999, "At most 999."),
});
export type MemberInput = z.output<typeof memberSchema>;
