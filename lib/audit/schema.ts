// What audit entries hold, as zod schemas: the entity names (one list), and the snapshots that are
// read back (a programme item's state, a movement, an agency's task, the live change a row was
// moved by). Writers take their types from these schemas; readers parse an entry's side with them
// instead of casting. The trail keeps entries written by older code, so a reader never assumes an
// entry parses: a side that fails its schema reads as null, or, where a reader shows what it can
// (readFields), as the fields that still parse.
import { z } from "zod";
import { text } from "@/lib/validation";
import { ItemKind, ItemStatus, MovementKind, TaskStatus, TaskType, Visibility } from "@/lib/generated/prisma/enums";

/** Every kind of row the audit trail records, by the name its entries carry. */
export const auditEntitySchema = z.enum([
  "ProgrammeItem",
  "ItemLive",
  "Movement",
  "MovementLive",
  "LiveChange",
  "AgencyTask",
  "TaskAcknowledgement",
  "Agency",
  "ArrivalSequence",
  "Entrance",
  "Precedence",
  "BilateralRequest",
  "Acknowledgement",
  "ConflictOverride",
  "CoverageRule",
  "Delegation",
  "Member",
  "Venue",
  "Space",
  "TravelTime",
  "Summit",
  "User",
  "CalendarToken",
]);

export type AuditEntity = z.infer<typeof auditEntitySchema>;

// ---------------------------------------------------------------------------------------------
// The live change a row was moved by (lib/live's delay and repair, lib/arrivals' re-plan).

export const LIVE_CAUSE_KINDS = ["delay", "repair", "replan"] as const;

/** As written: the change's id, the reason the planner gave, and its kind. */
export const liveCauseSchema = z.object({ changeId: text(), reason: text(), kind: z.enum(LIVE_CAUSE_KINDS) });

export type LiveCause = z.infer<typeof liveCauseSchema>;
export type LiveCauseKind = LiveCause["kind"];

/** The `live` mark as read back: a kind this code does not know (written later, or earlier) reads as null. */
const liveMarkSchema = z.object({ live: liveCauseSchema.extend({ kind: liveCauseSchema.shape.kind.nullable().catch(null) }) });

export type ReadLiveCause = z.infer<typeof liveMarkSchema>["live"];

/** The live change an audit entry's after snapshot names, or null for an ordinary edit. */
export function liveCauseOf(after: unknown): ReadLiveCause | null {
  const parsed = liveMarkSchema.safeParse(after);
  return parsed.success ? parsed.data.live : null;
}

/** An applied live change as a whole (entity LiveChange): its reason and the rows it moved, as "<entity>:<id>" keys. */
export const liveChangeSnapshotSchema = z.object({ reason: text(), lines: z.array(z.object({ key: text() })) });

/** What a row that moved along with another names: the row it followed. */
export const followedSchema = z.object({ entity: auditEntitySchema, id: text(), title: text().optional() });

// ---------------------------------------------------------------------------------------------
// A programme item: its state as the history page and the liaisons' changes read it.

export const itemSnapshotSchema = z.object({
  title: text(),
  kind: z.enum(ItemKind),
  status: z.enum(ItemStatus),
  visibility: z.enum(Visibility),
  /** ISO instants. */
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  spaceId: text().nullable(),
  spaceName: text().nullable(),
  venueName: text().nullable(),
  /** Whole-delegation participations, sorted. */
  delegationIds: z.array(text()),
  /** Named member participations, sorted. */
  memberIds: z.array(text()),
});

export type ItemSnapshot = z.infer<typeof itemSnapshotSchema>;

/** An item's side read field by field (readFields): an older entry may lack some. */
export type ItemFields = Partial<ItemSnapshot>;

/** An item's after side: its state, and what moved with it or what it moved with. */
export const itemEntrySchema = itemSnapshotSchema.extend({
  movedTransferIds: z.array(text()).optional(),
  movedSessionIds: z.array(text()).optional(),
  followed: followedSchema.optional(),
  live: liveCauseSchema.optional(),
});

export type ItemEntry = z.infer<typeof itemEntrySchema>;

// ---------------------------------------------------------------------------------------------
// Movements and tasks: their audited rows (lib/movements AUDITED, lib/tasks AUDITED), of which
// these are the fields read back. Written as the rows themselves, times as Dates; read back from
// JSON, times as their ISO text: both read as Dates.

const instant = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((value) => new Date(value));

export const movementSnapshotSchema = z.object({
  delegationId: text(),
  kind: z.enum(MovementKind),
  startsAt: instant,
  endsAt: instant.nullish(),
  flight: text().nullish(),
  fromVenueId: text().nullish(),
  toVenueId: text().nullish(),
  principalLevel: text().nullish(),
});

export type MovementSnapshot = z.infer<typeof movementSnapshotSchema>;

export const taskSnapshotSchema = z.object({
  agencyId: text(),
  itemId: text().nullish(),
  movementId: text().nullish(),
  type: z.enum(TaskType),
  status: z.enum(TaskStatus),
  startsAt: instant,
  endsAt: instant,
  location: text().nullish(),
  /** The planner's instruction; on a status entry written before agencyNote existed, the agency's note. */
  note: text().nullish(),
  agencyNote: text().nullish(),
});

export type TaskSnapshot = z.infer<typeof taskSnapshotSchema>;

/** A task's side read field by field (readFields): a status entry records only what it touches. */
export type TaskFields = Partial<TaskSnapshot>;

// ---------------------------------------------------------------------------------------------

/** A side that must parse whole: the snapshot, or null (absent, or not of this shape). */
export function readSnapshot<T extends z.ZodType>(schema: T, value: unknown): z.output<T> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * A side read field by field, for readers that show what they can: the fields that parse (an
 * entry written before a field existed lacks it; one whose field had another shape loses that
 * field), or null when the side is not an object at all.
 */
export function readFields<S extends z.ZodRawShape>(schema: z.ZodObject<S>, value: unknown) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const partial = schema.partial();
  const whole = partial.safeParse(value);
  if (whole.success) return whole.data;
  const failing = new Set(whole.error.issues.map((issue) => issue.path[0]));
  const rest = partial.safeParse(Object.fromEntries(Object.entries(value).filter(([key]) => !failing.has(key))));
  return rest.success ? rest.data : null;
}
