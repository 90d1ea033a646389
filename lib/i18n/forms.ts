// The words of the shared form parts (components/forms: the 24-hour date-time field, the searchable
// multi-select, save confirmations) and of the bilaterals' slot suggestions and board warnings, in
// English and Dutch. Part of the Dictionary (./types.ts) as `forms`; kept here, side by side, so
// the two languages are read and changed together.
//
// Everything is a plain string, as client components receive these words as props. A phrase with
// a name or a number in it holds a placeholder ("{name}", "{n}") that `fillIn` replaces.

/** "Remove {name}" → "Remove Belgium". */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The date-time field: a summit day (or date) and a 24-hour "HH:mm" time. */
export type DateTimeText = {
  date: string;
  time: string;
  /** Shown under every time: says the clock and the format. */
  timeHint: string;
  noDate: string;
  /** A date offered because the value holds it, though it is not a summit day. */
  otherDay: string;
};

/** The searchable multi-select (combobox with chips). */
export type MultiSelectText = {
  /** Read by screen readers with the input: how to use it. */
  instructions: string;
  noMatches: string;
  nothingChosen: string;
  /** "{n} chosen" */
  chosen: string;
  /** "Remove {name}" */
  remove: string;
};

/** Programme item participants: delegations and named members with "whole delegation" shortcuts. */
export type ParticipantsText = {
  delegations: string;
  delegationsHint: string;
  members: string;
  membersHint: string;
  /** "All members of {name}": adds every member of the delegation. */
  allMembersOf: string;
  /** "{name}, the delegation (its principal)": adds the delegation itself. */
  delegationItself: string;
  shortcuts: string;
};

/** Confirmations after a save, announced and focused. */
export type SavedText = {
  saved: string;
  /** "Saved (version {n})." */
  savedVersion: string;
  itemCreated: string;
  movementCreated: string;
  movementSaved: string;
  taskCreated: string;
  taskSaved: string;
  delegationCreated: string;
  memberAdded: string;
  userCreated: string;
  passwordChanged: string;
  /** After a refused save: focus goes to the first field in error, and this says so. */
  checkFields: string;
  dismiss: string;
};

/** The bilaterals' slot suggestions and the board's warnings and explanations. */
export type BilateralFormText = {
  why: string;
  /** Reasons a suggested slot is offered; several may apply. */
  reasons: {
    earliest: string;
    sameVenue: string;
    noTravel: string;
    preferredDay: string;
    roomSize: string;
    otherVenue: string;
    otherTime: string;
  };
  /** "Suggestions at least {n} minutes apart, or in another venue; best first." */
  suggestionsNote: string;
  impossible: string;
  /** "The proposed slot is no longer possible: {problems}. Propose another slot." */
  impossibleDetail: string;
  withdraw: string;
  withdrawHint: string;
  withdrawConfirm: string;
  withdrawYes: string;
  cancel: string;
  cancelHint: string;
  cancelConfirm: string;
  cancelYes: string;
  /** The button that closes a confirmation without doing anything. */
  keep: string;
  from: string;
  until: string;
};

export type FormsText = {
  dateTime: DateTimeText;
  multiSelect: MultiSelectText;
  participants: ParticipantsText;
  saved: SavedText;
  bilaterals: BilateralFormText;
};

export const formsEn: FormsText = {
  dateTime: {
    date: "Date",
    time: "Time",
    timeHint: "24-hour clock, HH:mm, e.g. 09:30 or 14:45.",
    noDate: "No date",
    otherDay: "(not a summit day)",
  },
  multiSelect: {
    instructions: "Type to filter. Up and down arrows choose, Enter adds, Backspace in an empty box removes the last one.",
    noMatches: "Nothing matches.",
    nothingChosen: "None chosen yet.",
    chosen: "{n} chosen",
    remove: "Remove {name}",
  },
  participants: {
    delegations: "Whole delegations",
    delegationsHint: "A delegation takes part through its principal only: its ministers stay free unless named below.",
    members: "Named members",
    membersHint: "Search a person or a delegation; \"All members of …\" adds a whole delegation's members at once.",
    allMembersOf: "All members of {name}",
    delegationItself: "{name}, the delegation (its principal)",
    shortcuts: "Whole delegation",
  },
  saved: {
    saved: "Saved.",
    savedVersion: "Saved (version {n}).",
    itemCreated: "Item created.",
    movementCreated: "Movement created.",
    movementSaved: "Movement saved.",
    taskCreated: "Task created.",
    taskSaved: "Task saved.",
    delegationCreated: "Delegation created.",
    memberAdded: "Member added.",
    userCreated: "User created.",
    passwordChanged: "Password changed. Sign in with the new password.",
    checkFields: "Check the highlighted fields.",
    dismiss: "Dismiss",
  },
  bilaterals: {
    why: "Why",
    reasons: {
      earliest: "Earliest time all are free",
      sameVenue: "Same venue as their previous item: no travel",
      noTravel: "No travel to or from their other items",
      preferredDay: "On a preferred day",
      roomSize: "Smallest free room that seats them",
      otherVenue: "Another venue",
      otherTime: "Another time of day",
    },
    suggestionsNote: "Suggestions differ by at least {n} minutes or by venue; best first.",
    impossible: "No longer possible",
    impossibleDetail: "The proposed slot is no longer possible: {problems}. Propose another slot.",
    withdraw: "Withdraw request",
    withdrawHint: "Withdrawing ends the request for every delegation in it; to meet after all, request again.",
    withdrawConfirm: "Withdraw this request? Every delegation in it is told, and it cannot be reopened.",
    withdrawYes: "Yes, withdraw it",
    cancel: "Cancel bilateral",
    cancelHint: "Cancelling ends the request; a confirmed meeting is also cancelled in the programme and its room freed.",
    cancelConfirm: "Cancel this bilateral? A confirmed meeting is cancelled in the programme too.",
    cancelYes: "Yes, cancel it",
    keep: "No, keep it",
    from: "From",
    until: "Until",
  },
};

export const formsNl: FormsText = {
  dateTime: {
    date: "Datum",
    time: "Tijd",
    timeHint: "24-uursklok, UU:mm, bijv. 09:30 of 14:45.",
    noDate: "Geen datum",
    otherDay: "(geen topdag)",
  },
  multiSelect: {
    instructions: "Typ om te filteren. Pijltjes omhoog en omlaag kiezen, Enter voegt toe, Backspace in een leeg vak verwijdert de laatste.",
    noMatches: "Niets gevonden.",
    nothingChosen: "Nog niets gekozen.",
    chosen: "{n} gekozen",
    remove: "{name} verwijderen",
  },
  participants: {
    delegations: "Hele delegaties",
    delegationsHint: "Een delegatie neemt alleen deel via haar principaal: haar ministers blijven vrij, tenzij hieronder genoemd.",
    members: "Genoemde leden",
    membersHint: "Zoek een persoon of een delegatie; \"Alle leden van …\" voegt alle leden van een delegatie tegelijk toe.",
    allMembersOf: "Alle leden van {name}",
    delegationItself: "{name}, de delegatie (haar principaal)",
    shortcuts: "Hele delegatie",
  },
  saved: {
    saved: "Opgeslagen.",
    savedVersion: "Opgeslagen (versie {n}).",
    itemCreated: "Onderdeel aangemaakt.",
    movementCreated: "Verplaatsing aangemaakt.",
    movementSaved: "Verplaatsing opgeslagen.",
    taskCreated: "Taak aangemaakt.",
    taskSaved: "Taak opgeslagen.",
    delegationCreated: "Delegatie aangemaakt.",
    memberAdded: "Lid toegevoegd.",
    userCreated: "Gebruiker aangemaakt.",
    passwordChanged: "Wachtwoord gewijzigd. Meld u aan met het nieuwe wachtwoord.",
    checkFields: "Controleer de gemarkeerde velden.",
    dismiss: "Sluiten",
  },
  bilaterals: {
    why: "Waarom",
    reasons: {
      earliest: "Vroegste tijd waarop allen vrij zijn",
      sameVenue: "Zelfde locatie als hun vorige onderdeel: geen reistijd",
      noTravel: "Geen reistijd van of naar hun andere onderdelen",
      preferredDay: "Op een voorkeursdag",
      roomSize: "Kleinste vrije zaal waarin zij passen",
      otherVenue: "Een andere locatie",
      otherTime: "Een ander tijdstip",
    },
    suggestionsNote: "Voorstellen verschillen minstens {n} minuten of van locatie; de beste eerst.",
    impossible: "Niet meer mogelijk",
    impossibleDetail: "Het voorgestelde tijdstip is niet meer mogelijk: {problems}. Stel een ander tijdstip voor.",
    withdraw: "Verzoek intrekken",
    withdrawHint: "Intrekken beëindigt het verzoek voor alle delegaties erin; wilt u toch afspreken, dien dan een nieuw verzoek in.",
    withdrawConfirm: "Dit verzoek intrekken? Alle delegaties erin worden ingelicht en het kan niet worden heropend.",
    withdrawYes: "Ja, intrekken",
    cancel: "Bilateraal gesprek annuleren",
    cancelHint: "Annuleren beëindigt het verzoek; een bevestigd gesprek wordt ook in het programma geannuleerd en de zaal komt vrij.",
    cancelConfirm: "Dit bilaterale gesprek annuleren? Een bevestigd gesprek wordt ook in het programma geannuleerd.",
    cancelYes: "Ja, annuleren",
    keep: "Nee, behouden",
    from: "Van",
    until: "Tot",
  },
};
