// The words of the planners' venue timeline (app/timeline, components/timeline), in English and
// Dutch. Part of the Dictionary (./types.ts) as `timeline`; kept here, side by side, so the two
// languages are read and changed together. The timeline is a client component: it takes these
// words from here by language (plain data, nothing of the server).

/** The zoom levels of the timeline (components/timeline/layout.ts names their scale). */
export type TimelineZoomId = "day" | "half-hour" | "quarter-hour";

export type TimelineText = {
  metaTitle: string;
  /** "Timeline · Tue 24 Jun 2025" */
  title: (day: string) => string;
  subtitle: (timeZone: string, items: number, conflicted: number) => string;
  days: string;
  newItem: string;
  conflictsOfDay: string;
  highlighted: string;
  clearHighlight: string;
  noSpacesTitle: string;
  noSpacesBody: string;
  /** The in-page skip link to the grid (its focused item). */
  skipToGrid: string;
  /** The scrolling region around the grid. */
  region: string;
  /** The grid's label: "Timeline of Tue 24 Jun 2025". */
  grid: (day: string) => string;
  corner: string;
  noSpaceLane: string;
  noSpaceVenue: string;
  zoom: {
    label: string;
    zoomIn: string;
    zoomOut: string;
    levels: Record<TimelineZoomId, string>;
  };
  /** The visible keyboard hint. */
  keys: { summary: string; browse: string; open: string; move: string; zoom: string };
  /** "Now 18:05" at the now line. */
  now: (time: string) => string;
  item: {
    status: { DRAFT: string; CONFIRMED: string; CANCELLED: string };
    conflicts: (n: number) => string;
    /** ", session of <event>" with " (in its space)" when it stands in the event's space. */
    sessionOf: (event: string, inItsSpace: boolean) => string;
  };
  panel: {
    /** The live region's name. */
    region: string;
    idle: string;
    selected: string;
    open: string;
    pickUp: string;
    movingHint: string;
    /** "Move <title> to 12:30–12:50, Press Centre." */
    description: (title: string, times: string, lane: string) => string;
    noSpace: string;
    checking: string;
    noConflicts: string;
    hard: string;
    warning: string;
    followers: (n: number) => string;
    followersList: string;
    session: string;
    refused: (reason: string) => string;
    refusedHard: string;
    saving: string;
    moved: (title: string) => string;
    reason: string;
    moveWithReason: string;
    save: string;
    cancel: string;
    saveKeys: string;
  };
};

export const timelineEn: TimelineText = {
  metaTitle: "Timeline",
  title: (day) => `Timeline · ${day}`,
  subtitle: (timeZone, items, conflicted) => `Times in ${timeZone} · ${items} item${items === 1 ? "" : "s"}, ${conflicted} with conflicts`,
  days: "Summit days",
  newItem: "New item",
  conflictsOfDay: "Conflicts of the day",
  highlighted: "Highlighted:",
  clearHighlight: "Clear highlight",
  noSpacesTitle: "No spaces yet",
  noSpacesBody: "Add venues and spaces to plan items on the timeline.",
  skipToGrid: "Skip to the timeline",
  region: "Timeline",
  grid: (day) => `Timeline of ${day}`,
  corner: "Space",
  noSpaceLane: "No space",
  noSpaceVenue: "No space set",
  zoom: {
    label: "Zoom",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    levels: { day: "Whole day", "half-hour": "Half hours", "quarter-hour": "Quarter hours" },
  },
  keys: {
    summary: "Keys: arrows go from item to item · Enter opens · M picks up to move · + − zoom",
    browse: "Arrow keys go from item to item (left and right in time, up and down between spaces); Home and End go to the first and last item of a space.",
    open: "Enter or a double click opens the item; a click selects it.",
    move: "M or Space picks the item up to move it: arrows move it 5 minutes (with Shift 15) or to the next space, Enter saves, Escape cancels.",
    zoom: "+ and − zoom in and out, 0 shows the whole day.",
  },
  now: (time) => `Now ${time}`,
  item: {
    status: { DRAFT: "draft", CONFIRMED: "confirmed", CANCELLED: "cancelled" },
    conflicts: (n) => `${n} conflict${n === 1 ? "" : "s"}`,
    sessionOf: (event, inItsSpace) => `, session of ${event}${inItsSpace ? " (in its space)" : ""}`,
  },
  panel: {
    region: "Move",
    idle: "Select an item (click it, or Tab to the timeline and use the arrow keys) to see it here; drag it or press M to move it.",
    selected: "Selected:",
    open: "Open",
    pickUp: "Move",
    movingHint: "Moving: arrows move it (Shift: 15 minutes), up and down change the space.",
    description: (title, times, lane) => `Move ${title} to ${times}, ${lane}.`,
    noSpace: "no space",
    checking: "Checking for conflicts…",
    noConflicts: "No conflicts.",
    hard: "Hard conflict",
    warning: "Warning",
    followers: (n) => (n === 1 ? "1 moves with it" : `${n} move with it`),
    followersList: "What moves with the item",
    session: "Session: ",
    refused: (reason) => `Saving would be refused: ${reason}`,
    refusedHard: "Saving would be refused: a hard conflict stops Confirmed.",
    saving: "Saving…",
    moved: (title) => `Moved ${title}.`,
    reason: "Reason to accept the hard conflict",
    moveWithReason: "Move with this reason",
    save: "Save move",
    cancel: "Cancel move",
    saveKeys: "Enter saves, Escape cancels.",
  },
};

export const timelineNl: TimelineText = {
  metaTitle: "Tijdlijn",
  title: (day) => `Tijdlijn · ${day}`,
  subtitle: (timeZone, items, conflicted) =>
    `Tijden in ${timeZone} · ${items} ${items === 1 ? "onderdeel" : "onderdelen"}, ${conflicted} met conflicten`,
  days: "Topdagen",
  newItem: "Nieuw onderdeel",
  conflictsOfDay: "Conflicten van de dag",
  highlighted: "Gemarkeerd:",
  clearHighlight: "Markering weghalen",
  noSpacesTitle: "Nog geen ruimtes",
  noSpacesBody: "Voeg locaties en ruimtes toe om onderdelen op de tijdlijn te plannen.",
  skipToGrid: "Naar de tijdlijn",
  region: "Tijdlijn",
  grid: (day) => `Tijdlijn van ${day}`,
  corner: "Ruimte",
  noSpaceLane: "Geen ruimte",
  noSpaceVenue: "Geen ruimte gekozen",
  zoom: {
    label: "Zoom",
    zoomIn: "Inzoomen",
    zoomOut: "Uitzoomen",
    levels: { day: "Hele dag", "half-hour": "Halve uren", "quarter-hour": "Kwartieren" },
  },
  keys: {
    summary: "Toetsen: pijltjes gaan van onderdeel naar onderdeel · Enter opent · M pakt op om te verplaatsen · + − zoomen",
    browse: "Met de pijltjestoetsen ga je van onderdeel naar onderdeel (links en rechts in de tijd, omhoog en omlaag tussen ruimtes); Home en End gaan naar het eerste en laatste onderdeel van een ruimte.",
    open: "Enter of dubbelklikken opent het onderdeel; klikken selecteert het.",
    move: "M of spatie pakt het onderdeel op om het te verplaatsen: pijltjes verschuiven het 5 minuten (met Shift 15) of naar de volgende ruimte, Enter bewaart, Escape annuleert.",
    zoom: "+ en − zoomen in en uit, 0 toont de hele dag.",
  },
  now: (time) => `Nu ${time}`,
  item: {
    status: { DRAFT: "concept", CONFIRMED: "bevestigd", CANCELLED: "geannuleerd" },
    conflicts: (n) => (n === 1 ? "1 conflict" : `${n} conflicten`),
    sessionOf: (event, inItsSpace) => `, sessie van ${event}${inItsSpace ? " (in de ruimte daarvan)" : ""}`,
  },
  panel: {
    region: "Verplaatsen",
    idle: "Selecteer een onderdeel (klik erop, of ga met Tab naar de tijdlijn en gebruik de pijltjestoetsen) om het hier te zien; sleep het of druk op M om het te verplaatsen.",
    selected: "Geselecteerd:",
    open: "Openen",
    pickUp: "Verplaatsen",
    movingHint: "Verplaatsen: pijltjes verschuiven het (Shift: 15 minuten), omhoog en omlaag wisselen van ruimte.",
    description: (title, times, lane) => `${title} verplaatsen naar ${times}, ${lane}.`,
    noSpace: "geen ruimte",
    checking: "Controleren op conflicten…",
    noConflicts: "Geen conflicten.",
    hard: "Hard conflict",
    warning: "Waarschuwing",
    followers: (n) => (n === 1 ? "1 verschuift mee" : `${n} verschuiven mee`),
    followersList: "Wat met het onderdeel meeverschuift",
    session: "Sessie: ",
    refused: (reason) => `Bewaren zou worden geweigerd: ${reason}`,
    refusedHard: "Bewaren zou worden geweigerd: een hard conflict houdt Bevestigd tegen.",
    saving: "Bewaren…",
    moved: (title) => `${title} verplaatst.`,
    reason: "Reden om het harde conflict te accepteren",
    moveWithReason: "Met deze reden verplaatsen",
    save: "Verplaatsing bewaren",
    cancel: "Verplaatsing annuleren",
    saveKeys: "Enter bewaart, Escape annuleert.",
  },
};

/** The timeline's words in a language (for the client component, which gets the language only). */
export const timelineText = { en: timelineEn, nl: timelineNl } as const;
