// The words of the summit days: the operations board, the live record of items and movements,
// a delay's proposal and the repair suggestions, in English and Dutch. Part of the Dictionary
// (./types.ts) as `live`; kept here, side by side, so the two languages are read and changed together.
import type { ItemLiveState, MovementLiveState } from "@/lib/generated/prisma/enums";

/** The words a client component needs (plain strings and functions). */
export type LiveFormText = {
  status: string;
  itemState: Record<ItemLiveState, string>;
  movementState: Record<MovementLiveState, string>;
  lateMinutes: string;
  actualStart: string;
  actualEnd: string;
  departedAt: string;
  arrivedAt: string;
  note: string;
  notePlaceholder: string;
  save: string;
  saving: string;
  saved: string;
  markDeparted: string;
  markArrived: string;
  declareTitle: string;
  minutes: string;
  direction: string;
  later: string;
  earlier: string;
  mode: string;
  modeShift: string;
  modeOverrun: string;
  propose: string;
  proposing: string;
  proposalTitle: string;
  include: string;
  what: string;
  by: string;
  from: string;
  to: string;
  followsLabel: (title: string) => string;
  minutesShort: (n: number) => string;
  kind: Record<"item" | "session" | "transfer" | "movement" | "task", string>;
  conflictsLeft: string;
  noConflictsLeft: string;
  hard: string;
  warning: string;
  affectedDelegations: string;
  affectedAgencies: string;
  none: string;
  refusals: string;
  reason: string;
  reasonPlaceholder: string;
  /** Under the reason: who reads it (the affected liaisons and agencies see it in their change lists). */
  reasonHint: string;
  apply: string;
  applying: string;
  applied: (n: number) => string;
  update: string;
  repairsTitle: string;
  repairsNone: string;
  repairKind: Record<"slot" | "room" | "shift", string>;
  disturbs: (delegations: number, agencies: number) => string;
  takeRepair: string;
  repairTaken: string;
  checkFields: string;
};

export type LiveText = {
  form: LiveFormText;
  board: {
    metaTitle: string;
    title: string;
    clock: string;
    demoClock: (when: string) => string;
    refreshes: string;
    now: string;
    next: string;
    nothingNow: string;
    nothingNext: string;
    venuesTitle: string;
    noVenues: string;
    lateTitle: string;
    noneLate: string;
    late: (minutes: number) => string;
    roadTitle: string;
    noneOnRoad: string;
    departed: string;
    expected: string;
    dueTitle: string;
    noneDue: string;
    due: string;
    conflictsTitle: string;
    noConflicts: string;
    conflictCount: (n: number) => string;
    agenciesTitle: string;
    allAcknowledged: string;
    changes: (n: number) => string;
    lastAcknowledged: (when: string) => string;
    neverAcknowledged: string;
    record: string;
    recordPage: string;
    allConflicts: string;
  };
  record: {
    metaTitle: string;
    title: string;
    intro: string;
    itemsTitle: string;
    movementsTitle: string;
    noMovements: string;
    noItems: string;
    open: string;
    planned: string;
    itemTitle: string;
    movementTitle: string;
    lastRecorded: (who: string, when: string) => string;
    back: string;
    day: string;
    show: string;
  };
  repair: {
    metaTitle: string;
    title: string;
    change: (who: string, when: string, reason: string) => string;
    nothingLeft: string;
  };
  /** An applied live change as one entry of a change list, and the live state a task's movement shows. */
  changes: {
    applied: Record<"delay" | "repair" | "replan" | "other", string>;
    /** "12 tasks" / "3 rows". */
    tasks: (n: number) => string;
    /** "+20 min", "−15 min". */
    shift: (minutes: number) => string;
    departed: (time: string) => string;
    arrived: (time: string) => string;
  };
};

const minutesEn = (n: number) => `${n} min`;
const minutesNl = (n: number) => `${n} min.`;

export const liveEn: LiveText = {
  form: {
    status: "Status",
    itemState: { SCHEDULED: "Scheduled", UNDER_WAY: "Under way", RUNNING_LATE: "Running late", ENDED: "Ended", CANCELLED: "Cancelled" },
    movementState: { SCHEDULED: "Scheduled", DEPARTED: "Departed", ARRIVED: "Arrived" },
    lateMinutes: "Minutes late",
    actualStart: "Actual start",
    actualEnd: "Actual end",
    departedAt: "Departed at",
    arrivedAt: "Arrived at",
    note: "Note",
    notePlaceholder: "e.g. stuck at A12 junction",
    save: "Record",
    saving: "Recording…",
    saved: "Recorded.",
    markDeparted: "Mark departed",
    markArrived: "Mark arrived",
    declareTitle: "Declare a delay",
    minutes: "Minutes",
    direction: "Direction",
    later: "Later",
    earlier: "Earlier",
    mode: "What moves",
    modeShift: "The whole item (starts later)",
    modeOverrun: "Only its end (it overruns)",
    propose: "Show what would change",
    proposing: "Working it out…",
    proposalTitle: "Proposal — nothing is written until you apply it",
    include: "Include",
    what: "What",
    by: "Moves by (min)",
    from: "From",
    to: "To",
    followsLabel: (title) => `follows ${title}`,
    minutesShort: minutesEn,
    kind: { item: "Item", session: "Session", transfer: "Transfer", movement: "Movement", task: "Agency task" },
    conflictsLeft: "Conflicts that would remain",
    noConflictsLeft: "No conflict would remain.",
    hard: "Hard",
    warning: "Warning",
    affectedDelegations: "Delegations affected",
    affectedAgencies: "Agencies affected",
    none: "None",
    refusals: "Cannot be applied as it stands",
    reason: "Reason (recorded with the change)",
    reasonPlaceholder: "e.g. the King's speech runs long",
    reasonHint: "The liaisons and agencies the change affects read this reason: name no meeting they may not know of.",
    apply: "Apply as one change",
    applying: "Applying…",
    applied: (n) => `Applied: ${n} row${n === 1 ? "" : "s"} moved as one change.`,
    update: "Update the proposal",
    repairsTitle: "Repair suggestions",
    repairsNone: "No small set of moves clears the hard conflicts; change the plan by hand.",
    repairKind: { slot: "Next free slot", room: "Another room", shift: "Shift the transfer" },
    disturbs: (d, a) => `disturbs ${d} delegation${d === 1 ? "" : "s"} and ${a} agenc${a === 1 ? "y" : "ies"}`,
    takeRepair: "Take this repair",
    repairTaken: "Repair added to the proposal.",
    checkFields: "Check the highlighted fields.",
  },
  board: {
    metaTitle: "Operations",
    title: "Operations",
    clock: "Summit time",
    demoClock: (when) => `Demo clock: as if it were ${when}`,
    refreshes: "Refreshes every 30 seconds.",
    now: "Now",
    next: "Next",
    nothingNow: "Nothing now",
    nothingNext: "Nothing next",
    venuesTitle: "Now and next, per venue",
    noVenues: "Nothing on at any venue for the rest of the day.",
    lateTitle: "Running late",
    noneLate: "Nothing is running late.",
    late: (m) => `+${m} min`,
    roadTitle: "On the road",
    noneOnRoad: "No motorcade is on the road.",
    departed: "departed",
    expected: "expected",
    dueTitle: "Due to leave",
    noneDue: "No motorcade is overdue to leave.",
    due: "due",
    conflictsTitle: "Open hard conflicts",
    noConflicts: "No open hard conflict.",
    conflictCount: (n) => `${n} open`,
    agenciesTitle: "Agencies that have not acknowledged the latest changes",
    allAcknowledged: "Every agency has acknowledged.",
    changes: (n) => `${n} change${n === 1 ? "" : "s"}`,
    lastAcknowledged: (when) => `last acknowledged ${when}`,
    neverAcknowledged: "never acknowledged",
    record: "Record",
    recordPage: "Record status and delays",
    allConflicts: "All conflicts",
  },
  record: {
    metaTitle: "Live record",
    title: "On the day",
    intro: "Record what is happening: items under way, running late or ended; motorcades departed and arrived.",
    itemsTitle: "Items",
    movementsTitle: "Movements",
    noMovements: "No movement of yours on this day.",
    noItems: "No item on this day.",
    open: "Open",
    planned: "Planned",
    itemTitle: "Item on the day",
    movementTitle: "Movement on the day",
    lastRecorded: (who, when) => `Last recorded by ${who} at ${when}.`,
    back: "Back to the day",
    day: "Day",
    show: "Show",
  },
  repair: {
    metaTitle: "Repairs",
    title: "Repair what the change left",
    change: (who, when, reason) => `Change by ${who} at ${when}: ${reason}`,
    nothingLeft: "The change left no open hard conflict.",
  },
  changes: {
    applied: { delay: "Delay applied", repair: "Repair applied", replan: "Arrivals re-planned", other: "Change applied" },
    tasks: (n) => (n === 1 ? "1 task" : `${n} tasks`),
    shift: (m) => `${m < 0 ? "−" : "+"}${Math.abs(m)} min`,
    departed: (time) => `departed ${time}`,
    arrived: (time) => `arrived ${time}`,
  },
};

export const liveNl: LiveText = {
  form: {
    status: "Status",
    itemState: { SCHEDULED: "Gepland", UNDER_WAY: "Bezig", RUNNING_LATE: "Loopt uit", ENDED: "Afgelopen", CANCELLED: "Geschrapt" },
    movementState: { SCHEDULED: "Gepland", DEPARTED: "Vertrokken", ARRIVED: "Aangekomen" },
    lateMinutes: "Minuten te laat",
    actualStart: "Werkelijke start",
    actualEnd: "Werkelijk einde",
    departedAt: "Vertrokken om",
    arrivedAt: "Aangekomen om",
    note: "Notitie",
    notePlaceholder: "bijv. vast bij knooppunt A12",
    save: "Vastleggen",
    saving: "Bezig met vastleggen…",
    saved: "Vastgelegd.",
    markDeparted: "Meld vertrokken",
    markArrived: "Meld aangekomen",
    declareTitle: "Vertraging melden",
    minutes: "Minuten",
    direction: "Richting",
    later: "Later",
    earlier: "Eerder",
    mode: "Wat schuift",
    modeShift: "Het hele onderdeel (begint later)",
    modeOverrun: "Alleen het einde (loopt uit)",
    propose: "Toon wat er verandert",
    proposing: "Bezig met uitrekenen…",
    proposalTitle: "Voorstel — er wordt niets opgeslagen tot u het toepast",
    include: "Meenemen",
    what: "Wat",
    by: "Schuift (min.)",
    from: "Van",
    to: "Naar",
    followsLabel: (title) => `volgt ${title}`,
    minutesShort: minutesNl,
    kind: { item: "Onderdeel", session: "Sessie", transfer: "Transfer", movement: "Verplaatsing", task: "Taak van een dienst" },
    conflictsLeft: "Conflicten die blijven",
    noConflictsLeft: "Er blijft geen conflict over.",
    hard: "Hard",
    warning: "Waarschuwing",
    affectedDelegations: "Geraakte delegaties",
    affectedAgencies: "Geraakte diensten",
    none: "Geen",
    refusals: "Kan zo niet worden toegepast",
    reason: "Reden (vastgelegd bij de wijziging)",
    reasonPlaceholder: "bijv. de toespraak van de Koning loopt uit",
    reasonHint: "De verbindingsofficieren en diensten die de wijziging raakt, lezen deze reden: noem geen overleg dat zij niet mogen kennen.",
    apply: "Toepassen als één wijziging",
    applying: "Bezig met toepassen…",
    applied: (n) => `Toegepast: ${n} ${n === 1 ? "regel" : "regels"} verschoven als één wijziging.`,
    update: "Voorstel bijwerken",
    repairsTitle: "Voorstellen om te herstellen",
    repairsNone: "Geen kleine reeks verschuivingen lost de harde conflicten op; pas het plan met de hand aan.",
    repairKind: { slot: "Eerstvolgende vrije tijd", room: "Andere zaal", shift: "Transfer verschuiven" },
    disturbs: (d, a) => `raakt ${d} ${d === 1 ? "delegatie" : "delegaties"} en ${a} ${a === 1 ? "dienst" : "diensten"}`,
    takeRepair: "Neem dit herstel over",
    repairTaken: "Herstel aan het voorstel toegevoegd.",
    checkFields: "Controleer de gemarkeerde velden.",
  },
  board: {
    metaTitle: "Operaties",
    title: "Operaties",
    clock: "Tijd van de top",
    demoClock: (when) => `Demoklok: alsof het ${when} is`,
    refreshes: "Ververst elke 30 seconden.",
    now: "Nu",
    next: "Hierna",
    nothingNow: "Nu niets",
    nothingNext: "Hierna niets",
    venuesTitle: "Nu en hierna, per locatie",
    noVenues: "Op geen enkele locatie staat vandaag nog iets.",
    lateTitle: "Loopt uit",
    noneLate: "Niets loopt uit.",
    late: (m) => `+${m} min.`,
    roadTitle: "Onderweg",
    noneOnRoad: "Geen colonne onderweg.",
    departed: "vertrokken",
    expected: "verwacht",
    dueTitle: "Had moeten vertrekken",
    noneDue: "Geen colonne te laat voor vertrek.",
    due: "gepland",
    conflictsTitle: "Open harde conflicten",
    noConflicts: "Geen open hard conflict.",
    conflictCount: (n) => `${n} open`,
    agenciesTitle: "Diensten die de laatste wijzigingen niet hebben bevestigd",
    allAcknowledged: "Alle diensten hebben bevestigd.",
    changes: (n) => `${n} ${n === 1 ? "wijziging" : "wijzigingen"}`,
    lastAcknowledged: (when) => `laatst bevestigd ${when}`,
    neverAcknowledged: "nooit bevestigd",
    record: "Vastleggen",
    recordPage: "Status en vertragingen vastleggen",
    allConflicts: "Alle conflicten",
  },
  record: {
    metaTitle: "Live vastleggen",
    title: "Op de dag zelf",
    intro: "Leg vast wat er gebeurt: onderdelen bezig, uitlopend of afgelopen; colonnes vertrokken en aangekomen.",
    itemsTitle: "Onderdelen",
    movementsTitle: "Verplaatsingen",
    noMovements: "Geen verplaatsing van uw dienst op deze dag.",
    noItems: "Geen onderdeel op deze dag.",
    open: "Openen",
    planned: "Gepland",
    itemTitle: "Onderdeel op de dag",
    movementTitle: "Verplaatsing op de dag",
    lastRecorded: (who, when) => `Laatst vastgelegd door ${who} om ${when}.`,
    back: "Terug naar de dag",
    day: "Dag",
    show: "Toon",
  },
  repair: {
    metaTitle: "Herstel",
    title: "Herstel wat de wijziging achterliet",
    change: (who, when, reason) => `Wijziging door ${who} om ${when}: ${reason}`,
    nothingLeft: "De wijziging liet geen open hard conflict achter.",
  },
  changes: {
    applied: { delay: "Vertraging doorgevoerd", repair: "Herstel doorgevoerd", replan: "Aankomsten herschikt", other: "Wijziging doorgevoerd" },
    tasks: (n) => (n === 1 ? "1 taak" : `${n} taken`),
    shift: (m) => `${m < 0 ? "−" : "+"}${Math.abs(m)} min`,
    departed: (time) => `vertrokken ${time}`,
    arrived: (time) => `aangekomen ${time}`,
  },
};
