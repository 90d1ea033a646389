// The one set of schemas for bilateral requests, shared by the forms and the server. What zod
// cannot know (the summit's days, which delegations exist, who the actor is) the mutations check.
import { z } from "zod";
import { id, text } from "@/lib/validation";
import { isIsoDay } from "@/lib/time";
import { BILATERAL_LEVELS } from "./labels";

export const MAX_DURATION_MINUTES = 1440;

const isoDay = text().refine(isIsoDay, "Use a date like 2025-06-24.");
const clock = text()
  .trim()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use HH:mm, e.g. 09:30.");
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
const version = z.number({ message: "Reload the page and try again." }).int().min(1);

export const requestBilateralSchema = z
  .object({
    requesterDelegationId: id,
    counterpartDelegationIds: z
      .array(id, { message: "Choose at least one other delegation." })
      .min(1, "Choose at least one other delegation.")
      .max(10, "Choose at most 10 delegations.")
      .transform((ids) => [...new Set(ids)].sort()),
    level: z.enum(BILATERAL_LEVELS, { message: "Choose principals or ministers." }),
    durationMinutes: z
      .number({ message: "Enter the length in minutes." })
      .int("Use whole minutes.")
      .min(1, "The meeting must last at least 1 minute.")
      .max(MAX_DURATION_MINUTES, "A bilateral cannot last longer than a day (1440 minutes)."),
    preferredDays: z
      .array(isoDay)
      .max(31)
      .default([])
      .transform((days) => [...new Set(days)].sort()),
    notes: text()
      .trim()
      .max(2000, "Use at most 2000 characters.")
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.counterpartDelegationIds.includes(value.requesterDelegationId)) {
      ctx.addIssue({
        code: "custom",
        path: ["counterpartDelegationIds"],
        message: "A bilateral is with other delegations: do not choose your own.",
      });
    }
  });
export type RequestBilateralValues = z.input<typeof requestBilateralSchema>;
export type RequestBilateral = z.output<typeof requestBilateralSchema>;

/** Confirm, withdraw and cancel name the version they were shown. */
export const bilateralRefSchema = z.object({ id, version });
export type BilateralRef = z.output<typeof bilateralRefSchema>;

/** Confirming: the request, and a planner's reason to confirm despite hard conflicts (see lib/conflicts/guard.ts). */
export const confirmBilateralSchema = bilateralRefSchema.extend({ overrideReason: text().max(1000, "Use at most 1000 characters.").optional() });
export type ConfirmBilateral = z.output<typeof confirmBilateralSchema>;

export const proposeSlotSchema = z.object({
  id,
  version,
  startsAt: z.coerce.date({ message: "Choose a slot." }).refine((d) => !Number.isNaN(d.getTime()), "Choose a slot."),
  spaceId: id,
});
export type ProposeSlot = z.output<typeof proposeSlotSchema>;

export const respondSchema = z.object({
  id,
  version,
  delegationId: id,
  response: z.enum(["ACCEPTED", "DECLINED"], { message: "Accept or decline." }),
});
export type RespondToProposal = z.output<typeof respondSchema>;

export const findSlotsSchema = z
  .object({
    id,
    /** One summit day, or every summit day when absent. */
    day: optional(isoDay),
    from: optional(clock),
    until: optional(clock),
    venueId: optional(id),
    limit: z.number().int().min(1).max(20).default(8),
  })
  .superRefine((value, ctx) => {
    if ((value.from || value.until) && !value.day) {
      ctx.addIssue({ code: "custom", path: ["day"], message: "Choose a day to search between two times." });
    }
    if (value.from && value.until && value.until <= value.from) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "The end of the search must be after its start." });
    }
  });
export type FindSlotsValues = z.input<typeof findSlotsSchema>;
export type FindSlots = z.output<typeof findSlotsSchema>;
