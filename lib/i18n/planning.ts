// The planners' pages in English and Dutch: conflicts, coverage, movements and proposed
// transfers, delegations, the day programme, the password page. Part of the Dictionary
// (./types.ts) as `planning`; kept here, side by side, so the two languages are read and changed
// together. Enum words the exports already have (item kinds, statuses, member functions, task
// types, movement kinds) stay in the main dictionary.
import type { DelegationKind, Visibility } from "@/lib/generated/prisma/enums";

/** The conflict engine's kinds (lib/scheduling's ConflictType), named here without importing it. */
type ConflictKinds = {
  MEMBER_OVERLAP: string;
  SPACE_DOUBLE_BOOKED: string;
  OVER_CAPACITY: string;
  INSUFFICIENT_TRAVEL_TIME: string;
  OUTSIDE_DELEGATION_WINDOW: string;
  TRANSFER_MISALIGNED: string;
  OUTSIDE_OPENING_HOURS: string;
  MISSING_COVERAGE: string;
  ARRIVAL_SEQUENCE: string;
};

/** The proposals page's button (plain strings and functions of numbers, for a client component). */
export type AddProposalsText = {
  addOne: string;
  addMany: (n: number) => string;
  adding: string;
  added: (n: number) => string;
  reason: string;
  addWithReason: string;
};

export type PlanningText = {
  timesIn: (timeZone: string) => string;
  /** The day switcher's navigation. */
  summitDays: string;
  delegationFilter: { label: string; delegation: string; all: string; show: string };
  visibility: Record<Visibility, string>;
  delegationKind: Record<DelegationKind, string>;
  coverageTarget: { ITEM: string; MOVEMENT: string };
  conflicts: {
    title: string;
    subtitle: (shown: number, total: number, hard: number, accepted: number, warnings: number, timeZone: string) => string;
    noMatch: string;
    noMatchHint: string;
    none: string;
    noneHint: string;
    severity: { hard: string; warning: string };
    kind: ConflictKinds;
    list: string;
    affects: string;
    where: string;
    items: string;
    movements: string;
    accepted: (by: string, when: string, reason: string) => string;
    fix: string;
    timeline: string;
    filters: { label: string; all: string; day: string; delegation: string; venue: string; kind: string; severity: string; submit: string; clear: string };
  };
  coverage: {
    title: (day: string) => string;
    subtitle: (timeZone: string) => string;
    showAll: string;
    gapsOnly: string;
    rulesLink: string;
    agencyTasks: string;
    movements: string;
    noGaps: string;
    noGapsHint: (day: string) => string;
    nothingRequired: string;
    nothingRequiredHint: (day: string) => string;
    matrix: string;
    time: string;
    subject: string;
    missing: string;
    uncovered: (periods: string) => string;
    addTask: string;
    addTaskFor: (taskType: string, subject: string) => string;
    notRequired: string;
    required: (n: number) => string;
    gaps: (n: number) => string;
    rules: {
      title: string;
      subtitle: string;
      matrixLink: string;
      none: string;
      noneHint: string;
      list: string;
      rule: string;
      appliesTo: string;
      filters: string;
      needs: string;
      at: (venue: string) => string;
      all: string;
      newRule: string;
      editTitle: string;
    };
  };
  movements: {
    title: (day: string) => string;
    allDelegations: string;
    newMovement: string;
    proposeTransfers: string;
    coverageMatrix: string;
    empty: string;
    emptyHint: (delegation: string | null, day: string) => string;
    list: string;
    time: string;
    movement: string;
    route: string;
    party: string;
    agencyTasks: string;
    flight: (flight: string) => string;
    edit: string;
    editLabel: (kind: string, delegation: string, time: string) => string;
    roadClosure: string;
    staffNote: (note: string) => string;
    none: string;
    newTitle: string;
    editTitle: string;
    proposals: {
      title: string;
      subtitle: string;
      allMovements: string;
      choose: string;
      chooseHint: string;
      nothing: string;
      nothingHint: (delegation: string) => string;
      day: string;
      leaves: string;
      route: string;
      why: string;
      noTravelTime: string;
      after: (item: string) => string;
      from: (place: string) => string;
      for: (item: string) => string;
      to: (place: string) => string;
      eachAdded: (n: number) => string;
      button: AddProposalsText;
    };
  };
  delegations: {
    title: string;
    subtitle: (n: number, timeZone: string) => string;
    delegation: string;
    kind: string;
    members: string;
    hotel: string;
    arrives: string;
    departs: string;
    newDelegation: string;
    editTitle: string;
  };
  programme: {
    title: (day: string) => string;
    newItem: string;
    timeline: string;
    empty: string;
    emptyHint: (day: string) => string;
    noVenue: string;
    time: string;
    item: string;
    space: string;
    kind: string;
    status: string;
    conflicts: (n: number) => string;
    edit: string;
    editLabel: (title: string) => string;
    organisedBy: (organiser: string) => string;
    dressCode: (code: string) => string;
    staffNote: (note: string) => string;
  };
  password: { title: string; reset: string };
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const planningEn: PlanningText = {
  timesIn: (timeZone) => `Times in ${timeZone}`,
  summitDays: "Summit days",
  delegationFilter: { label: "Filter by delegation", delegation: "Delegation", all: "All delegations", show: "Show" },
  visibility: { PUBLIC: "Public", ALL_DELEGATIONS: "All delegations", PARTICIPANTS: "Participants only", STAFF: "Staff only" },
  delegationKind: { ALLY: "ally", PARTNER: "partner", ORGANISATION: "organisation" },
  coverageTarget: { ITEM: "Programme items", MOVEMENT: "Movements" },
  conflicts: {
    title: "Conflicts",
    subtitle: (shown, total, hard, accepted, warnings, timeZone) =>
      `${shown} of ${total} shown · ${hard} hard${accepted ? ` (${accepted} accepted)` : ""}, ${plural(warnings, "warning", "warnings")} · hard first, then by time · times in ${timeZone}`,
    noMatch: "No conflict matches these filters",
    noMatchHint: "Change or clear the filters to see the others.",
    none: "No conflicts",
    noneHint: "Nothing in the programme clashes.",
    severity: { hard: "Hard", warning: "Warning" },
    kind: {
      MEMBER_OVERLAP: "Person in two places",
      SPACE_DOUBLE_BOOKED: "Space double-booked",
      OVER_CAPACITY: "Over capacity",
      INSUFFICIENT_TRAVEL_TIME: "Not enough travel time",
      OUTSIDE_DELEGATION_WINDOW: "Outside arrival–departure",
      TRANSFER_MISALIGNED: "Transfer out of step with its item",
      OUTSIDE_OPENING_HOURS: "Outside opening hours",
      MISSING_COVERAGE: "Agency coverage missing",
      ARRIVAL_SEQUENCE: "Arrival sequence",
    },
    list: "Conflicts",
    affects: "Affects",
    where: "Where",
    items: "Items",
    movements: "Movements",
    accepted: (by, when, reason) => `Accepted by ${by} at ${when}: ${reason}`,
    fix: "Fix:",
    timeline: "timeline",
    filters: { label: "Filter conflicts", all: "All", day: "Day", delegation: "Delegation", venue: "Venue", kind: "Kind", severity: "Severity", submit: "Filter", clear: "Clear filters" },
  },
  coverage: {
    title: (day) => `Coverage · ${day}`,
    subtitle: (timeZone) => `Required agency tasks by the coverage rules · times in ${timeZone}`,
    showAll: "Show everything",
    gapsOnly: "Show gaps only",
    rulesLink: "Coverage rules",
    agencyTasks: "Agency tasks",
    movements: "Movements",
    noGaps: "No gaps",
    noGapsHint: (day) => `Every required task on ${day} is assigned for the whole time it covers.`,
    nothingRequired: "Nothing required",
    nothingRequiredHint: (day) => `No coverage rule applies to anything on ${day}.`,
    matrix: "Coverage matrix",
    time: "Time",
    subject: "Item or movement",
    missing: "Missing",
    uncovered: (periods) => `Uncovered ${periods}`,
    addTask: "Add task",
    addTaskFor: (taskType, subject) => `Add ${taskType.toLowerCase()} for ${subject}`,
    notRequired: "not required",
    required: (n) => plural(n, "required task", "required tasks"),
    gaps: (n) => plural(n, "gap", "gaps"),
    rules: {
      title: "Coverage rules",
      subtitle: "Which items and movements need which agency tasks. Gaps show on the coverage matrix and as conflicts.",
      matrixLink: "Coverage matrix",
      none: "No rules yet",
      noneHint: "Add one below: nothing is required until a rule says so.",
      list: "Rules",
      rule: "Rule",
      appliesTo: "Applies to",
      filters: "Filters",
      needs: "Needs",
      at: (venue) => `at ${venue}`,
      all: "All",
      newRule: "New rule",
      editTitle: "Edit coverage rule",
    },
  },
  movements: {
    title: (day) => `Movements · ${day}`,
    allDelegations: "All delegations",
    newMovement: "New movement",
    proposeTransfers: "Propose transfers",
    coverageMatrix: "Coverage matrix",
    empty: "No movements on this day",
    emptyHint: (delegation, day) => `No arrivals, departures or transfers${delegation ? ` of ${delegation}` : ""} on ${day}.`,
    list: "Movements",
    time: "Time",
    movement: "Movement",
    route: "Route",
    party: "Party",
    agencyTasks: "Agency tasks",
    flight: (flight) => `Flight ${flight}`,
    edit: "Edit",
    editLabel: (kind, delegation, time) => `Edit ${kind.toLowerCase()} of ${delegation} at ${time}`,
    roadClosure: "Road closure needed",
    staffNote: (note) => `Staff note: ${note}`,
    none: "None",
    newTitle: "New movement",
    editTitle: "Edit movement",
    proposals: {
      title: "Proposed transfers",
      subtitle:
        "Where consecutive items of a delegation's principal are at different places, and from the hotel (the airport on the day it lands) and back (the airport on the day it leaves).",
      allMovements: "All movements",
      choose: "Choose a delegation",
      chooseHint: "Its principal's confirmed programme is read to propose the transfers it needs.",
      nothing: "Nothing to add",
      nothingHint: (delegation) => `Every transfer ${delegation}'s programme needs is already planned.`,
      day: "Day",
      leaves: "Leaves",
      route: "Route",
      why: "Why",
      noTravelTime: "No travel time recorded between these places: add one under Venues before adding this transfer.",
      after: (item) => `After ${item}`,
      from: (place) => `From ${place}`,
      for: (item) => `for ${item}`,
      to: (place) => `to ${place}`,
      eachAdded: (n) => `Each is added as a transfer of ${n} people; edit them afterwards on the movements page.`,
      button: {
        addOne: "Add this transfer",
        addMany: (n) => `Add these ${n} transfers`,
        adding: "Adding…",
        added: (n) => `Added ${plural(n, "transfer", "transfers")}.`,
        reason: "Reason to add them despite the hard conflict",
        addWithReason: "Add with this reason",
      },
    },
  },
  delegations: {
    title: "Delegations",
    subtitle: (n, timeZone) => `${plural(n, "delegation", "delegations")} · times in ${timeZone}`,
    delegation: "Delegation",
    kind: "Kind",
    members: "Members",
    hotel: "Hotel",
    arrives: "Arrives",
    departs: "Departs",
    newDelegation: "New delegation",
    editTitle: "Edit delegation",
  },
  programme: {
    title: (day) => `Programme · ${day}`,
    newItem: "New item",
    timeline: "Timeline",
    empty: "Nothing on this day",
    emptyHint: (day) => `No programme items you may see are planned for ${day}.`,
    noVenue: "No venue set",
    time: "Time",
    item: "Item",
    space: "Space",
    kind: "Kind",
    status: "Status",
    conflicts: (n) => plural(n, "conflict", "conflicts"),
    edit: "Edit",
    editLabel: (title) => `Edit ${title}`,
    organisedBy: (organiser) => `Organised by ${organiser}`,
    dressCode: (code) => `Dress code: ${code}`,
    staffNote: (note) => `Staff note: ${note}`,
  },
  password: {
    title: "Choose a new password",
    reset: "Your password was reset by an administrator. Choose your own before you continue.",
  },
};

export const planningNl: PlanningText = {
  timesIn: (timeZone) => `Tijden in ${timeZone}`,
  summitDays: "Topdagen",
  delegationFilter: { label: "Filteren op delegatie", delegation: "Delegatie", all: "Alle delegaties", show: "Tonen" },
  visibility: { PUBLIC: "Openbaar", ALL_DELEGATIONS: "Alle delegaties", PARTICIPANTS: "Alleen deelnemers", STAFF: "Alleen staf" },
  delegationKind: { ALLY: "bondgenoot", PARTNER: "partner", ORGANISATION: "organisatie" },
  coverageTarget: { ITEM: "Programmaonderdelen", MOVEMENT: "Verplaatsingen" },
  conflicts: {
    title: "Conflicten",
    subtitle: (shown, total, hard, accepted, warnings, timeZone) =>
      `${shown} van ${total} getoond · ${hard} hard${accepted ? ` (${accepted} geaccepteerd)` : ""}, ${plural(warnings, "waarschuwing", "waarschuwingen")} · harde eerst, dan op tijd · tijden in ${timeZone}`,
    noMatch: "Geen conflict past bij deze filters",
    noMatchHint: "Wijzig of wis de filters om de andere te zien.",
    none: "Geen conflicten",
    noneHint: "Niets in het programma botst.",
    severity: { hard: "Hard", warning: "Waarschuwing" },
    kind: {
      MEMBER_OVERLAP: "Persoon op twee plaatsen",
      SPACE_DOUBLE_BOOKED: "Ruimte dubbel geboekt",
      OVER_CAPACITY: "Boven capaciteit",
      INSUFFICIENT_TRAVEL_TIME: "Te weinig reistijd",
      OUTSIDE_DELEGATION_WINDOW: "Buiten aankomst–vertrek",
      TRANSFER_MISALIGNED: "Verplaatsing sluit niet aan op haar onderdeel",
      OUTSIDE_OPENING_HOURS: "Buiten openingstijden",
      MISSING_COVERAGE: "Dekking door diensten ontbreekt",
      ARRIVAL_SEQUENCE: "Volgorde van aankomst",
    },
    list: "Conflicten",
    affects: "Betreft",
    where: "Waar",
    items: "Onderdelen",
    movements: "Verplaatsingen",
    accepted: (by, when, reason) => `Geaccepteerd door ${by} op ${when}: ${reason}`,
    fix: "Oplossen:",
    timeline: "tijdlijn",
    filters: { label: "Conflicten filteren", all: "Alle", day: "Dag", delegation: "Delegatie", venue: "Locatie", kind: "Soort", severity: "Ernst", submit: "Filteren", clear: "Filters wissen" },
  },
  coverage: {
    title: (day) => `Dekking · ${day}`,
    subtitle: (timeZone) => `Vereiste taken van diensten volgens de dekkingsregels · tijden in ${timeZone}`,
    showAll: "Alles tonen",
    gapsOnly: "Alleen gaten tonen",
    rulesLink: "Dekkingsregels",
    agencyTasks: "Taken van diensten",
    movements: "Verplaatsingen",
    noGaps: "Geen gaten",
    noGapsHint: (day) => `Elke vereiste taak op ${day} is toegewezen voor de hele tijd die ze dekt.`,
    nothingRequired: "Niets vereist",
    nothingRequiredHint: (day) => `Geen dekkingsregel geldt voor iets op ${day}.`,
    matrix: "Dekkingsoverzicht",
    time: "Tijd",
    subject: "Onderdeel of verplaatsing",
    missing: "Ontbreekt",
    uncovered: (periods) => `Niet gedekt ${periods}`,
    addTask: "Taak toevoegen",
    addTaskFor: (taskType, subject) => `${taskType} toevoegen voor ${subject}`,
    notRequired: "niet vereist",
    required: (n) => plural(n, "vereiste taak", "vereiste taken"),
    gaps: (n) => plural(n, "gat", "gaten"),
    rules: {
      title: "Dekkingsregels",
      subtitle: "Welke onderdelen en verplaatsingen welke taken van diensten nodig hebben. Gaten staan in het dekkingsoverzicht en bij de conflicten.",
      matrixLink: "Dekkingsoverzicht",
      none: "Nog geen regels",
      noneHint: "Voeg er hieronder een toe: niets is vereist tot een regel dat zegt.",
      list: "Regels",
      rule: "Regel",
      appliesTo: "Geldt voor",
      filters: "Filters",
      needs: "Vereist",
      at: (venue) => `in ${venue}`,
      all: "Alle",
      newRule: "Nieuwe regel",
      editTitle: "Dekkingsregel bewerken",
    },
  },
  movements: {
    title: (day) => `Verplaatsingen · ${day}`,
    allDelegations: "Alle delegaties",
    newMovement: "Nieuwe verplaatsing",
    proposeTransfers: "Vervoer voorstellen",
    coverageMatrix: "Dekkingsoverzicht",
    empty: "Geen verplaatsingen op deze dag",
    emptyHint: (delegation, day) => `Geen aankomsten, vertrekken of overbrengingen${delegation ? ` van ${delegation}` : ""} op ${day}.`,
    list: "Verplaatsingen",
    time: "Tijd",
    movement: "Verplaatsing",
    route: "Route",
    party: "Groep",
    agencyTasks: "Taken van diensten",
    flight: (flight) => `Vlucht ${flight}`,
    edit: "Bewerken",
    editLabel: (kind, delegation, time) => `${kind} van ${delegation} om ${time} bewerken`,
    roadClosure: "Wegafsluiting nodig",
    staffNote: (note) => `Notitie voor de staf: ${note}`,
    none: "Geen",
    newTitle: "Nieuwe verplaatsing",
    editTitle: "Verplaatsing bewerken",
    proposals: {
      title: "Voorgesteld vervoer",
      subtitle:
        "Waar opeenvolgende onderdelen van de leider van een delegatie op verschillende plaatsen zijn, en vanaf het hotel (de luchthaven op de dag van aankomst) en terug (de luchthaven op de dag van vertrek).",
      allMovements: "Alle verplaatsingen",
      choose: "Kies een delegatie",
      chooseHint: "Het bevestigde programma van haar leider wordt gelezen om het benodigde vervoer voor te stellen.",
      nothing: "Niets toe te voegen",
      nothingHint: (delegation) => `Al het vervoer dat het programma van ${delegation} nodig heeft, is al gepland.`,
      day: "Dag",
      leaves: "Vertrekt",
      route: "Route",
      why: "Waarom",
      noTravelTime: "Geen reistijd vastgelegd tussen deze plaatsen: voeg er een toe bij Locaties voordat u dit vervoer toevoegt.",
      after: (item) => `Na ${item}`,
      from: (place) => `Vanaf ${place}`,
      for: (item) => `voor ${item}`,
      to: (place) => `naar ${place}`,
      eachAdded: (n) => `Elk wordt toegevoegd als vervoer van ${n} personen; bewerk ze daarna op de pagina met verplaatsingen.`,
      button: {
        addOne: "Dit vervoer toevoegen",
        addMany: (n) => `Deze ${n} ritten toevoegen`,
        adding: "Bezig met toevoegen…",
        added: (n) => `${plural(n, "rit", "ritten")} toegevoegd.`,
        reason: "Reden om ze ondanks het harde conflict toe te voegen",
        addWithReason: "Met deze reden toevoegen",
      },
    },
  },
  delegations: {
    title: "Delegaties",
    subtitle: (n, timeZone) => `${plural(n, "delegatie", "delegaties")} · tijden in ${timeZone}`,
    delegation: "Delegatie",
    kind: "Soort",
    members: "Leden",
    hotel: "Hotel",
    arrives: "Aankomst",
    departs: "Vertrek",
    newDelegation: "Nieuwe delegatie",
    editTitle: "Delegatie bewerken",
  },
  programme: {
    title: (day) => `Programma · ${day}`,
    newItem: "Nieuw onderdeel",
    timeline: "Tijdlijn",
    empty: "Niets op deze dag",
    emptyHint: (day) => `Er zijn geen programmaonderdelen die u mag zien gepland op ${day}.`,
    noVenue: "Geen locatie ingesteld",
    time: "Tijd",
    item: "Onderdeel",
    space: "Ruimte",
    kind: "Soort",
    status: "Status",
    conflicts: (n) => plural(n, "conflict", "conflicten"),
    edit: "Bewerken",
    editLabel: (title) => `${title} bewerken`,
    organisedBy: (organiser) => `Georganiseerd door ${organiser}`,
    dressCode: (code) => `Kledingvoorschrift: ${code}`,
    staffNote: (note) => `Notitie voor de staf: ${note}`,
  },
  password: {
    title: "Kies een nieuw wachtwoord",
    reset: "Uw wachtwoord is door een beheerder opnieuw ingesteld. Kies uw eigen wachtwoord voordat u verdergaat.",
  },
};
