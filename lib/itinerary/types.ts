import type { BilateralLevel, BilateralStatus, ItemKind, ItemStatus, MemberFunction, MovementKind, Visibility } from "@/lib/generated/prisma/enums";
import type { SummitSummary } from "@/lib/summits/queries";
import type { IsoDay } from "@/lib/time";

/** What every itinerary or programme line has, whether it is a programme item or a movement. */
type EntryBase = {
  id: string;
  startsAt: Date;
  /** Null for a movement without an end (a departure). */
  endsAt: Date | null;
  status: ItemStatus;
  /** Bumped on every write; iCalendar SEQUENCE is version - 1. */
  version: number;
  venue: string | null;
  space: string | null;
  /** Titles of the delegation's own members who attend (itineraries only). */
  attendees: string[];
  /** The delegation takes part as a whole (its principal attends). */
  wholeDelegation: boolean;
  /** Description of an item, route note of a movement. */
  notes: string | null;
  /** Only filled for readers who may see staff notes. */
  staffNotes: string | null;
};

export type ItemEntry = EntryBase & {
  source: "item";
  /** Null when `restricted`. */
  kind: ItemKind | null;
  /** The neutral title when `restricted`: print it with entryTitle (present.ts). */
  title: string;
  /**
   * An agency's item it sees only for its task: time and place, nothing else (lib/programme/policy.ts,
   * itemAsReadBy). Always set by the reads (toItemEntry); absent in a hand-made entry means false.
   */
  restricted?: boolean;
  visibility: Visibility;
  organiser: string | null;
  dressCode: string | null;
  parentId: string | null;
  /**
   * The delegation's own arrival at an item people arrive for in protocol order (lib/arrivals):
   * only in a delegation's itinerary, one per delegation read (a liaison's feed may merge two).
   * Never the order, the place in it or another party.
   */
  arrivals?: ItemArrival[];
};

/** One party's arrival at an item: where and when it is at the door, and when its motorcade leaves. */
export type ItemArrival = {
  /** The reader's own delegation. */
  party: string;
  entrance: string;
  venue: string;
  arrivesAt: Date;
  /** Null when the party is at the venue already (no motorcade). */
  departsAt: Date | null;
  from: string | null;
};

export type MovementEntry = EntryBase & {
  source: "movement";
  kind: MovementKind;
  from: string | null;
  to: string | null;
  flight: string | null;
  partySize: number;
};

export type Entry = ItemEntry | MovementEntry;

export type ItineraryPerson = { id: string; title: string; function: MemberFunction };

export type OpenBilateral = {
  id: string;
  status: BilateralStatus;
  level: BilateralLevel;
  durationMinutes: number;
  /** The other delegations' names (parties to the same request, so the reader's business). */
  withNames: string[];
  proposedStartsAt: Date | null;
};

export type Itinerary = {
  summit: SummitSummary;
  delegation: {
    id: string;
    code: string;
    name: string;
    homeTimeZone: string | null;
    hotel: string | null;
    arrivesAt: Date | null;
    departsAt: Date | null;
  };
  /** Set for the per-member variant. */
  member: ItineraryPerson | null;
  /** The people a per-member itinerary can be shown for: principal and ministers. */
  people: ItineraryPerson[];
  /** The day asked for, or null for the whole stay. */
  day: IsoDay | null;
  entries: Entry[];
  openBilaterals: OpenBilateral[];
};

export type Programme = {
  summit: SummitSummary;
  venue: { id: string; name: string } | null;
  day: IsoDay | null;
  entries: ItemEntry[];
};

/**
 * An item that left the reader's calendar (lib/itinerary/vanished.ts), as they last saw it: the
 * calendar files carry it as cancelled so copies imported earlier are corrected.
 */
export type VanishedItem = {
  id: string;
  /** The title the reader last saw; the neutral English one when `restricted` (print the reader's language). */
  title: string;
  /** An agency saw it only for its task, as "Restricted event". */
  restricted: boolean;
  startsAt: Date;
  endsAt: Date;
  space: string | null;
  venue: string | null;
  /** Higher than any SEQUENCE the reader's event for it had. */
  sequence: number;
};
