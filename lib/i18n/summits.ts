// The words of the administrators' summit pages, the summit switcher in the header and the empty
// installation, in English and Dutch. Part of the Dictionary (./types.ts) as `summits`; kept here,
// side by side, so the two languages are read and changed together.
//
// `messages` are the refusals of the summit schema and mutations (lib/summits). Those speak
// English; the summit form is handed the reader's words for them (localizedMessages) and shows
// those for what it knows.
import { translations } from "./agencies-users";

/** The summit form (plain strings, for a client component). */
export type SummitFormText = {
  name: string;
  slug: string;
  slugHint: string;
  host: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  timeZoneHint: string;
  travelBuffer: string;
  travelBufferHint: string;
  languages: string;
  languagesHint: string;
  copyFrom: string;
  copyFromNone: string;
  copyFromHint: string;
  create: string;
  creating: string;
  save: string;
  saving: string;
  saved: string;
  checkFields: string;
};

/** The archive and restore buttons (plain strings, for a client component). */
export type SummitArchiveText = {
  archive: string;
  archiveConfirm: string;
  restore: string;
  working: string;
  cancel: string;
};

export type SummitsText = {
  metaTitle: string;
  title: string;
  count: (n: number) => string;
  newSummit: string;
  newTitle: string;
  editTitle: string;
  allSummits: string;
  none: string;
  columns: { name: string; host: string; dates: string; timeZone: string; status: string };
  live: string;
  archived: string;
  /** "Archived since Tue 24 Jun 2025" */
  archivedSince: (when: string) => string;
  /** "Tue 24 Jun 2025 – Wed 25 Jun 2025" */
  dates: (first: string, last: string) => string;
  form: SummitFormText;
  archiveHeading: string;
  archiveHint: string;
  buttons: SummitArchiveText;
  downloadArchive: string;
  downloadArchiveHint: string;
  /** The switcher in the header. */
  switcher: { label: string; submit: string; archivedGroup: string };
  /** No summit for this reader: an administrator is told to create one, anyone else whom to ask. */
  empty: {
    title: string;
    admin: string;
    create: string;
    staff: (administrators: string) => string;
    liaison: (administrators: string) => string;
    agency: (administrators: string) => string;
    /** When the installation has no active administrator to name. */
    anAdministrator: string;
  };
  messages: {
    nameRequired: string;
    nameTooLong: string;
    slugRequired: string;
    slugFormat: string;
    slugTooLong: string;
    slugTaken: string;
    hostRequired: string;
    hostTooLong: string;
    dayFormat: string;
    lastDayBeforeFirst: string;
    tooManyDays: string;
    itemsOutsideDays: string;
    timeZoneUnknown: string;
    bufferNotNumber: string;
    bufferOutOfRange: string;
    languagesRequired: string;
    languageUnknown: string;
    copyFromUnknown: string;
    summitUnknown: string;
  };
};

export const summitsEn: SummitsText = {
  metaTitle: "Summits",
  title: "Summits",
  count: (n) => `${n} summit${n === 1 ? "" : "s"}`,
  newSummit: "New summit",
  newTitle: "New summit",
  editTitle: "Edit summit",
  allSummits: "All summits",
  none: "There are no summits yet.",
  columns: { name: "Name", host: "Host", dates: "Dates", timeZone: "Time zone", status: "Status" },
  live: "Active",
  archived: "Archived",
  archivedSince: (when) => `Archived since ${when}`,
  dates: (first, last) => (first === last ? first : `${first} – ${last}`),
  form: {
    name: "Name",
    slug: "Slug",
    slugHint: "Lower-case letters, digits and hyphens, e.g. nato-2026-ankara",
    host: "Host",
    startDate: "First day",
    endDate: "Last day",
    timeZone: "Time zone",
    timeZoneHint: "An IANA time zone, e.g. Europe/Amsterdam; every time of the summit is shown in it",
    travelBuffer: "Travel buffer (minutes)",
    travelBufferHint: "Added to every travel time between consecutive items",
    languages: "Working languages",
    languagesHint: "ISO 639-1 codes separated by commas, e.g. en, fr",
    copyFrom: "Start from an earlier summit",
    copyFromNone: "No, start empty",
    copyFromHint: "Copies its venues, spaces, entrances, travel times, agencies and coverage rules; never its delegations, order of precedence, programme, movements, bilaterals, tasks or users.",
    create: "Create summit",
    creating: "Creating…",
    save: "Save summit",
    saving: "Saving…",
    saved: "Saved.",
    checkFields: "Check the highlighted fields.",
  },
  archiveHeading: "Archive",
  archiveHint: "An archived summit stays readable and can be restored; nothing is deleted. It is no longer anyone's default summit.",
  buttons: {
    archive: "Archive summit…",
    archiveConfirm: "Yes, archive it",
    restore: "Restore summit",
    working: "Working…",
    cancel: "Keep it",
  },
  downloadArchive: "Download archive",
  downloadArchiveHint: "Everything of this summit in one file.",
  switcher: { label: "Summit", submit: "Switch", archivedGroup: "Archived" },
  empty: {
    title: "No summit yet",
    admin: "Create the first summit to start planning.",
    create: "Create a summit",
    staff: (administrators) => `No summit has been set up yet. Ask an administrator to create one: ${administrators}.`,
    liaison: (administrators) => `You are not assigned to a delegation of any summit yet. Ask an administrator: ${administrators}.`,
    agency: (administrators) => `Your account is not linked to an agency of any summit yet. Ask an administrator: ${administrators}.`,
    anAdministrator: "an administrator of this installation",
  },
  messages: {
    nameRequired: "Enter a name.",
    nameTooLong: "Use at most 160 characters.",
    slugRequired: "Enter a slug.",
    slugFormat: "Use lower-case letters, digits and single hyphens only, e.g. nato-2026.",
    slugTooLong: "Use at most 64 characters.",
    slugTaken: "Another summit already has this slug.",
    hostRequired: "Enter the host.",
    hostTooLong: "Use at most 160 characters.",
    dayFormat: "Enter a date.",
    lastDayBeforeFirst: "The last day cannot be before the first day.",
    tooManyDays: "A summit lasts at most 60 days.",
    itemsOutsideDays: "Programme items of this summit fall outside these days (in this time zone): move or cancel them first.",
    timeZoneUnknown: "Unknown time zone: use an IANA name such as Europe/Amsterdam, or UTC.",
    bufferNotNumber: "Enter a whole number of minutes.",
    bufferOutOfRange: "Use 0 to 120 minutes.",
    languagesRequired: "Name at least one working language.",
    languageUnknown: "Use two-letter ISO 639-1 codes, e.g. en, fr, nl.",
    copyFromUnknown: "Choose a summit of this installation.",
    summitUnknown: "That summit does not exist (any more).",
  },
};

export const summitsNl: SummitsText = {
  metaTitle: "Toppen",
  title: "Toppen",
  count: (n) => `${n} ${n === 1 ? "top" : "toppen"}`,
  newSummit: "Nieuwe top",
  newTitle: "Nieuwe top",
  editTitle: "Top bewerken",
  allSummits: "Alle toppen",
  none: "Er zijn nog geen toppen.",
  columns: { name: "Naam", host: "Gastland", dates: "Data", timeZone: "Tijdzone", status: "Status" },
  live: "Actief",
  archived: "Gearchiveerd",
  archivedSince: (when) => `Gearchiveerd sinds ${when}`,
  dates: (first, last) => (first === last ? first : `${first} – ${last}`),
  form: {
    name: "Naam",
    slug: "Korte naam (slug)",
    slugHint: "Kleine letters, cijfers en koppeltekens, bijv. nato-2026-ankara",
    host: "Gastland",
    startDate: "Eerste dag",
    endDate: "Laatste dag",
    timeZone: "Tijdzone",
    timeZoneHint: "Een IANA-tijdzone, bijv. Europe/Amsterdam; alle tijden van de top worden erin getoond",
    travelBuffer: "Reisbuffer (minuten)",
    travelBufferHint: "Wordt opgeteld bij elke reistijd tussen opeenvolgende onderdelen",
    languages: "Werktalen",
    languagesHint: "ISO 639-1-codes gescheiden door komma's, bijv. en, fr",
    copyFrom: "Beginnen vanuit een eerdere top",
    copyFromNone: "Nee, leeg beginnen",
    copyFromHint: "Kopieert de locaties, zalen, ingangen, reistijden, diensten en dekkingsregels; nooit de delegaties, de protocolvolgorde, het programma, verplaatsingen, bilaterale gesprekken, taken of gebruikers.",
    create: "Top aanmaken",
    creating: "Bezig met aanmaken…",
    save: "Top opslaan",
    saving: "Bezig met opslaan…",
    saved: "Opgeslagen.",
    checkFields: "Controleer de gemarkeerde velden.",
  },
  archiveHeading: "Archiveren",
  archiveHint: "Een gearchiveerde top blijft leesbaar en kan worden teruggezet; er wordt niets verwijderd. Hij is voor niemand meer de standaardtop.",
  buttons: {
    archive: "Top archiveren…",
    archiveConfirm: "Ja, archiveren",
    restore: "Top terugzetten",
    working: "Bezig…",
    cancel: "Niet archiveren",
  },
  downloadArchive: "Archief downloaden",
  downloadArchiveHint: "Alles van deze top in één bestand.",
  switcher: { label: "Top", submit: "Wisselen", archivedGroup: "Gearchiveerd" },
  empty: {
    title: "Nog geen top",
    admin: "Maak de eerste top aan om te beginnen met plannen.",
    create: "Een top aanmaken",
    staff: (administrators) => `Er is nog geen top ingericht. Vraag een beheerder er een aan te maken: ${administrators}.`,
    liaison: (administrators) => `U bent nog niet aan een delegatie van een top toegewezen. Vraag het een beheerder: ${administrators}.`,
    agency: (administrators) => `Uw account is nog niet aan een dienst van een top gekoppeld. Vraag het een beheerder: ${administrators}.`,
    anAdministrator: "een beheerder van deze installatie",
  },
  messages: {
    nameRequired: "Vul een naam in.",
    nameTooLong: "Gebruik hoogstens 160 tekens.",
    slugRequired: "Vul een korte naam in.",
    slugFormat: "Gebruik alleen kleine letters, cijfers en enkele koppeltekens, bijv. nato-2026.",
    slugTooLong: "Gebruik hoogstens 64 tekens.",
    slugTaken: "Een andere top heeft deze korte naam al.",
    hostRequired: "Vul het gastland in.",
    hostTooLong: "Gebruik hoogstens 160 tekens.",
    dayFormat: "Vul een datum in.",
    lastDayBeforeFirst: "De laatste dag kan niet vóór de eerste dag liggen.",
    tooManyDays: "Een top duurt hoogstens 60 dagen.",
    itemsOutsideDays: "Programmaonderdelen van deze top vallen buiten deze dagen (in deze tijdzone): verplaats of annuleer ze eerst.",
    timeZoneUnknown: "Onbekende tijdzone: gebruik een IANA-naam zoals Europe/Amsterdam, of UTC.",
    bufferNotNumber: "Vul een heel aantal minuten in.",
    bufferOutOfRange: "Gebruik 0 tot en met 120 minuten.",
    languagesRequired: "Noem ten minste één werktaal.",
    languageUnknown: "Gebruik ISO 639-1-codes van twee letters, bijv. en, fr, nl.",
    copyFromUnknown: "Kies een top van deze installatie.",
    summitUnknown: "Die top bestaat niet (meer).",
  },
};

/** English message → the reader's words for it, for the summit form. */
export function localizedMessages(localized: SummitsText["messages"]): Record<string, string> {
  return translations(summitsEn.messages, localized);
}
