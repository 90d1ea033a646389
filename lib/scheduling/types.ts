// Plain-data contract of the scheduling engine: what it is given and what it returns.
// Callers (queries, exports, tests) build a SummitSnapshot; nothing here knows about Prisma.

export type ItemStatus = "DRAFT" | "CONFIRMED" | "CANCELLED";

export interface SummitVenue {
  id: string;
  name: string;
}

export interface SummitSpace {
  id: string;
  name: string;
  venueId: string;
  capacity: number;
  /** Minutes after local midnight in the summit time zone; null = open from midnight. */
  opensMinute: number | null;
  /** Minutes after local midnight (1440 = midnight at the end of the day); null = open until midnight. */
  closesMinute: number | null;
}

/** Directed motorcade time; the engine falls back to the reverse direction when one is missing. */
export interface TravelTime {
  fromVenueId: string;
  toVenueId: string;
  minutes: number;
}

export interface SummitDelegation {
  id: string;
  name: string;
  /** null = no lower bound (arrival not known yet, or host delegation). */
  arrivesAt: Date | null;
  /** null = no upper bound. */
  departsAt: Date | null;
}

export interface SummitMember {
  id: string;
  delegationId: string;
  /** How the person is named in messages, e.g. "Prime Minister of the Netherlands". */
  title: string;
  isPrincipal: boolean;
}

export interface SummitItem {
  id: string;
  title: string;
  kind: string;
  status: ItemStatus;
  startsAt: Date;
  endsAt: Date;
  spaceId: string | null;
  /** Whole-delegation participations: the delegation's principal(s) attend. */
  delegationIds: readonly string[];
  /** Named member participations. */
  memberIds: readonly string[];
}

export interface SummitSnapshot {
  timeZone: string;
  travelBufferMinutes: number;
  venues: readonly SummitVenue[];
  spaces: readonly SummitSpace[];
  travelTimes: readonly TravelTime[];
  delegations: readonly SummitDelegation[];
  members: readonly SummitMember[];
  items: readonly SummitItem[];
}

/** Declaration order is also the tie-break order of checkSummit's output. */
export const CONFLICT_TYPES = [
  "MEMBER_OVERLAP",
  "SPACE_DOUBLE_BOOKED",
  "OVER_CAPACITY",
  "INSUFFICIENT_TRAVEL_TIME",
  "OUTSIDE_DELEGATION_WINDOW",
  "OUTSIDE_OPENING_HOURS",
  "MISSING_COVERAGE",
] as const;

export type ConflictType = (typeof CONFLICT_TYPES)[number];

export type ConflictSeverity = "hard" | "warning";

export interface Conflict {
  /** Deterministic: the same problem gets the same id on every run (used for keys and dismissals). */
  id: string;
  type: ConflictType;
  severity: ConflictSeverity;
  /** Involved items, earliest first (for travel: from-item, then to-item). */
  itemIds: string[];
  memberId?: string;
  delegationId?: string;
  spaceId?: string;
  venueId?: string;
  /** Human-readable, with times in the summit time zone. */
  message: string;
}

/**
 * Indexes computed once per check so every rule stays linear in its own input.
 * Cancelled items are absent from every index: they never conflict.
 */
export interface EngineContext {
  snapshot: SummitSnapshot;
  /** Non-cancelled items in item order (start, end, id). */
  items: readonly SummitItem[];
  itemsById: ReadonlyMap<string, SummitItem>;
  venuesById: ReadonlyMap<string, SummitVenue>;
  spacesById: ReadonlyMap<string, SummitSpace>;
  delegationsById: ReadonlyMap<string, SummitDelegation>;
  membersById: ReadonlyMap<string, SummitMember>;
  /** Distinct attending member ids per item, per the attendance rule, sorted. */
  attendeesByItem: ReadonlyMap<string, readonly string[]>;
  /** Delegations taking part in an item, whole or through a named member, sorted. */
  delegationsByItem: ReadonlyMap<string, readonly string[]>;
  /** Each member's items in item order. */
  itemsByMember: ReadonlyMap<string, readonly SummitItem[]>;
  /** Each space's items in item order. */
  itemsBySpace: ReadonlyMap<string, readonly SummitItem[]>;
  /** fromVenueId -> toVenueId -> minutes, as given (directed). */
  travelTimes: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export type ConflictRule = (ctx: EngineContext) => Conflict[];
