// The words of the spreadsheet import pages (/import and /import/personal-data), in English and
// Dutch, kept side by side so the two languages are read and changed together.
//
// Everything here is a plain string, so the pages hand the whole object to their client
// components as a prop. Phrases with numbers or names are templates: `{name}` is replaced by a
// value, `{n|one|other}` picks a word by whether n is 1 (fillWords).
//
// `refusals` are the sentences the import itself (lib/import) and the action gate answer with.
// Those speak English; their English templates here are those sentences word for word, so
// translateImport can recognise one in a message and give the reader's words for it, translating
// the field names, choices and nested reasons it carries. A sentence it does not know stays as
// the server said it. This file imports nothing from lib/import (lib/i18n imports no domain);
// tests/unit/import-words.test.ts holds the English templates to what lib/import really says.
import { adminEn, adminNl } from "./agencies-users";
import { en } from "./en";
import type { Lang } from "./lang";
import { nl } from "./nl";

export type ImportKindKey = "delegations" | "members" | "movements" | "venues" | "travel-times" | "tasks";

/** A field's name in the import's column table, and what it holds. */
export type ImportFieldText = { label: string; help: string };

/** The words of the CSV report (lib/import/report.ts takes the same shape). */
export type ImportReportText = {
  columns: { row: string; record: string; outcome: string; details: string };
  outcome: { new: string; changed: string; unchanged: string; error: string };
  notImported: string;
  removed: string;
  empty: string;
  totals: { added: string; updated: string; unchanged: string; removed: string; refused: string };
};

export type ImportRefusals = {
  // Files that cannot be imported at all.
  notSpreadsheet: string;
  tooLarge: string;
  tooLargeShort: string;
  tooManyRows: string;
  empty: string;
  protected: string;
  oldExcel: string;
  notXlsx: string;
  noHeaderRow: string;
  noSheet: string;
  noRow: string;
  fileMissing: string;
  settingsUnreadable: string;
  chooseKind: string;
  chooseColumns: string;
  noRows: string;
  // The import refused as a whole.
  problems: string;
  removalsChanged: string;
  cannotRemove: string;
  notImported: string;
  // The gate (lib/auth/gate.ts, lib/errors.ts).
  checkFields: string;
  signedOut: string;
  notAvailable: string;
  unexpected: string;
  newPassword: string;
  databaseDown: string;
  // Erasing personal names.
  archiveFirst: string;
  // A row's cells (lib/import/reader.ts, values.ts, datetime.ts).
  fieldEmpty: string;
  notOneOf: string;
  notWholeNumber: string;
  outsideRange: string;
  fieldReason: string;
  notExcelDate: string;
  notValidDate: string;
  notRealDateTime: string;
  notRealDate: string;
  notTimeOfDay: string;
  notDateOrTime: string;
  notDateOrTimeBare: string;
  timeNoDate: string;
  dateNoTime: string;
  dateNotTime: string;
  // A row against the summit's data (lib/import/kinds).
  noVenue: string;
  noDelegation: string;
  noAgency: string;
  noItem: string;
  delegationNameTaken: string;
  delegationNameTwice: string;
  duplicate: string;
  duplicateCode: string;
  duplicateMember: string;
  duplicateVenue: string;
  duplicateSpace: string;
  duplicateMovement: string;
  duplicateTask: string;
  duplicatePair: string;
  membersSameName: string;
  membersSameTitle: string;
  arrivalsInApp: string;
  departuresInApp: string;
  outsideDays: string;
  tasksOutside: string;
  agencyDeactivated: string;
  agencyDeactivatedDuring: string;
  itemsSameTitle: string;
  noArrivalOf: string;
  noDepartureOf: string;
  severalMovements: string;
  giveSubject: string;
  tasksInApp: string;
  noTravelToSelf: string;
  otherVenueKind: string;
  otherVenueAddress: string;
  // Why a record the file no longer lists cannot be removed.
  delegationInUse: string;
  memberInUse: string;
  movementInUse: string;
  venueInUse: string;
  spaceInUse: string;
  // What removing a venue takes with it (said in its label).
  venueWithSpaces: string;
  venueWithTravelTimes: string;
};

export type ImportText = {
  lang: Lang;
  metaTitle: string;
  title: string;
  /** {summit}, {timeZone} */
  subtitle: string;
  intro: string;
  kinds: Record<ImportKindKey, string>;
  fields: Record<ImportKindKey, Record<string, ImportFieldText>>;
  templates: { heading: string; hint: string; kind: string; template: string; currentData: string; templateLink: string; exportLink: string };
  personalDataLink: string;
  wizard: {
    chooseFile: string;
    file: string;
    kind: string;
    guess: string;
    read: string;
    preview: string;
    removeMissing: string;
    previewHeading: string;
    /** {new}, {changed}, {unchanged}, {error} */
    counts: string;
    nothingSaved: string;
    import: string;
    stale: string;
    correctErrors: string;
    importedHeading: string;
    /** {added}, {updated}, {unchanged}, {removed}, {refused} */
    reportCounts: string;
    downloadReport: string;
    reportCaption: string;
  };
  layout: {
    legend: string;
    sheet: string;
    headerRow: string;
    holds: string;
    choose: string;
    /** {row} */
    matrix: string;
    columnsCaption: string;
    field: string;
    column: string;
    holdsColumn: string;
    notInFile: string;
  };
  table: {
    status: { new: string; changed: string; unchanged: string; error: string };
    /** {n} */
    showUnchanged: string;
    row: string;
    statusColumn: string;
    record: string;
    changesOrErrors: string;
    empty: string;
    /** {n} */
    more: string;
  };
  removals: {
    none: string;
    /** {n} */
    legend: string;
    /** {reason} */
    cannotRemove: string;
    tickAll: string;
    /** {n} */
    confirm: string;
  };
  report: ImportReportText;
  personalData: {
    metaTitle: string;
    title: string;
    subtitle: string;
    intro: string;
    noneTitle: string;
    noneHint: string;
    columns: { summit: string; archived: string; members: string; named: string };
    noneLeft: string;
    erase: {
      ask: string;
      /** {n}, {summit} */
      confirm: string;
      keep: string;
      /** {n} */
      done: string;
    };
  };
  /** The import's English names of choices (kinds, functions, directions, task types) → this language's. */
  enumNames: Record<string, string>;
  refusals: ImportRefusals;
};

/** English choice names next to the Dutch ones the import reads too (lib/import/values.ts). */
const DELEGATION_KINDS = { Ally: "Bondgenoot", Partner: "Partner", Organisation: "Organisatie" };
const VENUE_KINDS = { Conference: "Congres", Palace: "Paleis", Airport: "Luchthaven", Hotel: "Hotel", Other: "Overig" };

function pairs(english: Record<string, string>, local: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([key, word]) => [word, local[key]]));
}

const DUTCH_NAMES: Record<string, string> = {
  ...DELEGATION_KINDS,
  ...VENUE_KINDS,
  ...pairs(en.memberFunction, nl.memberFunction),
  ...pairs({ ARRIVAL: en.movementKind.ARRIVAL, DEPARTURE: en.movementKind.DEPARTURE }, nl.movementKind),
  ...pairs(en.tasks.type, nl.tasks.type),
};

export const importEn: ImportText = {
  lang: "en",
  metaTitle: "Import",
  title: "Import from spreadsheets",
  subtitle: "Into {summit} · times read in {timeZone}",
  intro:
    "Excel workbooks (.xlsx) and CSV files, in English or Dutch. Rows are matched to what is there by their key (a delegation's code; delegation, function and name for members; delegation and direction for flights), so a corrected file updates in place and the same file twice changes nothing. Only the columns below are read: anything else in the file, such as passport numbers or birth dates, is ignored.",
  kinds: {
    delegations: "Delegations",
    members: "Delegation members",
    movements: "Arrivals and departures",
    venues: "Venues and spaces",
    "travel-times": "Travel times",
    tasks: "Agency tasks",
  },
  fields: {
    delegations: {
      code: { label: "Code", help: "Short code: the ISO 3166 country code (NL, US) or the organisation's (EU, NATO). The key: a row with a known code updates that delegation." },
      name: { label: "Name", help: "The delegation's name as the programme prints it." },
      kind: { label: "Kind", help: "Ally, Partner or Organisation (Dutch: Bondgenoot, Partner, Organisatie)." },
      homeTimeZone: { label: "Home time zone", help: "IANA time zone of the delegation's capital, e.g. Europe/Kyiv. Optional." },
      hotel: { label: "Hotel", help: "Name of a venue of the summit (import venues first). Optional." },
    },
    members: {
      delegation: { label: "Delegation", help: "Code (or name) of a delegation of the summit." },
      function: { label: "Function", help: "Head of state or government, Foreign minister, Defence minister, Sherpa, Interpreter, Security or Other (Dutch names too)." },
      title: { label: "Title", help: "The title as the programme prints it." },
      personalName: { label: "Personal name", help: "Only where public. Optional. Delegation, function and name (or title when there is no name) identify a member." },
      precedence: { label: "Precedence", help: "1 is the principal; lower is more senior. Optional (100 when left empty)." },
    },
    movements: {
      delegation: { label: "Delegation", help: "Code (or name) of a delegation of the summit." },
      direction: { label: "Direction", help: "Arrival or Departure (Aankomst, Vertrek). One of each per delegation: delegation and direction identify the movement." },
      airport: { label: "Airport", help: "Name of a venue of the summit." },
      flight: { label: "Flight", help: "Flight number or call sign. Optional." },
      when: { label: "Date and time", help: "Landing or take-off in the summit's time zone: 24-06-2025 14:30, 2025-06-24T14:30 or an Excel date. Or use separate Date and Time columns." },
      date: { label: "Date", help: "The day, when the time is in a column of its own (24-06-2025 or 24/06/2025)." },
      time: { label: "Time", help: "The time (14:30), when the day is in a column of its own." },
      partySize: { label: "Party size", help: "Number of people travelling." },
      principalLevel: { label: "Principal level", help: "Most senior function travelling (as Function for members). Optional." },
    },
    venues: {
      venue: { label: "Venue", help: "Name of the venue. The key: a row with a known name updates that venue." },
      venueKind: { label: "Venue kind", help: "Conference, Palace, Airport, Hotel or Other (Dutch: Congres, Paleis, Luchthaven, Hotel, Overig). Optional; empty keeps the venue's kind." },
      address: { label: "Address", help: "Optional; empty keeps the venue's address." },
      space: { label: "Space", help: "A room of the venue; leave empty for a row about the venue alone. Venue and space identify a space." },
      capacity: { label: "Capacity", help: "People the space holds (needed for a space)." },
      securityZone: { label: "Security zone", help: "e.g. red, orange, green. Optional." },
      opens: { label: "Opens", help: "Opening time (07:00); leave Opens and Closes empty for always open." },
      closes: { label: "Closes", help: "Closing time (23:00)." },
    },
    "travel-times": {
      from: { label: "From", help: "Venue the motorcade leaves from. Or give a square sheet: venues across the top and down the side, minutes in the cells." },
      to: { label: "To", help: "Venue it goes to." },
      minutes: { label: "Minutes", help: "Minutes by motorcade (0–1440). From and To identify the travel time." },
    },
    tasks: {
      agency: { label: "Agency", help: "Short name (or name) of an agency of the summit." },
      type: { label: "Task type", help: "Security perimeter, Escort, Road closure, Airport handling, Crowd management, Medical, Liaison or Other." },
      item: { label: "Programme item", help: "Title of the programme item the task covers. Or give Delegation and Movement." },
      delegation: { label: "Delegation", help: "Code of the delegation whose arrival or departure the task covers." },
      movement: { label: "Movement", help: "Arrival or Departure, with Delegation. Agency, task type and what it covers identify a task." },
      date: { label: "Date", help: "The day, when Start and End are times only." },
      start: { label: "Start", help: "Start in the summit's time zone (24-06-2025 13:45, or 13:45 with a Date column)." },
      end: { label: "End", help: "End, after the start." },
      location: { label: "Location", help: "Optional." },
      note: { label: "Instruction", help: "The planner's instruction to the agency. Optional." },
    },
  },
  templates: {
    heading: "Templates and current data",
    hint: "A template has the headers, an example row and a sheet explaining each column. The current data comes in the same shape: export, edit in Excel, import.",
    kind: "Kind",
    template: "Template",
    currentData: "Current data",
    templateLink: "Template (.xlsx)",
    exportLink: "Export (.xlsx)",
  },
  personalDataLink: "Personal names of archived summits",
  wizard: {
    chooseFile: "Choose a file",
    file: "Spreadsheet (.xlsx or .csv)",
    kind: "What it holds",
    guess: "Guess from the headers",
    read: "Read the file",
    preview: "Preview",
    removeMissing: "Also list what the file no longer has, to remove it",
    previewHeading: "Preview",
    counts: "{new} new, {changed} changed, {unchanged} unchanged, {error} with errors",
    nothingSaved: "Nothing is saved until you import.",
    import: "Import",
    stale: "The choices above changed: preview again first.",
    correctErrors: "Correct the errors in the file (or the columns above), then preview again.",
    importedHeading: "Imported",
    reportCounts: "Added {added}, updated {updated}, unchanged {unchanged}, removed {removed}, refused {refused}",
    downloadReport: "Download the report (CSV)",
    reportCaption: "What the import did",
  },
  layout: {
    legend: "What was found",
    sheet: "Sheet",
    headerRow: "Header row",
    holds: "The file holds",
    choose: "— choose —",
    matrix: "A square sheet of travel times: venues across row {row} and down column A, minutes in the cells.",
    columnsCaption: "Columns (guessed from the headers; change any of them)",
    field: "Field",
    column: "Column",
    holdsColumn: "What it holds",
    notInFile: "— not in the file —",
  },
  table: {
    status: { new: "New", changed: "Changed", unchanged: "Unchanged", error: "Error" },
    showUnchanged: "Show the {n} unchanged rows",
    row: "Row",
    statusColumn: "Status",
    record: "Record",
    changesOrErrors: "Changes or errors",
    empty: "(empty)",
    more: "{n} more rows are not shown here; the report lists them all.",
  },
  removals: {
    none: "The file lists everything there is: nothing to remove.",
    legend: "Not in the file ({n})",
    cannotRemove: " — cannot be removed: {reason}",
    tickAll: "Tick all that can be removed",
    confirm: "I have checked this list: remove the {n} ticked",
  },
  report: {
    columns: { row: "Row", record: "Record", outcome: "Outcome", details: "Details" },
    outcome: { new: "added", changed: "updated", unchanged: "unchanged", error: "refused" },
    notImported: "not imported",
    removed: "removed",
    empty: "(empty)",
    totals: { added: "Added", updated: "Updated", unchanged: "Unchanged", removed: "Removed", refused: "Refused" },
  },
  personalData: {
    metaTitle: "Personal names of archived summits",
    title: "Personal names of archived summits",
    subtitle: "Administrators only",
    intro:
      "Once a summit is over and archived, the personal names of its delegation members can be erased. Each member's delegation, function, title and precedence stay, so the record still says who came in what role and how many; the names go, from the members and from the change history.",
    noneTitle: "No archived summits",
    noneHint: "Archive a summit under Summits first.",
    columns: { summit: "Summit", archived: "Archived", members: "Members", named: "With a personal name" },
    noneLeft: "None left",
    erase: { ask: "Erase names…", confirm: "Yes, erase {n} names of {summit}", keep: "Keep them", done: "{n} names erased." },
  },
  enumNames: Object.fromEntries(Object.keys(DUTCH_NAMES).map((word) => [word, word])),
  refusals: {
    notSpreadsheet: "This file is not a spreadsheet. Upload an Excel workbook (.xlsx) or a CSV file. Nothing was imported.",
    tooLarge: "The file is larger than 25 MB. Split it, or import the kinds one at a time. Nothing was imported.",
    tooLargeShort: "The file is larger than 25 MB.",
    tooManyRows: "The sheet has more than 100,000 rows. Split it into smaller files. Nothing was imported.",
    empty: "The file is empty. Nothing was imported.",
    protected: "The workbook is protected with a password. Save a copy without a password (File → Info → Protect Workbook) and upload that. Nothing was imported.",
    oldExcel: "This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or CSV and upload that. Nothing was imported.",
    notXlsx: "This file is not an Excel workbook (.xlsx) that can be read. Upload an .xlsx or CSV file. Nothing was imported.",
    noHeaderRow: "No header row found: one of the first rows must name the columns (e.g. Code, Name, Kind). Download the template for this kind to see the headers. Nothing was imported.",
    noSheet: 'The workbook has no sheet "{sheet}".',
    noRow: "The sheet has no row {row}.",
    fileMissing: "Choose a file to import.",
    settingsUnreadable: "The import settings could not be read.",
    chooseKind: "Choose what the file holds: its headers do not say.",
    chooseColumns: "Choose the column that holds: {fields}.",
    noRows: "The sheet has no rows below its header.",
    problems: "{problems} {problems|problem|problems} in {rows} {rows|row|rows}: nothing was imported. Correct the file and try again.",
    removalsChanged: "The records to remove changed since the preview. Preview again; nothing was imported.",
    cannotRemove: "Cannot remove {items}. Nothing was imported.",
    notImported: "{sentence} Nothing was imported.",
    checkFields: adminEn.gate.checkFields,
    signedOut: adminEn.gate.signedOut,
    notAvailable: adminEn.gate.notAvailable,
    unexpected: adminEn.gate.unexpected,
    newPassword: "Choose a new password first.",
    databaseDown: "The database cannot be reached; nothing was saved.",
    archiveFirst: "Archive the summit first: its names are erased only once it is over.",
    fieldEmpty: "{field} is empty.",
    notOneOf: '"{value}" is not one of: {choices}.',
    notWholeNumber: '"{value}" is not a whole number.',
    outsideRange: "{value} is outside {min}–{max}.",
    fieldReason: "{field} {reason}",
    notExcelDate: "is not a date Excel knows.",
    notValidDate: "is not a valid date.",
    notRealDateTime: '"{value}" is not a real date and time.',
    notRealDate: '"{value}" is not a real date (use day-month-year, e.g. 24-06-2025 14:30).',
    notTimeOfDay: '"{value}" is not a time of day (use 14:30).',
    notDateOrTime: '"{value}" is not a date or time (use 24-06-2025 14:30, 2025-06-24T14:30 or 24/06/2025).',
    notDateOrTimeBare: "is not a date or time.",
    timeNoDate: "has a time but no date (add the date, e.g. 24-06-2025 14:30).",
    dateNoTime: "has a date but no time (add the time, e.g. 24-06-2025 14:30).",
    dateNotTime: "is a date, not a time of day (use 07:30).",
    noVenue: 'No venue "{name}" in this summit (import venues first).',
    noDelegation: 'No delegation "{name}" in this summit.',
    noAgency: 'No agency "{name}" in this summit.',
    noItem: 'No programme item "{name}" in this summit.',
    delegationNameTaken: 'Delegation {code} is already called "{name}".',
    delegationNameTwice: 'Another row names a delegation "{name}" too.',
    duplicate: "{what} is on row {row} already: each appears once in a file.",
    duplicateCode: "Code {code}",
    duplicateMember: "This member (delegation, function and name or title)",
    duplicateVenue: "This venue",
    duplicateSpace: "This venue and space",
    duplicateMovement: "This delegation's arrival or departure",
    duplicateTask: "A task of this agency and type for the same item or movement",
    duplicatePair: "This pair of venues",
    membersSameName: "{n} members of {code} have this function and name: give each its own name or title in the app first.",
    membersSameTitle: "{n} members of {code} have this function and title: give each its own name or title in the app first.",
    arrivalsInApp: "{code} has {n} arrivals in the app: change them there.",
    departuresInApp: "{code} has {n} departures in the app: change them there.",
    outsideDays: "{day} is outside the summit's days ({first} to {last}, with the day before and after).",
    tasksOutside: "{n} agency {n|task|tasks} would fall outside the new time; change {n|it|them} first.",
    agencyDeactivated: "{agency} is deactivated and gets no new tasks.",
    agencyDeactivatedDuring: "{agency} was deactivated during the import and gets no new tasks. Nothing was imported.",
    itemsSameTitle: '{n} programme items are called "{title}": give this task in the app.',
    noArrivalOf: 'No arrival of "{ref}" in this summit.',
    noDepartureOf: 'No departure of "{ref}" in this summit.',
    severalMovements: '"{ref}" has {n} of these: give this task in the app.',
    giveSubject: "Give the programme item, or the delegation and Arrival or Departure, that the task covers.",
    tasksInApp: "{n} such tasks exist in the app: change them there.",
    noTravelToSelf: "A venue has no travel time to itself.",
    otherVenueKind: "Row {row} gives this venue another kind.",
    otherVenueAddress: "Row {row} gives this venue another address.",
    delegationInUse: "has {members} members, {movements} movements, {places} programme places, {bilaterals} bilaterals and {liaisons} liaisons; remove those first",
    memberInUse: "takes part in {n} programme {n|item|items}; remove them from the items first",
    movementInUse: "{n} agency {n|task|tasks} cover it; remove them first",
    venueInUse: "is a hotel, an airport, named by a coverage rule or holds programme items or proposed bilaterals ({n}); change those first",
    spaceInUse: "holds {n} programme items and {bilaterals} proposed bilaterals; move them first",
    venueWithSpaces: "{name}, with its {n} {n|space|spaces} and travel times",
    venueWithTravelTimes: "{name}, with its travel times",
  },
};

export const importNl: ImportText = {
  lang: "nl",
  metaTitle: "Importeren",
  title: "Importeren uit spreadsheets",
  subtitle: "Naar {summit} · tijden gelezen in {timeZone}",
  intro:
    "Excel-werkmappen (.xlsx) en CSV-bestanden, in het Engels of het Nederlands. Rijen worden gekoppeld aan wat er al is via hun sleutel (de code van een delegatie; delegatie, functie en naam voor leden; delegatie en richting voor vluchten), zodat een verbeterd bestand de gegevens bijwerkt en hetzelfde bestand twee keer niets verandert. Alleen de kolommen hieronder worden gelezen: al het andere in het bestand, zoals paspoortnummers of geboortedata, wordt genegeerd.",
  kinds: {
    delegations: "Delegaties",
    members: "Leden van delegaties",
    movements: "Aankomsten en vertrekken",
    venues: "Locaties en zalen",
    "travel-times": "Reistijden",
    tasks: "Taken van diensten",
  },
  fields: {
    delegations: {
      code: { label: "Code", help: "Korte code: de ISO 3166-landcode (NL, US) of die van de organisatie (EU, NATO). De sleutel: een rij met een bekende code werkt die delegatie bij." },
      name: { label: "Naam", help: "De naam van de delegatie zoals het programma die afdrukt." },
      kind: { label: "Soort", help: "Bondgenoot, Partner of Organisatie (Engels: Ally, Partner, Organisation)." },
      homeTimeZone: { label: "Thuistijdzone", help: "IANA-tijdzone van de hoofdstad van de delegatie, bijv. Europe/Kyiv. Optioneel." },
      hotel: { label: "Hotel", help: "Naam van een locatie van de top (importeer eerst de locaties). Optioneel." },
    },
    members: {
      delegation: { label: "Delegatie", help: "Code (of naam) van een delegatie van de top." },
      function: { label: "Functie", help: "Staatshoofd of regeringsleider, Minister van Buitenlandse Zaken, Minister van Defensie, Sherpa, Tolk, Beveiliging of Overig (Engelse namen ook)." },
      title: { label: "Titel", help: "De titel zoals het programma die afdrukt." },
      personalName: { label: "Persoonsnaam", help: "Alleen als die openbaar is. Optioneel. Delegatie, functie en naam (of de titel als er geen naam is) bepalen wie een lid is." },
      precedence: { label: "Rangorde", help: "1 is de principaal; lager is hoger in rang. Optioneel (100 als het leeg blijft)." },
    },
    movements: {
      delegation: { label: "Delegatie", help: "Code (of naam) van een delegatie van de top." },
      direction: { label: "Richting", help: "Aankomst of Vertrek (Arrival, Departure). Eén van elk per delegatie: delegatie en richting bepalen de beweging." },
      airport: { label: "Luchthaven", help: "Naam van een locatie van de top." },
      flight: { label: "Vlucht", help: "Vluchtnummer of roepnaam. Optioneel." },
      when: { label: "Datum en tijd", help: "Landing of vertrek in de tijdzone van de top: 24-06-2025 14:30, 2025-06-24T14:30 of een Excel-datum. Of gebruik aparte kolommen Datum en Tijd." },
      date: { label: "Datum", help: "De dag, als de tijd in een eigen kolom staat (24-06-2025 of 24/06/2025)." },
      time: { label: "Tijd", help: "De tijd (14:30), als de dag in een eigen kolom staat." },
      partySize: { label: "Omvang gezelschap", help: "Aantal personen dat reist." },
      principalLevel: { label: "Hoogste functie", help: "De hoogste functie die meereist (zoals Functie bij leden). Optioneel." },
    },
    venues: {
      venue: { label: "Locatie", help: "Naam van de locatie. De sleutel: een rij met een bekende naam werkt die locatie bij." },
      venueKind: { label: "Soort locatie", help: "Congres, Paleis, Luchthaven, Hotel of Overig (Engels: Conference, Palace, Airport, Hotel, Other). Optioneel; leeg laat de soort van de locatie zoals die is." },
      address: { label: "Adres", help: "Optioneel; leeg laat het adres van de locatie zoals het is." },
      space: { label: "Zaal", help: "Een zaal van de locatie; laat leeg voor een rij over alleen de locatie. Locatie en zaal bepalen een zaal." },
      capacity: { label: "Capaciteit", help: "Aantal personen dat in de zaal past (nodig voor een zaal)." },
      securityZone: { label: "Beveiligingszone", help: "bijv. rood, oranje, groen. Optioneel." },
      opens: { label: "Opent", help: "Openingstijd (07:00); laat Opent en Sluit leeg voor altijd open." },
      closes: { label: "Sluit", help: "Sluitingstijd (23:00)." },
    },
    "travel-times": {
      from: { label: "Van", help: "Locatie waar de colonne vertrekt. Of lever een vierkant blad: locaties bovenaan en langs de zijkant, minuten in de cellen." },
      to: { label: "Naar", help: "Locatie waar de colonne heen gaat." },
      minutes: { label: "Minuten", help: "Minuten per colonne (0–1440). Van en Naar bepalen de reistijd." },
    },
    tasks: {
      agency: { label: "Dienst", help: "Korte naam (of naam) van een dienst van de top." },
      type: { label: "Soort taak", help: "Beveiligingsperimeter, Escorte, Wegafsluiting, Afhandeling luchthaven, Publieksmanagement, Medisch, Verbinding of Overig (Engelse namen ook)." },
      item: { label: "Programmaonderdeel", help: "Titel van het programmaonderdeel waarvoor de taak is. Of geef Delegatie en Beweging." },
      delegation: { label: "Delegatie", help: "Code van de delegatie voor wier aankomst of vertrek de taak is." },
      movement: { label: "Beweging", help: "Aankomst of Vertrek, met Delegatie. Dienst, soort taak en waarvoor de taak is bepalen een taak." },
      date: { label: "Datum", help: "De dag, als Begin en Einde alleen tijden zijn." },
      start: { label: "Begin", help: "Begin in de tijdzone van de top (24-06-2025 13:45, of 13:45 met een kolom Datum)." },
      end: { label: "Einde", help: "Einde, na het begin." },
      location: { label: "Inzetlocatie", help: "Optioneel." },
      note: { label: "Instructie", help: "De instructie van de planner aan de dienst. Optioneel." },
    },
  },
  templates: {
    heading: "Sjablonen en huidige gegevens",
    hint: "Een sjabloon bevat de kolomkoppen, een voorbeeldrij en een blad dat elke kolom uitlegt. De huidige gegevens komen in dezelfde vorm: exporteren, bewerken in Excel, importeren. Sjablonen en exports zijn in het Engels; Nederlandse kolomkoppen en waarden worden ook gelezen.",
    kind: "Soort",
    template: "Sjabloon",
    currentData: "Huidige gegevens",
    templateLink: "Sjabloon (.xlsx)",
    exportLink: "Exporteren (.xlsx)",
  },
  personalDataLink: "Persoonsnamen van gearchiveerde toppen",
  wizard: {
    chooseFile: "Een bestand kiezen",
    file: "Spreadsheet (.xlsx of .csv)",
    kind: "Wat het bevat",
    guess: "Raden uit de kolomkoppen",
    read: "Bestand lezen",
    preview: "Voorbeeld",
    removeMissing: "Ook tonen wat niet meer in het bestand staat, om het te verwijderen",
    previewHeading: "Voorbeeld",
    counts: "{new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd, {error} met fouten",
    nothingSaved: "Er wordt niets opgeslagen voordat u importeert.",
    import: "Importeren",
    stale: "De keuzes hierboven zijn gewijzigd: bekijk eerst opnieuw het voorbeeld.",
    correctErrors: "Verbeter de fouten in het bestand (of de kolommen hierboven) en bekijk dan opnieuw het voorbeeld.",
    importedHeading: "Geïmporteerd",
    reportCounts: "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {removed} verwijderd, {refused} geweigerd",
    downloadReport: "Verslag downloaden (CSV)",
    reportCaption: "Wat de import heeft gedaan",
  },
  layout: {
    legend: "Wat er is gevonden",
    sheet: "Blad",
    headerRow: "Rij met kolomkoppen",
    holds: "Het bestand bevat",
    choose: "— kies —",
    matrix: "Een vierkant blad met reistijden: locaties in rij {row} en in kolom A, minuten in de cellen.",
    columnsCaption: "Kolommen (geraden uit de kolomkoppen; u kunt elke keuze wijzigen)",
    field: "Veld",
    column: "Kolom",
    holdsColumn: "Wat het bevat",
    notInFile: "— niet in het bestand —",
  },
  table: {
    status: { new: "Nieuw", changed: "Gewijzigd", unchanged: "Ongewijzigd", error: "Fout" },
    showUnchanged: "Ongewijzigde rijen tonen ({n})",
    row: "Rij",
    statusColumn: "Status",
    record: "Gegevens",
    changesOrErrors: "Wijzigingen of fouten",
    empty: "(leeg)",
    more: "{n} rijen meer worden hier niet getoond; het verslag bevat ze allemaal.",
  },
  removals: {
    none: "Het bestand bevat alles wat er is: er valt niets te verwijderen.",
    legend: "Niet in het bestand ({n})",
    cannotRemove: " — kan niet worden verwijderd: {reason}",
    tickAll: "Alles aanvinken wat kan worden verwijderd",
    confirm: "Ik heb deze lijst gecontroleerd: verwijder de {n} aangevinkte",
  },
  report: {
    columns: { row: "Rij", record: "Gegevens", outcome: "Uitkomst", details: "Toelichting" },
    outcome: { new: "toegevoegd", changed: "bijgewerkt", unchanged: "ongewijzigd", error: "geweigerd" },
    notImported: "niet geïmporteerd",
    removed: "verwijderd",
    empty: "(leeg)",
    totals: { added: "Toegevoegd", updated: "Bijgewerkt", unchanged: "Ongewijzigd", removed: "Verwijderd", refused: "Geweigerd" },
  },
  personalData: {
    metaTitle: "Persoonsnamen van gearchiveerde toppen",
    title: "Persoonsnamen van gearchiveerde toppen",
    subtitle: "Alleen voor beheerders",
    intro:
      "Als een top voorbij en gearchiveerd is, kunnen de persoonsnamen van de leden van de delegaties worden gewist. De delegatie, functie, titel en rangorde van elk lid blijven bewaard, zodat nog steeds vastligt wie in welke rol kwam en met hoevelen; de namen verdwijnen, uit de leden en uit de wijzigingsgeschiedenis.",
    noneTitle: "Geen gearchiveerde toppen",
    noneHint: "Archiveer eerst een top onder Toppen.",
    columns: { summit: "Top", archived: "Gearchiveerd", members: "Leden", named: "Met een persoonsnaam" },
    noneLeft: "Geen meer",
    erase: { ask: "Namen wissen…", confirm: "Ja, {n} namen van {summit} wissen", keep: "Niet wissen", done: "{n} namen gewist." },
  },
  enumNames: DUTCH_NAMES,
  refusals: {
    notSpreadsheet: "Dit bestand is geen spreadsheet. Upload een Excel-werkmap (.xlsx) of een CSV-bestand. Er is niets geïmporteerd.",
    tooLarge: "Het bestand is groter dan 25 MB. Splits het, of importeer de soorten een voor een. Er is niets geïmporteerd.",
    tooLargeShort: "Het bestand is groter dan 25 MB.",
    tooManyRows: "Het blad heeft meer dan 100.000 rijen. Splits het in kleinere bestanden. Er is niets geïmporteerd.",
    empty: "Het bestand is leeg. Er is niets geïmporteerd.",
    protected: "De werkmap is beveiligd met een wachtwoord. Sla een kopie op zonder wachtwoord (Bestand → Info → Werkmap beveiligen) en upload die. Er is niets geïmporteerd.",
    oldExcel: "Dit is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV en upload dat. Er is niets geïmporteerd.",
    notXlsx: "Dit bestand is geen leesbare Excel-werkmap (.xlsx). Upload een .xlsx- of CSV-bestand. Er is niets geïmporteerd.",
    noHeaderRow: "Geen rij met kolomkoppen gevonden: een van de eerste rijen moet de kolommen benoemen (bijv. Code, Naam, Soort). Download het sjabloon voor deze soort om de kolomkoppen te zien. Er is niets geïmporteerd.",
    noSheet: 'De werkmap heeft geen blad "{sheet}".',
    noRow: "Het blad heeft geen rij {row}.",
    fileMissing: "Kies een bestand om te importeren.",
    settingsUnreadable: "De importinstellingen konden niet worden gelezen.",
    chooseKind: "Kies wat het bestand bevat: de kolomkoppen zeggen het niet.",
    chooseColumns: "Kies de kolom met: {fields}.",
    noRows: "Het blad heeft geen rijen onder de kolomkoppen.",
    problems: "{problems} {problems|probleem|problemen} in {rows} {rows|rij|rijen}: er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw.",
    removalsChanged: "Wat verwijderd zou worden, is sinds het voorbeeld gewijzigd. Bekijk opnieuw het voorbeeld; er is niets geïmporteerd.",
    cannotRemove: "Kan niet verwijderen: {items}. Er is niets geïmporteerd.",
    notImported: "{sentence} Er is niets geïmporteerd.",
    checkFields: adminNl.gate.checkFields,
    signedOut: adminNl.gate.signedOut,
    notAvailable: adminNl.gate.notAvailable,
    unexpected: adminNl.gate.unexpected,
    newPassword: "Kies eerst een nieuw wachtwoord.",
    databaseDown: "De database is niet bereikbaar; er is niets opgeslagen.",
    archiveFirst: "Archiveer de top eerst: de namen worden pas gewist als de top voorbij is.",
    fieldEmpty: "{field} is leeg.",
    notOneOf: '"{value}" is niet een van: {choices}.',
    notWholeNumber: '"{value}" is geen heel getal.',
    outsideRange: "{value} ligt buiten {min}–{max}.",
    fieldReason: "{field} {reason}",
    notExcelDate: "is geen datum die Excel kent.",
    notValidDate: "is geen geldige datum.",
    notRealDateTime: '"{value}" is geen bestaande datum en tijd.',
    notRealDate: '"{value}" is geen bestaande datum (gebruik dag-maand-jaar, bijv. 24-06-2025 14:30).',
    notTimeOfDay: '"{value}" is geen tijdstip (gebruik 14:30).',
    notDateOrTime: '"{value}" is geen datum of tijd (gebruik 24-06-2025 14:30, 2025-06-24T14:30 of 24/06/2025).',
    notDateOrTimeBare: "is geen datum of tijd.",
    timeNoDate: "heeft een tijd maar geen datum (voeg de datum toe, bijv. 24-06-2025 14:30).",
    dateNoTime: "heeft een datum maar geen tijd (voeg de tijd toe, bijv. 24-06-2025 14:30).",
    dateNotTime: "is een datum, geen tijdstip (gebruik 07:30).",
    noVenue: 'Geen locatie "{name}" in deze top (importeer eerst de locaties).',
    noDelegation: 'Geen delegatie "{name}" in deze top.',
    noAgency: 'Geen dienst "{name}" in deze top.',
    noItem: 'Geen programmaonderdeel "{name}" in deze top.',
    delegationNameTaken: 'Delegatie {code} heet al "{name}".',
    delegationNameTwice: 'Een andere rij noemt ook een delegatie "{name}".',
    duplicate: "{what} staat al op rij {row}: elk komt maar één keer in een bestand voor.",
    duplicateCode: "De code {code}",
    duplicateMember: "Dit lid (delegatie, functie en naam of titel)",
    duplicateVenue: "Deze locatie",
    duplicateSpace: "Deze locatie en zaal",
    duplicateMovement: "De aankomst of het vertrek van deze delegatie",
    duplicateTask: "Een taak van deze dienst en soort voor hetzelfde onderdeel of dezelfde beweging",
    duplicatePair: "Dit paar locaties",
    membersSameName: "{n} leden van {code} hebben deze functie en naam: geef eerst in de app elk een eigen naam of titel.",
    membersSameTitle: "{n} leden van {code} hebben deze functie en titel: geef eerst in de app elk een eigen naam of titel.",
    arrivalsInApp: "{code} heeft {n} aankomsten in de app: wijzig ze daar.",
    departuresInApp: "{code} heeft {n} vertrekken in de app: wijzig ze daar.",
    outsideDays: "{day} valt buiten de dagen van de top ({first} tot en met {last}, met de dag ervoor en erna).",
    tasksOutside: "{n} {n|taak|taken} van diensten {n|zou|zouden} buiten de nieuwe tijd vallen; wijzig die eerst.",
    agencyDeactivated: "{agency} is gedeactiveerd en krijgt geen nieuwe taken.",
    agencyDeactivatedDuring: "{agency} is tijdens de import gedeactiveerd en krijgt geen nieuwe taken. Er is niets geïmporteerd.",
    itemsSameTitle: '{n} programmaonderdelen heten "{title}": voer deze taak in de app in.',
    noArrivalOf: 'Geen aankomst van "{ref}" in deze top.',
    noDepartureOf: 'Geen vertrek van "{ref}" in deze top.',
    severalMovements: '"{ref}" heeft er {n}: voer deze taak in de app in.',
    giveSubject: "Geef het programmaonderdeel, of de delegatie en Aankomst of Vertrek, waarvoor de taak is.",
    tasksInApp: "Er zijn {n} van zulke taken in de app: wijzig ze daar.",
    noTravelToSelf: "Een locatie heeft geen reistijd naar zichzelf.",
    otherVenueKind: "Rij {row} geeft deze locatie een andere soort.",
    otherVenueAddress: "Rij {row} geeft deze locatie een ander adres.",
    delegationInUse: "heeft {members} leden, {movements} bewegingen, {places} plaatsen in het programma, {bilaterals} bilaterale gesprekken en {liaisons} verbindingsofficieren; verwijder die eerst",
    memberInUse: "neemt deel aan {n} {n|programmaonderdeel|programmaonderdelen}; haal het lid daar eerst uit",
    movementInUse: "{n} {n|taak|taken} van diensten {n|hoort|horen} erbij; verwijder die eerst",
    venueInUse: "is een hotel of luchthaven, wordt genoemd in een dekkingsregel of heeft programmaonderdelen of voorgestelde bilaterale gesprekken ({n}); wijzig die eerst",
    spaceInUse: "heeft {n} programmaonderdelen en {bilaterals} voorgestelde bilaterale gesprekken; verplaats die eerst",
    venueWithSpaces: "{name}, met {n} {n|zaal|zalen} en de reistijden",
    venueWithTravelTimes: "{name}, met de reistijden",
  },
};

const WORDS: Record<Lang, ImportText> = { en: importEn, nl: importNl };

export function importWords(lang: Lang): ImportText {
  return WORDS[lang];
}

// `{name}` or `{name|one|other}`.
const TOKEN = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g;

/** A template with its values: `{name}` replaced, `{n|one|other}` the word for n. */
export function fillWords(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(TOKEN, (_, name: string, one: string | undefined, other: string | undefined) =>
    one !== undefined ? (Number(values[name]) === 1 ? one : (other ?? "")) : String(values[name] ?? ""),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** English field labels, longest first: "Date and time" is tried before "Date". */
const ENGLISH_LABELS = [...new Set(Object.values(importEn.fields).flatMap((fields) => Object.values(fields).map((f) => f.label)))].sort((a, b) => b.length - a.length);
const LABEL = `(?:${ENGLISH_LABELS.map(escape).join("|")})`;

/** Placeholders that stand for a number (a count, a row, a bound). */
const NUMBERS = new Set(["n", "min", "max", "row", "problems", "rows", "members", "movements", "places", "bilaterals", "liaisons"]);

/** What a placeholder may stand for in an English sentence. */
function placeholder(name: string): string {
  if (name === "field") return LABEL;
  if (name === "fields") return `${LABEL}(?:, ${LABEL})*`;
  if (NUMBERS.has(name)) return "-?\\d+";
  return "[\\s\\S]+?";
}

function compile(template: string): RegExp {
  let source = "";
  let last = 0;
  const seen = new Set<string>();
  for (const match of template.matchAll(TOKEN)) {
    const [token, name, one, other] = match;
    source += escape(template.slice(last, match.index));
    last = match.index + token.length;
    if (one !== undefined) source += `(?:${escape(one)}|${escape(other ?? "")})`;
    else if (seen.has(name)) source += `\\k<${name}>`;
    else {
      seen.add(name);
      source += `(?<${name}>${placeholder(name)})`;
    }
  }
  return new RegExp(`^${source}${escape(template.slice(last))}$`);
}

const ENGLISH = (Object.entries(importEn.refusals) as [keyof ImportRefusals, string][]).map(([key, template]) => ({ key, pattern: compile(template) }));

/** English field label → the reader's, for every kind (a label means the same in each). */
function labelsOf(words: ImportText): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, fields] of Object.entries(importEn.fields) as [ImportKindKey, Record<string, ImportFieldText>][]) {
    for (const [name, field] of Object.entries(fields)) out.set(field.label, words.fields[kind][name]?.label ?? field.label);
  }
  return out;
}

/** A placeholder's value in the reader's words; null when a nested sentence is not known. */
function localValue(words: ImportText, labels: Map<string, string>, name: string, value: string): string | null {
  switch (name) {
    case "field":
      return labels.get(value) ?? null;
    case "fields":
      return value.split(", ").map((label) => labels.get(label) ?? label).join(", ");
    case "choices":
      return value.split(", ").map((choice) => words.enumNames[choice] ?? choice).join(", ");
    case "sentence":
    case "reason":
    case "what":
      return translated(words, labels, value);
    default:
      return value;
  }
}

function translated(words: ImportText, labels: Map<string, string>, message: string): string | null {
  for (const { key, pattern } of ENGLISH) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values: Record<string, string> = {};
    let known = true;
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      const local = localValue(words, labels, name, value);
      if (local === null) known = false;
      else values[name] = local;
    }
    if (known) return fillWords(words.refusals[key], values);
  }
  return null;
}

/**
 * An English sentence of the import or the gate in the reader's language; a sentence it does
 * not know (a domain form's own rule, a hard conflict) comes back as it is.
 */
export function translateImport(words: ImportText, message: string): string {
  if (words.lang === "en") return message;
  return translated(words, labelsOf(words), message) ?? message;
}

/** A column as a row error names it: "C (Arrival)" stays, a bare field label is translated. */
export function translateColumn(words: ImportText, column: string): string {
  if (words.lang === "en") return column;
  return labelsOf(words).get(column) ?? column;
}

/** Fields whose values are choices with names in both languages. */
const CHOICE_FIELDS = new Set(["kind", "function", "principalLevel", "direction", "type"]);

type RowWords = {
  errors: readonly { column: string | null; message: string }[];
  changes: readonly { field: string; label: string; before: string; after: string }[];
};

/** A preview or report row with its errors, field names and choice values in the reader's words. */
export function localizeRow<R extends RowWords>(words: ImportText, row: R): R {
  if (words.lang === "en") return row;
  const labels = labelsOf(words);
  const choice = (field: string, value: string) => (CHOICE_FIELDS.has(field) ? (words.enumNames[value] ?? value) : value);
  return {
    ...row,
    errors: row.errors.map((e) => ({ ...e, column: e.column === null ? null : (labels.get(e.column) ?? e.column), message: translated(words, labels, e.message) ?? e.message })),
    changes: row.changes.map((c) => ({ ...c, label: labels.get(c.label) ?? c.label, before: choice(c.field, c.before), after: choice(c.field, c.after) })),
  } as R;
}
