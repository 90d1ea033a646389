// The bilateral pages in English and Dutch: the board and a delegation's own list, a request's
// page with its answers and history, the request form and the slot finder. Part of the Dictionary
// (./types.ts) as `bilaterals`; the suggestions' reasons and the withdraw and cancel confirmations
// are in ./forms.ts (`forms.bilaterals`).
//
// Everything is a plain string (the forms and tables are handed these words as props); a phrase
// with a name or a number in it holds a placeholder ("{name}", "{n}") that `fillIn` replaces.
import type { BilateralLevel, BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";

export type BilateralsText = {
  status: Record<BilateralStatus, string>;
  level: Record<BilateralLevel, string>;
  response: Record<PartyResponse, string>;
  /** "{n} min" */
  minutes: string;
  board: {
    metaTitle: string;
    managerTitle: string;
    ownTitle: string;
    groupBy: string;
    byStatus: string;
    byDelegation: string;
    request: string;
    none: string;
    noneManager: string;
    noneOwn: string;
    requests: string;
    findSlot: string;
  };
  table: {
    delegations: string;
    level: string;
    status: string;
    slot: string;
    arrange: string;
    answers: string;
    notProposed: string;
  };
  detail: {
    metaTitle: string;
    /** "Bilateral: {names}" */
    title: string;
    all: string;
    request: string;
    status: string;
    requestedBy: string;
    level: string;
    preferredDays: string;
    anyDay: string;
    notes: string;
    none: string;
    slot: string;
    inProgramme: string;
    delegations: string;
    delegation: string;
    answer: string;
    proposeAnother: string;
    findSlot: string;
    history: string;
    noHistory: string;
  };
  actions: {
    /** "Accept for {name}" */
    accept: string;
    /** "Decline for {name}" */
    decline: string;
    confirm: string;
    overrideReason: string;
    overrideButton: string;
  };
  requestForm: {
    title: string;
    subtitle: string;
    noDelegation: string;
    noDelegationHint: string;
    requester: string;
    meetWith: string;
    level: string;
    duration: string;
    preferredDays: string;
    notes: string;
    notesHint: string;
    sending: string;
    submit: string;
  };
  finder: {
    label: string;
    day: string;
    everyDay: string;
    venue: string;
    anyVenue: string;
    searching: string;
    submit: string;
    /** "Free for {names}; times in {zone}." */
    freeFor: string;
    and: string;
    slot: string;
    space: string;
    travel: string;
    action: string;
    /** "Propose {when} in {space}" */
    proposeLabel: string;
    propose: string;
    noSlot: string;
  };
  /** The request's history (lib/bilaterals/history.ts). */
  log: {
    /** "Requested ({details})" */
    requested: string;
    requestedPlain: string;
    /** "Proposed {slot}" */
    proposed: string;
    someone: string;
    /** "{name} accepted the proposed slot" */
    accepted: string;
    /** "{name} declined the proposed slot" */
    declined: string;
    /** "Confirmed {slot}; added to the programme" */
    confirmed: string;
    /** "Moved to {slot} in the programme" */
    moved: string;
    withdrawn: string;
    cancelled: string;
    cancelledWithItem: string;
    /** The same steps when the record has lost the slot. */
    proposedPlain: string;
    confirmedPlain: string;
    movedPlain: string;
  };
};

export const bilateralsEn: BilateralsText = {
  status: {
    REQUESTED: "Requested",
    PROPOSED: "Slot proposed",
    ACCEPTED: "Accepted by all",
    CONFIRMED: "Confirmed",
    DECLINED: "Declined",
    WITHDRAWN: "Withdrawn",
    CANCELLED: "Cancelled",
  },
  level: { PRINCIPAL: "Principals", MINISTER: "Ministers" },
  response: { PENDING: "Awaiting answer", ACCEPTED: "Accepted", DECLINED: "Declined" },
  minutes: "{n} min",
  board: {
    metaTitle: "Bilaterals",
    managerTitle: "Bilaterals board",
    ownTitle: "Your bilaterals",
    groupBy: "Group by",
    byStatus: "By status",
    byDelegation: "By delegation",
    request: "Request a bilateral",
    none: "No bilaterals yet",
    noneManager: "No delegation has requested a bilateral.",
    noneOwn: "Your delegation is not part of any bilateral request yet.",
    requests: "Requests",
    findSlot: "Find a slot",
  },
  table: {
    delegations: "Delegations",
    level: "Level",
    status: "Status",
    slot: "Slot",
    arrange: "Arrange",
    answers: "Answers",
    notProposed: "Not yet proposed",
  },
  detail: {
    metaTitle: "Bilateral request",
    title: "Bilateral: {names}",
    all: "All bilaterals",
    request: "Request",
    status: "Status",
    requestedBy: "Requested by",
    level: "Level",
    preferredDays: "Preferred days",
    anyDay: "Any summit day",
    notes: "Notes",
    none: "None",
    slot: "Slot",
    inProgramme: "In the programme",
    delegations: "Delegations",
    delegation: "Delegation",
    answer: "Answer to the proposed slot",
    proposeAnother: "Propose another slot",
    findSlot: "Find a slot",
    history: "History",
    noHistory: "No changes recorded yet.",
  },
  actions: {
    accept: "Accept for {name}",
    decline: "Decline for {name}",
    confirm: "Confirm bilateral",
    overrideReason: "Reason to confirm despite the conflict",
    overrideButton: "Confirm with this reason",
  },
  requestForm: {
    title: "Request a bilateral",
    subtitle: "The planners propose a slot and a room; every delegation then accepts it.",
    noDelegation: "No delegation assigned",
    noDelegationHint: "You can request bilaterals once a delegation is assigned to you.",
    requester: "Requesting delegation",
    meetWith: "Meet with",
    level: "Level",
    duration: "Duration (minutes)",
    preferredDays: "Preferred days",
    notes: "Notes",
    notesHint: "Topics, constraints. Seen by the delegations in the meeting and the planners.",
    sending: "Sending…",
    submit: "Request bilateral",
  },
  finder: {
    label: "Find a slot",
    day: "Day",
    everyDay: "Every summit day",
    venue: "Venue",
    anyVenue: "Any venue",
    searching: "Searching…",
    submit: "Find slots",
    freeFor: "Free for {names}; times in {zone}.",
    and: " and ",
    slot: "Slot",
    space: "Space",
    travel: "Travel",
    action: "Action",
    proposeLabel: "Propose {when} in {space}",
    propose: "Propose",
    noSlot: "No slot found.",
  },
  log: {
    requested: "Requested ({details})",
    requestedPlain: "Requested",
    proposed: "Proposed {slot}",
    someone: "A delegation",
    accepted: "{name} accepted the proposed slot",
    declined: "{name} declined the proposed slot",
    confirmed: "Confirmed {slot}; added to the programme",
    moved: "Moved to {slot} in the programme",
    withdrawn: "Withdrawn",
    cancelled: "Cancelled",
    cancelledWithItem: "Cancelled; the programme item was cancelled too",
    proposedPlain: "Proposed",
    confirmedPlain: "Confirmed; added to the programme",
    movedPlain: "Moved in the programme",
  },
};

export const bilateralsNl: BilateralsText = {
  status: {
    REQUESTED: "Aangevraagd",
    PROPOSED: "Tijdstip voorgesteld",
    ACCEPTED: "Door allen geaccepteerd",
    CONFIRMED: "Bevestigd",
    DECLINED: "Afgewezen",
    WITHDRAWN: "Ingetrokken",
    CANCELLED: "Geannuleerd",
  },
  level: { PRINCIPAL: "Leiders", MINISTER: "Ministers" },
  response: { PENDING: "Wacht op antwoord", ACCEPTED: "Geaccepteerd", DECLINED: "Afgewezen" },
  minutes: "{n} min",
  board: {
    metaTitle: "Bilaterale gesprekken",
    managerTitle: "Overzicht bilaterale gesprekken",
    ownTitle: "Uw bilaterale gesprekken",
    groupBy: "Groeperen op",
    byStatus: "Op status",
    byDelegation: "Op delegatie",
    request: "Een bilateraal gesprek aanvragen",
    none: "Nog geen bilaterale gesprekken",
    noneManager: "Geen enkele delegatie heeft een bilateraal gesprek aangevraagd.",
    noneOwn: "Uw delegatie maakt nog geen deel uit van een aanvraag voor een bilateraal gesprek.",
    requests: "Aanvragen",
    findSlot: "Een tijdstip zoeken",
  },
  table: {
    delegations: "Delegaties",
    level: "Niveau",
    status: "Status",
    slot: "Tijdstip",
    arrange: "Regelen",
    answers: "Antwoorden",
    notProposed: "Nog niet voorgesteld",
  },
  detail: {
    metaTitle: "Aanvraag bilateraal gesprek",
    title: "Bilateraal gesprek: {names}",
    all: "Alle bilaterale gesprekken",
    request: "Aanvraag",
    status: "Status",
    requestedBy: "Aangevraagd door",
    level: "Niveau",
    preferredDays: "Voorkeursdagen",
    anyDay: "Elke dag van de top",
    notes: "Opmerkingen",
    none: "Geen",
    slot: "Tijdstip",
    inProgramme: "In het programma",
    delegations: "Delegaties",
    delegation: "Delegatie",
    answer: "Antwoord op het voorgestelde tijdstip",
    proposeAnother: "Een ander tijdstip voorstellen",
    findSlot: "Een tijdstip zoeken",
    history: "Geschiedenis",
    noHistory: "Nog geen wijzigingen vastgelegd.",
  },
  actions: {
    accept: "Accepteren namens {name}",
    decline: "Afwijzen namens {name}",
    confirm: "Bilateraal gesprek bevestigen",
    overrideReason: "Reden om ondanks het conflict te bevestigen",
    overrideButton: "Bevestigen met deze reden",
  },
  requestForm: {
    title: "Een bilateraal gesprek aanvragen",
    subtitle: "De planners stellen een tijdstip en een zaal voor; daarna accepteert elke delegatie het.",
    noDelegation: "Geen delegatie toegewezen",
    noDelegationHint: "U kunt bilaterale gesprekken aanvragen zodra u een delegatie is toegewezen.",
    requester: "Aanvragende delegatie",
    meetWith: "Afspreken met",
    level: "Niveau",
    duration: "Duur (minuten)",
    preferredDays: "Voorkeursdagen",
    notes: "Opmerkingen",
    notesHint: "Onderwerpen, beperkingen. Zichtbaar voor de delegaties in het gesprek en de planners.",
    sending: "Bezig met versturen…",
    submit: "Bilateraal gesprek aanvragen",
  },
  finder: {
    label: "Een tijdstip zoeken",
    day: "Dag",
    everyDay: "Elke dag van de top",
    venue: "Locatie",
    anyVenue: "Elke locatie",
    searching: "Bezig met zoeken…",
    submit: "Tijdstippen zoeken",
    freeFor: "Vrij voor {names}; tijden in {zone}.",
    and: " en ",
    slot: "Tijdstip",
    space: "Ruimte",
    travel: "Reistijd",
    action: "Actie",
    proposeLabel: "{when} in {space} voorstellen",
    propose: "Voorstellen",
    noSlot: "Geen tijdstip gevonden.",
  },
  log: {
    requested: "Aangevraagd ({details})",
    requestedPlain: "Aangevraagd",
    proposed: "Voorgesteld: {slot}",
    someone: "Een delegatie",
    accepted: "{name} heeft het voorgestelde tijdstip geaccepteerd",
    declined: "{name} heeft het voorgestelde tijdstip afgewezen",
    confirmed: "Bevestigd: {slot}; toegevoegd aan het programma",
    moved: "Verschoven naar {slot} in het programma",
    withdrawn: "Ingetrokken",
    cancelled: "Geannuleerd",
    cancelledWithItem: "Geannuleerd; het programmaonderdeel is ook geannuleerd",
    proposedPlain: "Voorgesteld",
    confirmedPlain: "Bevestigd; toegevoegd aan het programma",
    movedPlain: "Verschoven in het programma",
  },
};
