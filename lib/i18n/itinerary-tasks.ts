// The words of the liaison's itinerary and the agency's task list that came with changes as net
// effect, the phone layout, the task filters and the task timeline, in English and Dutch. Part of
// the Dictionary (./types.ts) as `itineraryTasks`; kept here, side by side, so the two languages
// are read and changed together. Older words of the same pages stay in `changes`, `page` and
// `tasksPage`.

/** The task filters' values for the part of the day (lib/tasks/queries.ts PARTS_OF_DAY). */
export type PartOfDayKey = "night" | "morning" | "afternoon" | "evening";

export type ItineraryTasksText = {
  changes: {
    /** Net change names beyond added/moved/cancelled/changed (`changes`). */
    confirmed: string;
    reinstated: string;
    removed: string;
    /** Under a removed item: it left the reader's programme (nothing said of why). */
    noLongerInProgramme: string;
    /** The one line under the heading: never acknowledged, with or without changes. */
    neverWithChanges: string;
    neverNone: string;
    /** Acknowledged before, nothing since: "No changes since you acknowledged on <when>." */
    noneSince: (when: string) => string;
    /** Acknowledged before, changes since. */
    since: (when: string) => string;
    /** The per-person view. */
    forPerson: (person: string) => string;
    noneForPerson: (person: string) => string;
    /** The whole delegation has changes that are not this person's: acknowledge there. */
    othersInDelegation: (n: number) => string;
    wholeDelegationLink: string;
    /** After acknowledging (the message focus moves to). */
    acknowledgedAt: (when: string) => string;
    acknowledging: string;
    /** The marker on a changed row, until acknowledged. */
    rowChanged: (kind: string) => string;
    was: (place: string) => string;
  };
  /** The itinerary's row labels on a phone, where the table reads as cards. */
  card: { when: string; what: string; where: string; who: string; status: string };
  tasks: {
    filters: {
      heading: string;
      type: string;
      status: string;
      partOfDay: string;
      subject: string;
      delegation: string;
      any: string;
      apply: string;
      clear: string;
      parts: Record<PartOfDayKey, string>;
      /** Subject kinds: tasks on programme items or on movements. */
      items: string;
      movements: string;
      /** "12 of 40 tasks match" */
      shown: (shown: number, total: number) => string;
      none: string;
    };
    timeline: {
      /** The timeline's lanes: one per task type. */
      lanesBy: string;
      /** Below a width where bars cannot be read, the timeline is a list. */
      listHeading: string;
    };
    /** The status form's group name, unique per task. */
    statusOf: (task: string) => string;
    /** A second task with the same label gets its number: "(2)". */
    nth: (label: string, n: number) => string;
    /** After saving a status (the message focus moves to). */
    statusSaved: (task: string, status: string) => string;
    /** The marker on a changed task row, until acknowledged. */
    rowChanged: (kind: string) => string;
    acknowledgedAt: (when: string) => string;
    acknowledging: string;
    neverWithChanges: string;
  };
};

export const itineraryTasksEn: ItineraryTasksText = {
  changes: {
    confirmed: "Confirmed",
    reinstated: "Reinstated",
    removed: "No longer in your programme",
    noLongerInProgramme: "No longer in your programme; as you last saw it:",
    neverWithChanges: "Not acknowledged yet: these are all the changes so far.",
    neverNone: "Not acknowledged yet, and nothing has changed so far.",
    noneSince: (when) => `No changes since you acknowledged on ${when}.`,
    since: (when) => `What is different now from what was acknowledged on ${when}.`,
    forPerson: (person) => `Changes for ${person}`,
    noneForPerson: (person) => `No unacknowledged changes for ${person}.`,
    othersInDelegation: (n) => (n === 1 ? "1 more change is for other people of the delegation." : `${n} more changes are for other people of the delegation.`),
    wholeDelegationLink: "Review and acknowledge all changes of the delegation",
    acknowledgedAt: (when) => `Changes acknowledged (${when}). Changed rows are no longer marked.`,
    acknowledging: "Acknowledging…",
    rowChanged: (kind) => `Changed: ${kind}`,
    was: (place) => `was ${place}`,
  },
  card: { when: "When", what: "What", where: "Where", who: "Who", status: "Status" },
  tasks: {
    filters: {
      heading: "Filter tasks",
      type: "Type",
      status: "Status",
      partOfDay: "Time of day",
      subject: "For",
      delegation: "Delegation",
      any: "Any",
      apply: "Apply filters",
      clear: "Clear filters",
      parts: { night: "Night (00–06)", morning: "Morning (06–12)", afternoon: "Afternoon (12–18)", evening: "Evening (18–24)" },
      items: "Programme items",
      movements: "Movements",
      shown: (shown, total) => `${shown} of ${total} tasks match the filters.`,
      none: "No tasks match these filters.",
    },
    timeline: {
      lanesBy: "One lane per task type",
      listHeading: "Tasks by time",
    },
    statusOf: (task) => `Status of ${task}`,
    nth: (label, n) => `${label} (${n})`,
    statusSaved: (task, status) => `Saved: ${task} is now ${status}.`,
    rowChanged: (kind) => `Changed: ${kind}`,
    acknowledgedAt: (when) => `Changes acknowledged (${when}). Changed tasks are no longer marked.`,
    acknowledging: "Acknowledging…",
    neverWithChanges: "Your agency has not acknowledged yet: these are all the changes so far.",
  },
};

export const itineraryTasksNl: ItineraryTasksText = {
  changes: {
    confirmed: "Bevestigd",
    reinstated: "Weer ingepland",
    removed: "Niet meer in uw programma",
    noLongerInProgramme: "Niet meer in uw programma; zoals u het laatst zag:",
    neverWithChanges: "Nog niet bevestigd: dit zijn alle wijzigingen tot nu toe.",
    neverNone: "Nog niet bevestigd, en er is tot nu toe niets gewijzigd.",
    noneSince: (when) => `Geen wijzigingen sinds de bevestiging op ${when}.`,
    since: (when) => `Wat nu anders is dan bij de bevestiging op ${when}.`,
    forPerson: (person) => `Wijzigingen voor ${person}`,
    noneForPerson: (person) => `Geen onbevestigde wijzigingen voor ${person}.`,
    othersInDelegation: (n) => (n === 1 ? "Nog 1 wijziging geldt voor anderen in de delegatie." : `Nog ${n} wijzigingen gelden voor anderen in de delegatie.`),
    wholeDelegationLink: "Alle wijzigingen van de delegatie bekijken en bevestigen",
    acknowledgedAt: (when) => `Wijzigingen bevestigd (${when}). Gewijzigde regels zijn niet meer gemarkeerd.`,
    acknowledging: "Bezig met bevestigen…",
    rowChanged: (kind) => `Gewijzigd: ${kind}`,
    was: (place) => `was ${place}`,
  },
  card: { when: "Wanneer", what: "Wat", where: "Waar", who: "Wie", status: "Status" },
  tasks: {
    filters: {
      heading: "Taken filteren",
      type: "Soort",
      status: "Status",
      partOfDay: "Dagdeel",
      subject: "Voor",
      delegation: "Delegatie",
      any: "Alle",
      apply: "Filters toepassen",
      clear: "Filters wissen",
      parts: { night: "Nacht (00–06)", morning: "Ochtend (06–12)", afternoon: "Middag (12–18)", evening: "Avond (18–24)" },
      items: "Programmaonderdelen",
      movements: "Verplaatsingen",
      shown: (shown, total) => `${shown} van ${total} taken voldoen aan de filters.`,
      none: "Geen taken voldoen aan deze filters.",
    },
    timeline: {
      lanesBy: "Eén baan per soort taak",
      listHeading: "Taken op tijd",
    },
    statusOf: (task) => `Status van ${task}`,
    nth: (label, n) => `${label} (${n})`,
    statusSaved: (task, status) => `Opgeslagen: ${task} is nu ${status}.`,
    rowChanged: (kind) => `Gewijzigd: ${kind}`,
    acknowledgedAt: (when) => `Wijzigingen bevestigd (${when}). Gewijzigde taken zijn niet meer gemarkeerd.`,
    acknowledging: "Bezig met bevestigen…",
    neverWithChanges: "Uw dienst heeft nog niet bevestigd: dit zijn alle wijzigingen tot nu toe.",
  },
};
