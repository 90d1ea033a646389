// One zod schema per input of the arrivals domain, shared by the forms and the server actions.
import { z } from "zod";
import { errorsEn, type MinuteField } from "@/lib/i18n/errors";
import { id, text } from "@/lib/validation";
import { PRECEDENCE_LANGUAGES } from "./internal/precedence";

const version = z.number().int().min(1);
// The refusals name the field, in words the dictionary of refusals holds in both languages.
const minutes = (field: MinuteField, min: number, max: number) =>
  z
    .number({ message: errorsEn.enterMinutesOf(field) })
    .int("Use whole minutes.")
    .min(min, errorsEn.minutesAtLeast(field, min))
    .max(max, errorsEn.minutesAtMost(field, max));

export const precedenceRuleSchema = z.object({
  key: z.enum(["ALPHABETICAL", "TAKING_OFFICE", "MANUAL"], { message: "Choose how to order within a rank." }),
  language: z.enum(PRECEDENCE_LANGUAGES as [string, ...string[]], { message: "Choose English, French or Dutch." }).transform((v) => v as "en" | "fr" | "nl"),
  others: z.enum(["AFTER_ALLIES", "BEFORE_ALLIES", "MANUAL"], { message: "Choose where partners and organisations stand." }),
  /** The version of the list the planner read; 0 when no list was set yet. */
  version: z.number().int().min(0),
});
export type PrecedenceRuleInput = z.output<typeof precedenceRuleSchema>;

export const precedenceOrderSchema = z.object({
  delegationIds: z.array(id).min(1, "The list is empty.").max(1000),
  /** The version the planner read; 0 when no list was set yet. */
  version: z.number().int().min(0),
});
export type PrecedenceOrderInput = z.output<typeof precedenceOrderSchema>;

export const entranceSchema = z.object({
  id: id.optional(),
  venueId: id,
  name: text().trim().min(1, "Name the entrance.").max(120, "Use at most 120 characters."),
  minGapMinutes: minutes("minGap", 0, 60),
  /** The version read, for an edit (id given); a new entrance has none. */
  version: version.optional(),
}).refine((e) => !e.id || e.version !== undefined, { message: "Reload the page and try again.", path: ["version"] });
export type EntranceInput = z.output<typeof entranceSchema>;

export const generateSequenceSchema = z.object({
  itemId: id,
  entranceId: id,
  seniorLast: z.boolean(),
  intervalMinutes: minutes("interval", 1, 60),
  groupGapMinutes: minutes("groupGap", 0, 60),
  greetingMinutes: minutes("greeting", 0, 30),
  pressMinutes: minutes("press", 0, 30),
  windowMinutes: minutes("window", 5, 720),
  greeter: text().trim().min(1, "Name who greets the arrivals.").max(200, "Use at most 200 characters."),
  escortAgencyId: text().trim().max(64).nullish().transform((v) => v || null),
});
export type GenerateSequenceInput = z.output<typeof generateSequenceSchema>;

export const moveArrivalSchema = z.object({
  sequenceId: id,
  delegationId: id,
  /** The new place, 1 = first to arrive. */
  toPosition: z.number().int().min(1),
  version,
});
export type MoveArrivalInput = z.output<typeof moveArrivalSchema>;

export const setArrivalTimeSchema = z.object({
  sequenceId: id,
  delegationId: id,
  time: text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the time as HH:MM."),
  version,
});
export type SetArrivalTimeInput = z.output<typeof setArrivalTimeSchema>;

export const sequenceRefSchema = z.object({ sequenceId: id, version });
export type SequenceRefInput = z.output<typeof sequenceRefSchema>;

const lang = z.enum(["en", "nl"]).default("en");

/** /exports/arrivals/<itemId>/list?format=pdf|xlsx&lang=en|nl and /exports/arrivals/<itemId>/photo?lang= */
export const arrivalListParamsSchema = z.object({ itemId: id, format: z.enum(["pdf", "xlsx"]).default("pdf"), lang });
export const photoParamsSchema = z.object({ itemId: id, lang });
/** /exports/arrivals/motorcades?agency=<id>&format=pdf|csv|ics&lang= (an agency's own; staff name the agency) */
export const motorcadeParamsSchema = z.object({ agency: id.optional(), format: z.enum(["pdf", "csv", "ics"]).default("csv"), lang });
/** /exports/arrivals/own/<delegationId>?format=csv|ics&lang= */
export const ownArrivalsParamsSchema = z.object({ delegationId: id, format: z.enum(["csv", "ics"]).default("csv"), lang });
