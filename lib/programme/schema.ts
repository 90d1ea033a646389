// The one schema for a programme item, shared by the edit form and the server. The server takes
// instants; the form holds a summit day and "HH:mm" wall-clock text and converts them through
// lib/time in the summit's zone, then validates with the very same item schema (`itemFormSchema`).
import { z } from "zod";
import { id, optionalId, optionalText, text } from "@/lib/validation";
import { dayBounds, isoDayOf, zonedInstant } from "@/lib/time";

export const ITEM_KINDS = [
  "PLENARY",
  "WORKING_DINNER",
  "ROYAL_DINNER",
  "SIDE_EVENT",
  "SIDE_EVENT_SESSION",
  "BILATERAL",
  "PRESS_MOMENT",
  "TRANSFER",
] as const;
export const ITEM_STATUSES = ["DRAFT", "CONFIRMED", "CANCELLED"] as const;
export const VISIBILITIES = ["PUBLIC", "ALL_DELEGATIONS", "PARTICIPANTS", "STAFF"] as const;

// Instants travel as Date objects (server actions serialise them as such).
const instant = (what: string) => z.date({ message: `Enter a valid ${what}.` });
const idList = (what: string) =>
  z
    .array(id, { message: `Choose ${what}.` })
    .max(500, `Choose at most 500 ${what}.`)
    .default([])
    .transform((ids) => [...new Set(ids)].sort());

const itemFields = z.object({
  summitId: id,
  kind: z.enum(ITEM_KINDS, { message: "Choose a kind." }),
  title: text().trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
  description: optionalText(4000),
  status: z.enum(ITEM_STATUSES, { message: "Choose a status." }),
  visibility: z.enum(VISIBILITIES, { message: "Choose who may see it." }),
  startsAt: instant("start"),
  endsAt: instant("end"),
  spaceId: optionalId,
  organiser: optionalText(200),
  dressCode: optionalText(200),
  staffNotes: optionalText(4000),
  parentId: optionalId,
  delegationIds: idList("delegations"),
  memberIds: idList("members"),
});

/**
 * A planner's reason to accept the hard conflicts a confirmed save would leave (lib/conflicts/guard.ts).
 * Absent: no override asked for. Present but blank: refused with a message (an override needs a reason).
 */
const overrideReason = text().max(1000, "Use at most 1000 characters.").optional();

function endAfterStart(value: { startsAt: Date; endsAt: Date }, ctx: z.RefinementCtx) {
  if (value.endsAt.getTime() <= value.startsAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
  }
}

export const itemInputSchema = itemFields.extend({ overrideReason }).superRefine(endAfterStart);

/** A new item as createItem takes it (parsed: trimmed text, null for empty optionals, sorted distinct id lists). */
export type CreateItem = z.output<typeof itemInputSchema>;
/** An item's values before parsing, as a caller outside the gate (a test, a script) writes them. */
export type ItemValues = z.input<typeof itemInputSchema>;

const versioned = { id, version: z.coerce.number().int().min(1) };

export const updateItemSchema = itemFields.extend({ ...versioned, overrideReason }).superRefine(endAfterStart);
export type UpdateItem = z.output<typeof updateItemSchema>;

/** The edit form's "what would this save do?": the item as it would be saved, its id when it exists. */
export const previewItemSchema = itemFields.extend({ id: id.optional() }).superRefine(endAfterStart);
export type PreviewItem = z.output<typeof previewItemSchema>;

export const moveItemSchema = z
  .object({ ...versioned, startsAt: instant("start"), endsAt: instant("end"), spaceId: optionalId, overrideReason })
  .superRefine(endAfterStart);
export type MoveItem = z.output<typeof moveItemSchema>;

export const cancelItemSchema = z.object(versioned);
export type CancelItem = z.output<typeof cancelItemSchema>;

// ---------------------------------------------------------------------------------------------
// The form: a day and wall-clock times instead of instants, then the item schema above.

const clock = text()
  .trim()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use HH:mm, e.g. 09:30.");

export const itemFormFieldsSchema = itemFields
  .omit({ startsAt: true, endsAt: true })
  .extend({
    id: text().optional(),
    version: z.coerce.number().int().optional(),
    day: text().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a day."),
    startTime: clock,
    endTime: clock,
    /** For items running past midnight, e.g. a dinner 21:00–00:30. */
    endsNextDay: z.boolean().default(false),
  });
export type ItemFormValues = z.input<typeof itemFormFieldsSchema>;

/** The form's schema: wall-clock text in `timeZone` becomes instants, then the item schema applies. */
export function itemFormSchema(timeZone: string) {
  return itemFormFieldsSchema.transform(({ day, startTime, endTime, endsNextDay, id, version, ...rest }, ctx) => {
    const endDay = endsNextDay ? isoDayOf(dayBounds(day, timeZone).endsAt, timeZone) : day;
    const parsed = itemInputSchema.safeParse({
      ...rest,
      startsAt: zonedInstant(day, startTime, timeZone),
      endsAt: zonedInstant(endDay, endTime, timeZone),
    });
    if (!parsed.success) {
      // The same messages, under the form's own field names.
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "startsAt" ? "startTime" : issue.path[0] === "endsAt" ? "endTime" : issue.path[0];
        ctx.addIssue({ code: "custom", path: [field ?? "_form", ...issue.path.slice(1)], message: issue.message });
      }
      return z.NEVER;
    }
    return { ...parsed.data, id, version };
  });
}
export type ItemFormOutput = z.output<ReturnType<typeof itemFormSchema>>;
