// One zod schema per live input, parsed once at the boundary. Times come as the summit's wall
// clock ("2025-06-24T19:45", a datetime-local field) and are turned into instants by the mutation,
// which knows the summit's zone.
import { z } from "zod";
import { isLocalDateTime } from "@/lib/time";
import { id, text } from "@/lib/validation";

/** A delay, or an actual time, of more than a day is a typing error, not a summit day. */
export const MAX_DELAY_MINUTES = 24 * 60;

/** `refusal`: the whole sentence, so the dictionary of refusals (lib/i18n/errors.ts) finds it. */
const localTime = (refusal: string) =>
  text()
    .trim()
    .refine((v) => v === "" || isLocalDateTime(v), refusal)
    .transform((v) => v || null)
    .nullish()
    .transform((v) => v ?? null);

export const ITEM_LIVE_STATES = ["SCHEDULED", "UNDER_WAY", "RUNNING_LATE", "ENDED", "CANCELLED"] as const;
export const MOVEMENT_LIVE_STATES = ["SCHEDULED", "DEPARTED", "ARRIVED"] as const;

const minutes = z.coerce
  .number({ message: "Enter the minutes as a whole number." })
  .int("Enter the minutes as a whole number.")
  .min(1, "Enter at least 1 minute.")
  .max(MAX_DELAY_MINUTES, "Enter at most 1440 minutes (24 hours).");

export const recordItemStatusSchema = z
  .object({
    itemId: id,
    state: z.enum(ITEM_LIVE_STATES, { message: "Choose a status." }),
    lateMinutes: minutes.optional(),
    actualStartAt: localTime("Enter the actual start as a date and a time."),
    actualEndAt: localTime("Enter the actual end as a date and a time."),
  })
  .superRefine((v, ctx) => {
    if (v.state === "RUNNING_LATE" && v.lateMinutes === undefined) {
      ctx.addIssue({ code: "custom", path: ["lateMinutes"], message: "Say how many minutes late." });
    }
    if (v.actualStartAt && v.actualEndAt && v.actualEndAt < v.actualStartAt) {
      ctx.addIssue({ code: "custom", path: ["actualEndAt"], message: "The actual end cannot be before the actual start." });
    }
  });
export type RecordItemStatus = z.output<typeof recordItemStatusSchema>;

export const recordMovementStatusSchema = z
  .object({
    movementId: id,
    state: z.enum(MOVEMENT_LIVE_STATES, { message: "Choose a status." }),
    departedAt: localTime("Enter the departure time as a date and a time."),
    arrivedAt: localTime("Enter the arrival time as a date and a time."),
    note: text().trim().max(500, "Keep the note under 500 characters.").nullish().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.state === "DEPARTED" && !v.departedAt) {
      ctx.addIssue({ code: "custom", path: ["departedAt"], message: "Enter when it departed." });
    }
    if (v.state === "ARRIVED" && !v.arrivedAt) {
      ctx.addIssue({ code: "custom", path: ["arrivedAt"], message: "Enter when it arrived." });
    }
    if (v.departedAt && v.arrivedAt && v.arrivedAt < v.departedAt) {
      ctx.addIssue({ code: "custom", path: ["arrivedAt"], message: "The arrival cannot be before the departure." });
    }
  });
export type RecordMovementStatus = z.output<typeof recordMovementStatusSchema>;

/** "The royal dinner runs 20 minutes late", "the flight lands 40 minutes early". */
export const declareDelaySchema = z.object({
  subject: z.enum(["item", "movement"]),
  id,
  minutes,
  direction: z.enum(["later", "earlier"]).default("later"),
  /** An item: the whole of it moves (shift), or only its end (it overruns). */
  mode: z.enum(["shift", "overrun"]).default("shift"),
});
export type DeclareDelayValues = z.input<typeof declareDelaySchema>;
export type DelayDeclaration = z.output<typeof declareDelaySchema>;

const instant = z.coerce.date({ message: "Enter a valid time." });

export const repairMoveSchema = z.discriminatedUnion("entity", [
  z.object({ entity: z.literal("ProgrammeItem"), id, startsAt: instant, endsAt: instant, spaceId: id.nullable() }),
  z.object({ entity: z.literal("Movement"), id, startsAt: instant, endsAt: instant.nullable() }),
]);

const adjustment = z.object({
  key: text().max(200),
  include: z.boolean(),
  /** Another number of minutes for the line (its direction stays the proposal's). */
  minutes: z.coerce.number().int().min(0).max(MAX_DELAY_MINUTES, "Enter at most 1440 minutes (24 hours).").optional(),
});

const source = z.discriminatedUnion("kind", [
  // A delay, with the moves of a repair the planner took on to clear what it would leave.
  z.object({ kind: z.literal("delay"), delay: declareDelaySchema, repairs: z.array(repairMoveSchema).max(10).default([]) }),
  z.object({ kind: z.literal("repair"), moves: z.array(repairMoveSchema).min(1).max(10) }),
]);

export const previewProposalSchema = z.object({ source, adjustments: z.array(adjustment).max(2000).default([]) });
export type PreviewProposalValues = z.input<typeof previewProposalSchema>;
export type PreviewProposal = z.output<typeof previewProposalSchema>;

export const applyProposalSchema = previewProposalSchema.extend({
  reason: text().trim().min(1, "Say why (it is recorded with the change).").max(500, "Keep the reason under 500 characters."),
  basis: text().max(200),
});
export type ApplyProposal = z.output<typeof applyProposalSchema>;
export type ProposalSource = z.output<typeof source>;
