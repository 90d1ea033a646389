import type { ItineraryTasksText } from "./itinerary-tasks";
/**
 * The kinds of change an agency is told about. The dictionary words each one, so the list lives
 * here: the dictionaries import nothing from the domains that use them.
 */
export type TaskChangeKind = "created" | "moved" | "edited" | "status" | "deleted" | "assigned" | "unassigned";
import type { ItemKind, ItemStatus, MemberFunction, MovementKind, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import type { AdminText } from "./agencies-users";
import type { AppText } from "./app";
import type { ErrorsText } from "./errors";
import type { PlanningText } from "./planning";
import type { FormsText } from "./forms";
import type { StartText } from "./start";
import type { VenuesText } from "./venues";
import type { LiveText } from "./live";
import type { SummitsText } from "./summits";
import type { ArrivalsText } from "./arrivals";
import type { TimelineText } from "./timeline";
import type { EditorsText } from "./editors";
import type { BilateralsText } from "./bilaterals";
import type { ConflictPhrases } from "./conflict-phrases";

/** The calendar feed's buttons, confirmations and messages (components/itinerary/feed-manager.tsx). */
export type FeedManagerText = {
  /** Label of the new address, shown once. */
  address: string;
  /** The same address as a webcal:// link, which opens the subscription in a calendar app. */
  subscribe: string;
  create: string;
  created: string;
  regenerate: string;
  regenerateConfirm: string;
  regenerated: string;
  revoke: string;
  revokeConfirm: string;
  revoked: string;
};

/** A coordinator's status form (components/tasks/task-status-form.tsx): plain strings, as it is a client component. */
export type TaskStatusFormText = {
  status: string;
  note: string;
  notePlaceholder: string;
  save: string;
  saving: string;
  saved: string;
};

/** Every label the bilingual pages (itinerary, task day, downloads, calendar feed) and the exports print, in one language. */
export type Dictionary = {
  itemKind: Record<ItemKind, string>;
  itemStatus: Record<ItemStatus, string>;
  movementKind: Record<MovementKind, string>;
  memberFunction: Record<MemberFunction, string>;
  /**
   * An item an agency sees only for its task (lib/programme/policy.ts, itemAsReadBy): the neutral
   * title it goes by on the agency's pages, task lists and exports.
   */
  restrictedItem: { title: string };
  /** Live updates: the marker on a row that changed while the page was open ("updated 19:52"). */
  live: { updated: string };
  /** The spreadsheet list separator of the language's locale: the CSV delimiter Excel expects. */
  listSeparator: string;
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
  /** A download whose file could not be made now (lib/exports/respond.ts): plain text, as the answer is. */
  downloadError: {
    /** Every export thread is busy and the queue is full (503). */
    busy: (seconds: number) => string;
    /** The file could not be made (500). */
    failed: string;
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
      /** The planner's instruction to the agency. */
      note: string;
      /** The agency's own status note. */
      agencyNote: string;
      /** PDF column heading over place and status. */
      placeAndStatus: string;
    };
    itemParty: (n: number) => string;
    movementParty: (n: number) => string;
    flight: (flight: string) => string;
    roadClosure: string;
  };
  /** The agency's task day page (/tasks/<day>) and its components; type and status names are in `tasks`. */
  tasksPage: {
    /** Heading: "Tasks · Tue 24 Jun 2025". */
    title: (day: string) => string;
    /** "National Police · times in Europe/Amsterdam". */
    subtitle: (whose: string, zone: string) => string;
    /** The browser tab's title. */
    metaTitle: string;
    allAgencies: string;
    yourAgency: string;
    /** Label of the day links. */
    days: string;
    noTasks: string;
    /** The empty day: whose tasks (null: no agency's at all) on which day. */
    noTasksFor: (whose: string | null, day: string) => string;
    timeline: string;
    timelineLabel: string;
    count: (n: number) => string;
    columns: { time: string; task: string; covers: string; locationAndNote: string; status: string };
    /** A row's accessible name and the timeline's tooltip: "Escort 10:00–11:30 for Transfer · Iceland". */
    taskLabel: (type: string, from: string, to: string, subject: string) => string;
    staffNote: (note: string) => string;
    edit: string;
    newTask: string;
    coverage: string;
    movements: string;
    filter: { label: string; agency: string; show: string };
    downloads: { label: string; download: (format: string) => string };
    /** The agency's motorcades of the arrival sequences (lib/arrivals), all days. */
    motorcades: { label: string; download: (format: string) => string };
    statusForm: TaskStatusFormText;
    /** Accessible name of one task's status form. */
    statusOf: (task: string) => string;
    /** The coordinator's panel of changes since the agency last acknowledged. */
    changes: {
      heading: string;
      count: (n: number) => string;
      lastAcknowledged: (when: string) => string;
      neverAcknowledged: string;
      noneSince: (when: string) => string;
      none: string;
      kind: Record<TaskChangeKind, string>;
      by: (who: string, when: string) => string;
      acknowledge: string;
      /** A change's detail (lib/tasks/changes.ts): a deleted task's old time. */
      was: (span: string) => string;
      /** A task given to another agency (which one is not said). */
      noLongerYours: (span: string) => string;
      /** A coordinator's new note on a status change (the agency's note), or null when it was removed. */
      note: (note: string | null) => string;
      /** "time <old> → <new>" before the other changed fields. */
      time: (times: string) => string;
      /** Names of the fields an edit changed. */
      field: { type: string; covers: string; location: string; note: string };
      /** A task whose type is unknown. */
      task: string;
    };
    /** The planners' list of agencies that have not acknowledged. */
    pending: {
      heading: string;
      allAcknowledged: string;
      agency: string;
      changes: string;
      count: (n: number) => string;
      latestChange: string;
      lastAcknowledged: string;
      never: string;
    };
  };
  /** The administrators' agency, user and assignment pages (./agencies-users.ts). */
  app: AppText;
  /** The domains' refusals (lib/i18n/errors.ts localizeMessage). */
  errors: ErrorsText;
  /** The planners' pages (lib/i18n/planning.ts). */
  planning: PlanningText;
  admin: AdminText;
  /** The administrators' summit pages, the summit switcher and the empty installation (./summits.ts). */
  summits: SummitsText;
  /** The summit days: the operations board, the live record, delays and repairs (./live.ts). */
  ops: LiveText;
  /** Arrivals in protocol order: precedence, entrances, sequences, documents (./arrivals.ts). */
  arrivals: ArrivalsText;
  /** The itinerary's and the task list's newer words: net changes, phone cards, task filters and timeline (./itinerary-tasks.ts). */
  itineraryTasks: ItineraryTasksText;
  /** The planners' venue timeline (./timeline.ts). */
  timeline: TimelineText;
  /** The shared form parts, save confirmations and the bilaterals' suggestions (./forms.ts). */
  forms: FormsText;
  /** The start pages and the main navigation (./start.ts). */
  start: StartText;
  /** The venue pages and their forms (./venues.ts). */
  venues: VenuesText;
  /** The planners' edit forms: item, movement, task, delegation, member, coverage rule (./editors.ts). */
  editors: EditorsText;
  /** The bilateral pages: board, request, detail, slot finder (./bilaterals.ts). */
  bilaterals: BilateralsText;
  /** The conflict engine's explanations (./conflict-phrases.ts). */
  conflictPhrases: ConflictPhrases;
};
