// Plain-data contract of the scheduling engine: what it is given and what it returns.
// Callers (queries, exports, tests) build a SummitSnapshot; nothing here knows about Prisma.
import type { Phrase } from "@/lib/i18n/conflict-phrases";

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
  /** e.g. "FOREIGN_MINISTER": decides who a transfer below principal level carries. */
  function?: string | null;
  /** Lower is more senior (1: the principal); among members of one function the most senior rides. */
  precedence?: number;
}

export type MovementKind = "ARRIVAL" | "DEPARTURE" | "TRANSFER";

/**
 * An arrival, departure or transfer of a delegation. Movements occupy people (see occupancy.ts):
 * an arrival or departure the whole delegation, a transfer the principal(s) or, when its
 * `principalLevel` names another function, the most senior member of that function.
 */
export interface SummitMovement {
  id: string;
  delegationId: string;
  kind: MovementKind;
  /** Arrivals: null or the origin; transfers and departures: where the party leaves from. */
  fromVenueId: string | null;
  /** Arrivals: the airport landed at; transfers: the destination; departures: null. */
  toVenueId: string | null;
  startsAt: Date;
  /** null: not known (a departure's flight time is its start; nothing is invented). */
  endsAt: Date | null;
  /** The item the party leaves from: the movement may not leave before it ends. */
  fromItemId?: string | null;
  /** The item the party goes to: the movement must arrive before it starts. */
  toItemId?: string | null;
  principalLevel?: string | null;
  flight?: string | null;
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
  /**
   * Set on the engine's own occupations built from movements (never on programme items): the
   * movement this entry stands for. Its id is the movement's id.
   */
  movement?: SummitMovement;
  /** A movement occupation's title as a phrase ("Arrival of Belgium at …"), named in the reader's language. */
  titlePhrase?: Phrase;
  /**
   * startsAt and endsAt in milliseconds, set on the engine's own copies (buildEngineContext):
   * its loops compare numbers held in the object instead of reaching for a Date elsewhere in
   * memory, which on a large summit is most of the cost.
   */
  startMs?: number;
  endMs?: number;
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
  /** Arrivals, departures and transfers; absent = none known. */
  movements?: readonly SummitMovement[];
}

/** Declaration order is also the tie-break order of checkSummit's output. */
export const CONFLICT_TYPES = [
  "MEMBER_OVERLAP",
  "SPACE_DOUBLE_BOOKED",
  "OVER_CAPACITY",
  "INSUFFICIENT_TRAVEL_TIME",
  "OUTSIDE_DELEGATION_WINDOW",
  "TRANSFER_MISALIGNED",
  "OUTSIDE_OPENING_HOURS",
  "MISSING_COVERAGE",
  "ARRIVAL_SEQUENCE",
] as const;

export type ConflictType = (typeof CONFLICT_TYPES)[number];

export type ConflictSeverity = "hard" | "warning";

export interface Conflict {
  /** Deterministic: the same problem gets the same id on every run (used for keys and dismissals). */
  id: string;
  type: ConflictType;
  severity: ConflictSeverity;
  /** Involved programme items, earliest first (for travel: from-item, then to-item). */
  itemIds: string[];
  /** Involved movements (arrivals, departures, transfers), earliest first. */
  movementIds?: string[];
  memberId?: string;
  delegationId?: string;
  spaceId?: string;
  venueId?: string;
  /** Human-readable, with times in the summit time zone: the phrase in English, when there is one. */
  message: string;
  /** The same explanation as a phrase of the dictionary, rendered in the reader's language (lib/i18n conflictText). */
  phrase?: Phrase;
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
  /**
   * Each member's occupations in item order: the items they attend and the movements that carry
   * them (entries with `movement` set; see occupancy.ts).
   */
  itemsByMember: ReadonlyMap<string, readonly SummitItem[]>;
  /** Movement occupations by movement id. */
  movementsById: ReadonlyMap<string, SummitItem>;
  /** When each delegation can first and last be anywhere (delegation dates and its flights). */
  stayByDelegation: ReadonlyMap<string, DelegationStay>;
  /** Each space's items in item order. */
  itemsBySpace: ReadonlyMap<string, readonly SummitItem[]>;
  /** fromVenueId -> toVenueId -> minutes, as given (directed). */
  travelTimes: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export type ConflictRule = (ctx: EngineContext) => Conflict[];

/** A bound of a delegation's stay and, when a flight sets it, that flight in words. */
export interface StayBound {
  at: Date;
  /** e.g. "lands at Rotterdam The Hague Airport (BEL123)"; undefined: the delegation's dates. */
  movement?: { id: string; text: string; phrase: Phrase };
}

export interface DelegationStay {
  arrives: StayBound | null;
  departs: StayBound | null;
}
