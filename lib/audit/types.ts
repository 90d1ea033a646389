// What the audit trail tells running app instances about a committed change: enough for each to
// decide which of its open pages may learn that "something you can see changed", nothing a page
// shows. The listener side lives in lib/push; the wire format is this type alone.

/** The PostgreSQL channel every instance listens on (one connection per instance). */
export const CHANGE_CHANNEL = "summit_changes";

/**
 * Fields of an entry's `before` side that say who could see the entity then (the after side is
 * read from the database: the notice's audience rows). Only ids, status and visibility.
 */
export type ScopeHints = {
  status?: string;
  visibility?: string;
  delegationIds?: string[];
  memberIds?: string[];
  delegationId?: string;
  agencyId?: string;
  itemId?: string;
  movementId?: string;
};

/** A programme item as it is (`now`), or the delegations of the members its before side named. */
export type ItemAudienceRow = { now: boolean; status: string | null; visibility: string | null; delegationIds: string[]; agencyIds: string[] };
/** A delegation or agency that a movement, task, member, acknowledgement or request names now. */
export type ScopeAudienceRow = { delegationId: string | null; agencyId: string | null; onDraft?: boolean };
/** The rows that decide who may hear of a change (lib/audit/internal/audience.ts). */
export type AudienceRow = ItemAudienceRow | ScopeAudienceRow;

export type ChangeNotice = {
  /** The summit the change belongs to; null for installation-wide entities (users, tokens). */
  s: string | null;
  /** Audit entity name (ProgrammeItem, AgencyTask, Movement, User…). */
  e: string;
  /** Entity ids: one for a recorded entry, several for a batch. */
  ids: string[];
  /** Before-side hints, when the entry had them and they fit the payload. */
  b?: ScopeHints;
  /** The audit entry to read the before side from, when the hints did not fit. */
  r?: string;
  /**
   * The audience rows, read in the writing transaction after the change's rows were written (as
   * its audit entry's after side is); absent when they did not fit, and the listener reads them.
   */
  a?: AudienceRow[];
  /** A batch too large to list: the listener widens the audience to the entity's kind. */
  bulk?: true;
};

// The live change an audit entry belongs to. A delay's cascade or a repair (lib/live), and an
// arrivals re-plan (lib/arrivals), write many rows at once; each row's audit entry names the change
// in its after snapshot (`live`, liveCauseSchema in schema.ts), so the change lists can show the
// change once, as it was applied. One reader of that mark for every list (liveCauseOf), so a new
// kind of change is added in one place.
export { liveCauseOf, type AuditEntity, type LiveCause, type LiveCauseKind, type ReadLiveCause } from "./schema";
