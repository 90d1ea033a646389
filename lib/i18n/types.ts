import type { ItemKind, ItemStatus, MemberFunction, MovementKind, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";

/** The calendar feed's buttons, confirmations and messages (components/itinerary/feed-manager.tsx). */
export type FeedManagerText = {
  /** Label of the new address, shown once. */
  address: string;
  create: string;
  created: string;
  regenerate: string;
  regenerateConfirm: string;
  regenerated: string;
  revoke: string;
  revokeConfirm: string;
  revoked: string;
};

/** Every label the bilingual pages (itinerary, downloads, calendar feed) and the exports print, in one language. */
export type Dictionary = {
  itemKind: Record<ItemKind, string>;
  itemStatus: Record<ItemStatus, string>;
  movementKind: Record<MovementKind, string>;
  memberFunction: Record<MemberFunction, string>;
  weekdays: readonly [string, string, string, string, string, string, string];
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  columns: {
    date: string;
    start: string;
    end: string;
    homeTime: string;
    title: string;
    kind: string;
    status: string;
    venue: string;
    space: string;
    attendees: string;
    dressCode: string;
    organiser: string;
    notes: string;
    staffNotes: string;
    id: string;
  };
  movement: {
    arrival: (place: string | null, flight: string | null) => string;
    departure: (place: string | null, flight: string | null) => string;
    transfer: (from: string | null, to: string | null) => string;
    partySize: (n: number) => string;
  };
  doc: {
    itinerary: (delegation: string) => string;
    memberItinerary: (member: string) => string;
    programme: string;
    venueProgramme: (venue: string) => string;
    feed: string;
    allDays: string;
    generatedAt: (when: string) => string;
    page: (n: number, total: number) => string;
    timesIn: (zone: string) => string;
    homeTimeIn: (zone: string) => string;
    nothing: string;
    wholeDelegation: string;
  };
  scope: {
    staff: string;
    liaison: (codes: string) => string;
    agency: (name: string) => string;
    viewer: string;
  };
  changes: {
    heading: string;
    sinceNever: string;
    since: (when: string) => string;
    none: string;
    count: (n: number) => string;
    added: string;
    moved: string;
    cancelled: string;
    changed: string;
    by: (who: string, when: string) => string;
    acknowledge: string;
    acknowledged: string;
  };
  page: {
    itinerary: string;
    delegations: string;
    chooseDelegation: string;
    noDelegations: string;
    member: string;
    wholeDelegation: string;
    show: string;
    exports: string;
    exportsHint: string;
    day: string;
    language: string;
    printHint: string;
    hotel: string;
    arrival: string;
    departure: string;
    bilateralRequests: string;
    bilateralParties: (names: string) => string;
    bilateralStatus: Record<"REQUESTED" | "PROPOSED" | "ACCEPTED" | "CONFIRMED" | "DECLINED" | "WITHDRAWN" | "CANCELLED", string>;
    minutes: (n: number) => string;
    pendingAcknowledgements: string;
    allAcknowledged: string;
    lastAcknowledged: string;
    latestChange: string;
    never: string;
    nothingOnDay: string;
  };
  /** The calendar feed page (/account/calendar). */
  feed: {
    title: string;
    subtitle: string;
    /** What the reader's feed holds, by who they are. */
    contents: { staff: string; liaison: string; agency: string; viewer: string };
    intro: (contents: string) => string;
    active: (since: string) => string;
    none: string;
    /** Plain strings only: handed as they are to the client component that manages the address. */
    manager: FeedManagerText;
  };
  /** The agency's day: task exports (PDF, iCalendar, CSV). */
  tasks: {
    type: Record<TaskType, string>;
    status: Record<TaskStatus, string>;
    /** Export title: one agency's tasks, or every agency's (null). */
    title: (agency: string | null) => string;
    columns: {
      taskId: string;
      agency: string;
      type: string;
      covers: string;
      coversTime: string;
      placeOrRoute: string;
      partySize: string;
      principalLevel: string;
      details: string;
      location: string;
      note: string;
      /** PDF column heading over place and status. */
      placeAndStatus: string;
    };
    itemParty: (n: number) => string;
    movementParty: (n: number) => string;
    flight: (flight: string) => string;
    roadClosure: string;
  };
};
