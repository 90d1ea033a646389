// The movement form's schema, shared by the form and the server action.
import { z } from "zod";
import { id, localDateTime, optionalId, optionalText, text } from "@/lib/validation";
import { MemberFunction, MovementKind } from "@/lib/generated/prisma/enums";
import { isLocalDateTime } from "@/lib/time";

export const MOVEMENT_KINDS = Object.values(MovementKind) as [MovementKind, ...MovementKind[]];
export const PRINCIPAL_LEVELS = Object.values(MemberFunction) as [MemberFunction, ...MemberFunction[]];

const movementFields = {
  delegationId: text().min(1, "Choose a delegation.").max(64, "Choose a delegation."),
  kind: z.enum(MOVEMENT_KINDS, { message: "Choose arrival, departure or transfer." }),
  fromVenueId: optionalId,
  toVenueId: optionalId,
  flight: optionalText(20),
  startsAt: localDateTime("time"),
  endsAt: text().nullish().refine((v) => !v || isLocalDateTime(v), "Enter the end as a date and a time, or leave it empty.").transform((v) => v || null),
  partySize: z.number({ message: "Enter the party size." }).int("Enter a whole number.").min(1, "At least 1 person.").max(5000, "At most 5000 people."),
  principalLevel: z.union([z.enum(PRINCIPAL_LEVELS), z.literal("")]).nullish().transform((v) => v || null),
  routeNote: optionalText(500),
  roadClosureNeeded: z.boolean(),
  staffNotes: optionalText(1000),
  /**
   * The item the party leaves from / goes to: the transfer then follows it when it moves.
   * Absent: unchanged on an update (none on a create); null or "": no link.
   */
  fromItemId: text().max(64).nullish(),
  toItemId: text().max(64).nullish(),
  /** A planner's reason to accept the hard conflicts the movement would be in (lib/conflicts/guard.ts). */
  overrideReason: text().max(1000, "Use at most 1000 characters.").optional(),
};

type Fields = {
  kind: MovementKind;
  fromVenueId: string | null;
  toVenueId: string | null;
  startsAt: string;
  endsAt: string | null;
  fromItemId?: string | null;
  toItemId?: string | null;
};

function checkPlaces(value: Fields, ctx: z.RefinementCtx) {
  const need = (field: "fromVenueId" | "toVenueId", message: string) => {
    if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message });
  };
  if (value.kind === "ARRIVAL") need("toVenueId", "Choose the airport of arrival.");
  if (value.kind === "DEPARTURE") need("fromVenueId", "Choose the airport of departure.");
  if (value.kind === "TRANSFER") {
    need("fromVenueId", "Choose where the transfer leaves from.");
    need("toVenueId", "Choose where the transfer goes.");
    if (value.fromVenueId && value.fromVenueId === value.toVenueId) {
      ctx.addIssue({ code: "custom", path: ["toVenueId"], message: "Choose a place other than the start." });
    }
  }
  if (value.fromItemId && value.fromItemId === value.toItemId) {
    ctx.addIssue({ code: "custom", path: ["toItemId"], message: "A transfer cannot leave from and go to the same item." });
  }
  if (value.endsAt && isLocalDateTime(value.startsAt) && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
  }
}

export const createMovementSchema = z.object(movementFields).superRefine(checkPlaces);
export type CreateMovementInput = z.output<typeof createMovementSchema>;
/** The movement form's values, before the schema trims and empties them. */
export type CreateMovementValues = z.input<typeof createMovementSchema>;

export const updateMovementSchema = z.object({ id, version: z.number().int().min(1), ...movementFields }).superRefine(checkPlaces);
export type UpdateMovementInput = z.output<typeof updateMovementSchema>;

export const deleteMovementSchema = z.object({ id, version: z.number().int().min(1) });
export type DeleteMovementInput = z.output<typeof deleteMovementSchema>;

export const addProposedTransfersSchema = z.object({ delegationId: id, overrideReason: movementFields.overrideReason });
export type AddProposedTransfersInput = z.output<typeof addProposedTransfersSchema>;
