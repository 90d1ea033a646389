// The planners' edit forms in English and Dutch: the programme item (with what saving would do and
// its cancelling), the movement, the agency task, the delegation and its members, the coverage
// rule, and the pages that hold them. Part of the Dictionary (./types.ts) as `editors`; kept here,
// side by side, so the two languages are read and changed together.
//
// Everything is a plain string, as the forms are client components: a phrase with a name or a
// number in it holds a placeholder ("{n}", "{name}") that `fillIn` (./forms.ts) replaces.
import type { DelegationKind, ItemKind, ItemStatus, MemberFunction, MovementKind, TaskType, Visibility } from "@/lib/generated/prisma/enums";

/** Words several forms share. */
export type EditorCommonText = {
  choose: string;
  none: string;
  any: string;
  saving: string;
  save: string;
  staffNotes: string;
  /** Hint of a staff note the agencies never see. */
  neverShownToAgencies: string;
  /** A save refused for a hard conflict: the written reason that accepts it. */
  reason: string;
  reasonHint: string;
  /** The level of a party in a motorcade or a rule's filter: its principal's function. */
  principalLevel: string;
  principalLevels: Record<MemberFunction, string>;
};

export type ItemFormText = {
  newLabel: string;
  editLabel: string;
  reload: string;
  title: string;
  kind: string;
  status: string;
  visibleTo: string;
  day: string;
  start: string;
  end: string;
  endsNextDay: string;
  space: string;
  noSpace: string;
  partOf: string;
  notPartOf: string;
  organiser: string;
  dressCode: string;
  description: string;
  staffNotesHint: string;
  overrideHeading: string;
  overrideButton: string;
  saveChanges: string;
  create: string;
};

/** Everything the item form says, gathered from the dictionary by the page (lib/programme/labels.ts). */
export type ItemFormWords = {
  common: EditorCommonText;
  item: ItemFormText;
  preview: SavePreviewText;
  kinds: Record<ItemKind, string>;
  statuses: Record<ItemStatus, string>;
  visibility: Record<Visibility, string>;
  severity: { hard: string; warning: string };
};

/** The movement form's words with the movement kinds. */
export type MovementFormWords = { common: EditorCommonText; movement: MovementFormText; kinds: Record<MovementKind, string> };
/** The task form's words with the task types. */
export type TaskFormWords = { common: EditorCommonText; task: TaskFormText; types: Record<TaskType, string> };
/** The delegation form's words with the delegation kinds. */
export type DelegationFormWords = { common: EditorCommonText; delegation: DelegationFormText; kinds: Record<DelegationKind, string> };
/** The member form's words with the member functions. */
export type MemberFormWords = { common: EditorCommonText; member: MemberFormText; functions: Record<MemberFunction, string> };
/** The coverage rule form's words with the kinds and task types it filters on. */
export type RuleFormWords = {
  common: EditorCommonText;
  rule: RuleFormText;
  itemKinds: Record<ItemKind, string>;
  movementKinds: Record<MovementKind, string>;
  taskTypes: Record<TaskType, string>;
};

/** What saving the item would do (components/programme/save-preview.tsx). */
export type SavePreviewText = {
  heading: string;
  idle: string;
  checking: string;
  oneSession: string;
  /** "{n} sessions" */
  sessions: string;
  oneTransfer: string;
  /** "{n} transfers" */
  transfers: string;
  /** Joins the two counts: "2 sessions and 25 transfers". */
  and: string;
  /** "{what} moves with it (its agency tasks too)": one session or transfer. */
  followerMoves: string;
  /** "{what} move with it (their agency tasks too)": more than one. */
  followersMove: string;
  followersLabel: string;
  session: string;
  nothingMoves: string;
  oneConflict: string;
  /** "It would be left in {n} conflicts:" */
  conflicts: string;
  conflictsLabel: string;
  /** " — accepted by {name}: {reason}" */
  accepted: string;
  noConflicts: string;
  /** "Saving would be refused: {reason}" */
  refused: string;
  blocked: string;
};

export type CancelItemText = {
  explain: string;
  cancelling: string;
  yes: string;
  keep: string;
  start: string;
};

export type MovementFormText = {
  delegation: string;
  kind: string;
  airport: string;
  from: string;
  to: string;
  flight: string;
  leavesFromItem: string;
  leavesFromItemHint: string;
  goesToItem: string;
  goesToItemHint: string;
  lands: string;
  takesOff: string;
  leaves: string;
  endsOptional: string;
  partySize: string;
  routeNote: string;
  roadClosure: string;
  overrideHeading: string;
  overrideButton: string;
  save: string;
  create: string;
  remove: string;
  removeConfirm: string;
};

export type TaskFormText = {
  agency: string;
  covers: string;
  items: string;
  movements: string;
  type: string;
  starts: string;
  startsHint: string;
  ends: string;
  location: string;
  note: string;
  agencyNote: string;
  agencyNoteHint: string;
  save: string;
  create: string;
  remove: string;
  removeConfirm: string;
};

export type DelegationFormText = {
  code: string;
  name: string;
  kind: string;
  homeTimeZone: string;
  homeTimeZoneHint: string;
  hotel: string;
  /** "Arrives ({zone})" */
  arrives: string;
  /** "Departs ({zone})" */
  departs: string;
  save: string;
  create: string;
};

export type MemberFormText = {
  /** "Edit {name}" */
  editLabel: string;
  addLabel: string;
  title: string;
  personalName: string;
  function: string;
  precedence: string;
  add: string;
};

export type RuleFormText = {
  appliesTo: string;
  items: string;
  movements: string;
  itemKind: string;
  movementKind: string;
  at: string;
  fromOrTo: string;
  anywhere: string;
  attendedBy: string;
  anyone: string;
  needs: string;
  inWords: string;
  added: string;
  save: string;
  add: string;
  remove: string;
  removeConfirm: string;
};

/** The pages around the forms. */
export type EditorPagesText = {
  newItem: string;
  editItem: string;
  newTask: string;
  editTask: string;
  /** The new task's subtitle: "Choose what it covers on {day}". */
  chooseSubject: (day: string) => string;
  /** The item's edit page around the form. */
  item: {
    nav: string;
    timelineOfDay: string;
    history: string;
    conflicts: string;
    cancelled: string;
    cancelledHint: string;
    noConflicts: string;
    noConflictsHint: string;
    details: string;
    transfers: string;
    noTransfers: string;
    transfersHint: string;
    arrivesBefore: string;
    leavesWhen: string;
    cancel: string;
  };
  /** The item's history page. */
  history: {
    metaTitle: string;
    title: (item: string) => string;
    edit: string;
    none: string;
    noneHint: string;
    when: string;
    who: string;
    what: string;
    changes: string;
    unchanged: string;
    action: { create: string; update: string; move: string; cancel: string };
    /** The names of the fields a change lists (lib/programme/history.ts). */
    fields: { title: string; kind: string; status: string; visibility: string; start: string; end: string; space: string; delegations: string; members: string };
    nothing: string;
    removedSpace: string;
    removed: string;
  };
};

export type EditorsText = {
  common: EditorCommonText;
  item: ItemFormText;
  preview: SavePreviewText;
  cancelItem: CancelItemText;
  movement: MovementFormText;
  task: TaskFormText;
  delegation: DelegationFormText;
  member: MemberFormText;
  rule: RuleFormText;
  pages: EditorPagesText;
};

export const editorsEn: EditorsText = {
  common: {
    choose: "Choose…",
    none: "None",
    any: "Any",
    saving: "Saving…",
    save: "Save",
    staffNotes: "Staff notes",
    neverShownToAgencies: "Never shown to agencies.",
    reason: "Reason to accept it",
    reasonHint: "Recorded with your name and shown on the conflict.",
    principalLevel: "Principal level",
    principalLevels: {
      HEAD_OF_STATE_OR_GOVERNMENT: "Head of state or government",
      FOREIGN_MINISTER: "Foreign minister",
      DEFENCE_MINISTER: "Defence minister",
      SHERPA: "Sherpa",
      INTERPRETER: "Interpreter",
      SECURITY: "Security",
      OTHER: "Other",
    },
  },
  item: {
    newLabel: "New item",
    editLabel: "Edit item",
    reload: "Reload the latest version",
    title: "Title",
    kind: "Kind",
    status: "Status",
    visibleTo: "Visible to",
    day: "Day",
    start: "Start",
    end: "End",
    endsNextDay: "Ends the next day",
    space: "Space",
    noSpace: "No space",
    partOf: "Part of",
    notPartOf: "Not part of a side event",
    organiser: "Organiser",
    dressCode: "Dress code",
    description: "Description",
    staffNotesHint: "Never shown to liaisons, agencies or viewers.",
    overrideHeading: "Confirm despite the hard conflict?",
    overrideButton: "Confirm with this reason",
    saveChanges: "Save changes",
    create: "Create item",
  },
  preview: {
    heading: "If you save",
    idle: "Change the time, place, status or participants to see what follows.",
    checking: "Checking…",
    oneSession: "1 session",
    sessions: "{n} sessions",
    oneTransfer: "1 transfer",
    transfers: "{n} transfers",
    and: " and ",
    followerMoves: "{what} moves with it (its agency tasks too)",
    followersMove: "{what} move with it (their agency tasks too)",
    followersLabel: "What moves with the item",
    session: "Session",
    nothingMoves: "Nothing moves with it.",
    oneConflict: "It would be left in 1 conflict:",
    conflicts: "It would be left in {n} conflicts:",
    conflictsLabel: "Conflicts after saving",
    accepted: " — accepted by {name}: {reason}",
    noConflicts: "No conflicts.",
    refused: "Saving would be refused: {reason}",
    blocked: "Saving as Confirmed would be refused: a hard conflict stops Confirmed. Save as draft, change the plan, or confirm with a written reason below.",
  },
  cancelItem: {
    explain: "The item stays in the programme, marked cancelled.",
    cancelling: "Cancelling…",
    yes: "Yes, cancel the item",
    keep: "Keep it",
    start: "Cancel this item…",
  },
  movement: {
    delegation: "Delegation",
    kind: "Kind",
    airport: "Airport",
    from: "From",
    to: "To",
    flight: "Flight",
    leavesFromItem: "Leaves from item",
    leavesFromItemHint: "The transfer leaves as it ends, and follows it when it moves.",
    goesToItem: "Goes to item",
    goesToItemHint: "The transfer arrives before it starts, and follows it when it moves.",
    lands: "Lands",
    takesOff: "Takes off",
    leaves: "Leaves",
    endsOptional: "Ends (optional)",
    partySize: "Party size",
    routeNote: "Route note",
    roadClosure: "Road closure needed",
    overrideHeading: "Save despite the hard conflict?",
    overrideButton: "Save with this reason",
    save: "Save movement",
    create: "Create movement",
    remove: "Delete movement",
    removeConfirm: "Delete this movement?",
  },
  task: {
    agency: "Agency",
    covers: "Covers",
    items: "Programme items",
    movements: "Movements",
    type: "Type",
    starts: "Starts",
    startsHint: "Summit time.",
    ends: "Ends",
    location: "Location",
    note: "Note for the agency",
    agencyNote: "Note from the agency",
    agencyNoteHint: "Written by the agency with its status; read-only here.",
    save: "Save task",
    create: "Create task",
    remove: "Delete task",
    removeConfirm: "Delete this task?",
  },
  delegation: {
    code: "Code",
    name: "Name",
    kind: "Kind",
    homeTimeZone: "Home time zone",
    homeTimeZoneHint: "e.g. America/New_York; shown beside summit times",
    hotel: "Hotel",
    arrives: "Arrives ({zone})",
    departs: "Departs ({zone})",
    save: "Save delegation",
    create: "Create delegation",
  },
  member: {
    editLabel: "Edit {name}",
    addLabel: "Add a member",
    title: "Title",
    personalName: "Personal name",
    function: "Function",
    precedence: "Precedence",
    add: "Add member",
  },
  rule: {
    appliesTo: "Applies to",
    items: "Programme items",
    movements: "Movements",
    itemKind: "Item kind",
    movementKind: "Movement kind",
    at: "At",
    fromOrTo: "From or to",
    anywhere: "Anywhere",
    attendedBy: "Attended by",
    anyone: "Anyone",
    needs: "Needs a task of type",
    inWords: "In words",
    added: "Rule added.",
    save: "Save rule",
    add: "Add rule",
    remove: "Delete rule",
    removeConfirm: "Delete this rule?",
  },
  pages: {
    newItem: "New programme item",
    editItem: "Edit programme item",
    newTask: "New task",
    editTask: "Edit task",
    chooseSubject: (day) => `Choose what it covers on ${day}`,
    item: {
      nav: "Item",
      timelineOfDay: "Timeline of the day",
      history: "History",
      conflicts: "Conflicts",
      cancelled: "Cancelled",
      cancelledHint: "A cancelled item never conflicts.",
      noConflicts: "No conflicts",
      noConflictsHint: "Nothing clashes with this item.",
      details: "Details",
      transfers: "Transfers serving this item",
      noTransfers: "No transfer is linked to this item. Link one from its movement form (Goes to item / Leaves from item).",
      transfersHint: "They follow the item when it moves (those going to it by its start, those leaving it by its end). Cancelling the item leaves them planned: cancel or change them under Movements.",
      arrivesBefore: "arrives before it starts",
      leavesWhen: "leaves when it ends",
      cancel: "Cancel",
    },
    history: {
      metaTitle: "Item history",
      title: (item) => `History · ${item}`,
      edit: "Edit the item",
      none: "No recorded changes",
      noneHint: "This item was created before changes were recorded.",
      when: "When",
      who: "Who",
      what: "What",
      changes: "Changes",
      unchanged: "Saved without changes",
      action: { create: "Created", update: "Changed", move: "Moved", cancel: "Cancelled" },
      fields: { title: "Title", kind: "Kind", status: "Status", visibility: "Visibility", start: "Start", end: "End", space: "Space", delegations: "Delegations", members: "Members" },
      nothing: "None",
      removedSpace: "(removed space)",
      removed: "(removed)",
    },
  },
};

export const editorsNl: EditorsText = {
  common: {
    choose: "Kies…",
    none: "Geen",
    any: "Elke",
    saving: "Bezig met opslaan…",
    save: "Opslaan",
    staffNotes: "Notities voor medewerkers",
    neverShownToAgencies: "Nooit getoond aan diensten.",
    reason: "Reden om het te accepteren",
    reasonHint: "Vastgelegd met uw naam en getoond bij het conflict.",
    principalLevel: "Niveau van de principaal",
    principalLevels: {
      HEAD_OF_STATE_OR_GOVERNMENT: "Staatshoofd of regeringsleider",
      FOREIGN_MINISTER: "Minister van Buitenlandse Zaken",
      DEFENCE_MINISTER: "Minister van Defensie",
      SHERPA: "Sherpa",
      INTERPRETER: "Tolk",
      SECURITY: "Beveiliging",
      OTHER: "Overig",
    },
  },
  item: {
    newLabel: "Nieuw onderdeel",
    editLabel: "Onderdeel bewerken",
    reload: "De nieuwste versie laden",
    title: "Titel",
    kind: "Soort",
    status: "Status",
    visibleTo: "Zichtbaar voor",
    day: "Dag",
    start: "Begin",
    end: "Einde",
    endsNextDay: "Eindigt de volgende dag",
    space: "Ruimte",
    noSpace: "Geen ruimte",
    partOf: "Onderdeel van",
    notPartOf: "Geen deel van een nevenevenement",
    organiser: "Organisator",
    dressCode: "Kledingvoorschrift",
    description: "Beschrijving",
    staffNotesHint: "Nooit getoond aan liaisons, diensten of kijkers.",
    overrideHeading: "Bevestigen ondanks het harde conflict?",
    overrideButton: "Bevestigen met deze reden",
    saveChanges: "Wijzigingen opslaan",
    create: "Onderdeel aanmaken",
  },
  preview: {
    heading: "Als u opslaat",
    idle: "Wijzig de tijd, plaats, status of deelnemers om te zien wat er volgt.",
    checking: "Bezig met controleren…",
    oneSession: "1 sessie",
    sessions: "{n} sessies",
    oneTransfer: "1 verplaatsing",
    transfers: "{n} verplaatsingen",
    and: " en ",
    followerMoves: "{what} gaat mee (met de taken van de diensten)",
    followersMove: "{what} gaan mee (met de taken van de diensten)",
    followersLabel: "Wat met het onderdeel meegaat",
    session: "Sessie",
    nothingMoves: "Er gaat niets mee.",
    oneConflict: "Er zou 1 conflict overblijven:",
    conflicts: "Er zouden {n} conflicten overblijven:",
    conflictsLabel: "Conflicten na opslaan",
    accepted: " — geaccepteerd door {name}: {reason}",
    noConflicts: "Geen conflicten.",
    refused: "Opslaan zou worden geweigerd: {reason}",
    blocked: "Opslaan als Bevestigd zou worden geweigerd: een hard conflict staat Bevestigd in de weg. Sla op als concept, wijzig de planning of bevestig hieronder met een schriftelijke reden.",
  },
  cancelItem: {
    explain: "Het onderdeel blijft in het programma, gemarkeerd als geannuleerd.",
    cancelling: "Bezig met annuleren…",
    yes: "Ja, onderdeel annuleren",
    keep: "Behouden",
    start: "Dit onderdeel annuleren…",
  },
  movement: {
    delegation: "Delegatie",
    kind: "Soort",
    airport: "Luchthaven",
    from: "Van",
    to: "Naar",
    flight: "Vlucht",
    leavesFromItem: "Vertrekt vanaf onderdeel",
    leavesFromItemHint: "De verplaatsing vertrekt als het onderdeel eindigt, en schuift mee als het verschuift.",
    goesToItem: "Gaat naar onderdeel",
    goesToItemHint: "De verplaatsing komt aan voordat het onderdeel begint, en schuift mee als het verschuift.",
    lands: "Landt",
    takesOff: "Vertrekt (vlucht)",
    leaves: "Vertrekt",
    endsOptional: "Einde (optioneel)",
    partySize: "Groepsgrootte",
    routeNote: "Notitie over de route",
    roadClosure: "Wegafsluiting nodig",
    overrideHeading: "Opslaan ondanks het harde conflict?",
    overrideButton: "Opslaan met deze reden",
    save: "Verplaatsing opslaan",
    create: "Verplaatsing aanmaken",
    remove: "Verplaatsing verwijderen",
    removeConfirm: "Deze verplaatsing verwijderen?",
  },
  task: {
    agency: "Dienst",
    covers: "Dekt",
    items: "Programmaonderdelen",
    movements: "Verplaatsingen",
    type: "Soort",
    starts: "Begint",
    startsHint: "Tijd van de top.",
    ends: "Eindigt",
    location: "Locatie",
    note: "Notitie voor de dienst",
    agencyNote: "Notitie van de dienst",
    agencyNoteHint: "Door de dienst geschreven bij de status; hier alleen te lezen.",
    save: "Taak opslaan",
    create: "Taak aanmaken",
    remove: "Taak verwijderen",
    removeConfirm: "Deze taak verwijderen?",
  },
  delegation: {
    code: "Code",
    name: "Naam",
    kind: "Soort",
    homeTimeZone: "Tijdzone thuis",
    homeTimeZoneHint: "bijv. America/New_York; getoond naast de tijden van de top",
    hotel: "Hotel",
    arrives: "Aankomst ({zone})",
    departs: "Vertrek ({zone})",
    save: "Delegatie opslaan",
    create: "Delegatie aanmaken",
  },
  member: {
    editLabel: "{name} bewerken",
    addLabel: "Een lid toevoegen",
    title: "Titel",
    personalName: "Persoonlijke naam",
    function: "Functie",
    precedence: "Rangorde",
    add: "Lid toevoegen",
  },
  rule: {
    appliesTo: "Geldt voor",
    items: "Programmaonderdelen",
    movements: "Verplaatsingen",
    itemKind: "Soort onderdeel",
    movementKind: "Soort verplaatsing",
    at: "Op",
    fromOrTo: "Van of naar",
    anywhere: "Overal",
    attendedBy: "Bijgewoond door",
    anyone: "Iedereen",
    needs: "Vraagt een taak van de soort",
    inWords: "In woorden",
    added: "Regel toegevoegd.",
    save: "Regel opslaan",
    add: "Regel toevoegen",
    remove: "Regel verwijderen",
    removeConfirm: "Deze regel verwijderen?",
  },
  pages: {
    newItem: "Nieuw programmaonderdeel",
    editItem: "Programmaonderdeel bewerken",
    newTask: "Nieuwe taak",
    editTask: "Taak bewerken",
    chooseSubject: (day) => `Kies wat de taak dekt op ${day}`,
    item: {
      nav: "Onderdeel",
      timelineOfDay: "Tijdlijn van de dag",
      history: "Geschiedenis",
      conflicts: "Conflicten",
      cancelled: "Geannuleerd",
      cancelledHint: "Een geannuleerd onderdeel geeft nooit een conflict.",
      noConflicts: "Geen conflicten",
      noConflictsHint: "Niets botst met dit onderdeel.",
      details: "Gegevens",
      transfers: "Verplaatsingen voor dit onderdeel",
      noTransfers: "Er is geen verplaatsing aan dit onderdeel gekoppeld. Koppel er een vanuit het formulier van de verplaatsing (Gaat naar onderdeel / Vertrekt vanaf onderdeel).",
      transfersHint: "Ze schuiven mee als het onderdeel verschuift (die ernaartoe gaan met het begin, die ervandaan vertrekken met het einde). Annuleren van het onderdeel laat ze gepland: annuleer of wijzig ze onder Verplaatsingen.",
      arrivesBefore: "komt aan voordat het begint",
      leavesWhen: "vertrekt als het eindigt",
      cancel: "Annuleren",
    },
    history: {
      metaTitle: "Geschiedenis van het onderdeel",
      title: (item) => `Geschiedenis · ${item}`,
      edit: "Het onderdeel bewerken",
      none: "Geen vastgelegde wijzigingen",
      noneHint: "Dit onderdeel is aangemaakt voordat wijzigingen werden vastgelegd.",
      when: "Wanneer",
      who: "Wie",
      what: "Wat",
      changes: "Wijzigingen",
      unchanged: "Opgeslagen zonder wijzigingen",
      action: { create: "Aangemaakt", update: "Gewijzigd", move: "Verschoven", cancel: "Geannuleerd" },
      fields: { title: "Titel", kind: "Soort", status: "Status", visibility: "Zichtbaarheid", start: "Begin", end: "Einde", space: "Ruimte", delegations: "Delegaties", members: "Leden" },
      nothing: "Geen",
      removedSpace: "(verwijderde ruimte)",
      removed: "(verwijderd)",
    },
  },
};
