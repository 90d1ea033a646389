// The kinds of spreadsheet the import reads and, per kind, the fields it takes from them: a
// label, the header names it recognises in English and Dutch, and the words for the template's
// explanation sheet. Only these fields are ever read; any other column (a passport number, a
// birth date) is ignored and never stored.
import type { ImportKind } from "@/lib/generated/prisma/enums";

export const IMPORT_KINDS = ["delegations", "members", "movements", "venues", "travel-times", "tasks"] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export const KIND_ENUM: Record<ImportKindName, ImportKind> = {
  delegations: "DELEGATIONS",
  members: "MEMBERS",
  movements: "MOVEMENTS",
  venues: "VENUES",
  "travel-times": "TRAVEL_TIMES",
  tasks: "TASKS",
};

export const KIND_LABEL: Record<ImportKindName, string> = {
  delegations: "Delegations",
  members: "Delegation members",
  movements: "Arrivals and departures",
  venues: "Venues and spaces",
  "travel-times": "Travel times",
  tasks: "Agency tasks",
};

export type FieldDef = {
  name: string;
  label: string;
  /** Needed on every row (see each kind for fields needed together, such as a date and a time). */
  required: boolean;
  /** Header names, English and Dutch; compared after normalizeHeader. */
  aliases: readonly string[];
  help: string;
  example: string | number;
};

const f = (name: string, label: string, required: boolean, aliases: string[], help: string, example: string | number): FieldDef => ({
  name, label, required, aliases: [label, ...aliases], help, example,
});

const DELEGATION_REF = ["delegation", "delegation code", "country", "country code", "code", "delegatie", "delegatiecode", "land", "landcode"];

export const FIELDS: Record<ImportKindName, readonly FieldDef[]> = {
  delegations: [
    f("code", "Code", true, ["delegation code", "country code", "iso code", "iso", "iso 3166", "landcode", "delegatiecode", "afkorting"], "Short code: the ISO 3166 country code (NL, US) or the organisation's (EU, NATO). The key: a row with a known code updates that delegation.", "NL"),
    f("name", "Name", true, ["delegation", "delegation name", "country", "country name", "naam", "delegatie", "delegatienaam", "land"], "The delegation's name as the programme prints it.", "Netherlands"),
    f("kind", "Kind", true, ["delegation kind", "type", "category", "soort", "categorie", "type delegatie"], "Ally, Partner or Organisation (Dutch: Bondgenoot, Partner, Organisatie).", "Ally"),
    f("homeTimeZone", "Home time zone", false, ["time zone", "timezone", "tz", "tijdzone", "thuistijdzone"], "IANA time zone of the delegation's capital, e.g. Europe/Kyiv. Optional.", "Europe/Amsterdam"),
    f("hotel", "Hotel", false, ["accommodation", "hotel name", "accommodatie", "verblijf", "logies"], "Name of a venue of the summit (import venues first). Optional.", "Hotel Des Indes"),
  ],
  members: [
    f("delegation", "Delegation", true, DELEGATION_REF, "Code (or name) of a delegation of the summit.", "NL"),
    f("function", "Function", true, ["role", "functie", "rol", "member function"], "Head of state or government, Foreign minister, Defence minister, Sherpa, Interpreter, Security or Other (Dutch names too).", "Sherpa"),
    f("title", "Title", true, ["position", "job title", "titel", "ambt", "functietitel", "functieomschrijving"], "The title as the programme prints it.", "Sherpa of the Netherlands"),
    f("personalName", "Personal name", false, ["name", "full name", "naam", "volledige naam", "persoon", "personal name"], "Only where public. Optional. Delegation, function and name (or title when there is no name) identify a member.", ""),
    f("precedence", "Precedence", false, ["rank", "order", "protocol order", "principal level", "level", "rang", "volgorde", "protocollaire volgorde", "niveau"], "1 is the principal; lower is more senior. Optional (100 when left empty).", 4),
  ],
  movements: [
    f("delegation", "Delegation", true, DELEGATION_REF, "Code (or name) of a delegation of the summit.", "NL"),
    f("direction", "Direction", true, ["arrival or departure", "arrival departure", "movement", "kind", "type", "richting", "aankomst vertrek", "aankomst of vertrek", "beweging", "soort"], "Arrival or Departure (Aankomst, Vertrek). One of each per delegation: delegation and direction identify the movement.", "Arrival"),
    f("airport", "Airport", true, ["airport name", "place", "venue", "luchthaven", "vliegveld"], "Name of a venue of the summit.", "Schiphol Airport"),
    f("flight", "Flight", false, ["flight number", "flight no", "callsign", "vlucht", "vluchtnummer", "roepnaam"], "Flight number or call sign. Optional.", "NLD 01"),
    f("when", "Date and time", false, ["datetime", "date time", "scheduled", "eta etd", "datum en tijd", "datum tijd", "tijdstip"], "Landing or take-off in the summit's time zone: 24-06-2025 14:30, 2025-06-24T14:30 or an Excel date. Or use separate Date and Time columns.", "24-06-2025 14:30"),
    f("date", "Date", false, ["day", "datum", "dag"], "The day, when the time is in a column of its own (24-06-2025 or 24/06/2025).", ""),
    f("time", "Time", false, ["local time", "tijd", "lokale tijd", "uur"], "The time (14:30), when the day is in a column of its own.", ""),
    f("partySize", "Party size", true, ["pax", "persons", "people", "number of people", "delegation size", "aantal personen", "personen", "aantal"], "Number of people travelling.", 24),
    f("principalLevel", "Principal level", false, ["highest function", "most senior", "hoogste functie", "niveau principaal"], "Most senior function travelling (as Function for members). Optional.", "Head of state or government"),
  ],
  venues: [
    f("venue", "Venue", true, ["venue name", "location", "building", "locatie", "gebouw", "naam locatie"], "Name of the venue. The key: a row with a known name updates that venue.", "World Forum"),
    f("venueKind", "Venue kind", false, ["venue type", "kind", "type", "soort", "soort locatie"], "Conference, Palace, Airport, Hotel or Other (Dutch: Congres, Paleis, Luchthaven, Hotel, Overig). Optional; empty keeps the venue's kind.", "Conference"),
    f("address", "Address", false, ["adres", "street", "straat"], "Optional; empty keeps the venue's address.", "Churchillplein 10, Den Haag"),
    f("space", "Space", false, ["room", "hall", "space name", "zaal", "ruimte", "zaalnaam"], "A room of the venue; leave empty for a row about the venue alone. Venue and space identify a space.", "Plenary Hall"),
    f("capacity", "Capacity", false, ["seats", "max persons", "capaciteit", "plaatsen", "aantal plaatsen"], "People the space holds (needed for a space).", 1200),
    f("securityZone", "Security zone", false, ["zone", "ring", "beveiligingszone", "veiligheidszone"], "e.g. red, orange, green. Optional.", "red"),
    f("opens", "Opens", false, ["opening time", "open from", "opens at", "opent", "open vanaf", "openingstijd"], "Opening time (07:00); leave Opens and Closes empty for always open.", "07:00"),
    f("closes", "Closes", false, ["closing time", "open until", "closes at", "sluit", "sluitingstijd", "open tot"], "Closing time (23:00).", "23:00"),
  ],
  "travel-times": [
    f("from", "From", true, ["from venue", "origin", "van", "vanaf", "herkomst", "vertrekpunt"], "Venue the motorcade leaves from. Or give a square sheet: venues across the top and down the side, minutes in the cells.", "Hotel Des Indes"),
    f("to", "To", true, ["to venue", "destination", "naar", "bestemming"], "Venue it goes to.", "World Forum"),
    f("minutes", "Minutes", true, ["travel time", "duration", "min", "minuten", "reistijd", "duur"], "Minutes by motorcade (0–1440). From and To identify the travel time.", 12),
  ],
  tasks: [
    f("agency", "Agency", true, ["agency short name", "dienst", "organisatie", "instantie"], "Short name (or name) of an agency of the summit.", "Police"),
    f("type", "Task type", true, ["type", "task", "taak", "taaktype", "soort taak"], "Security perimeter, Escort, Road closure, Airport handling, Crowd management, Medical, Liaison or Other.", "Escort"),
    f("item", "Programme item", false, ["item", "event", "programmaonderdeel", "onderdeel", "evenement"], "Title of the programme item the task covers. Or give Delegation and Movement.", ""),
    f("delegation", "Delegation", false, ["delegation code", "delegatie", "land"], "Code of the delegation whose arrival or departure the task covers.", "NL"),
    f("movement", "Movement", false, ["arrival or departure", "arrival departure", "beweging", "aankomst vertrek", "aankomst of vertrek"], "Arrival or Departure, with Delegation. Agency, task type and what it covers identify a task.", "Arrival"),
    f("date", "Date", false, ["day", "datum", "dag"], "The day, when Start and End are times only.", ""),
    f("start", "Start", true, ["starts", "start time", "from", "begin", "begintijd", "aanvang", "van"], "Start in the summit's time zone (24-06-2025 13:45, or 13:45 with a Date column).", "24-06-2025 13:45"),
    f("end", "End", true, ["ends", "end time", "until", "einde", "eindtijd", "tot"], "End, after the start.", "24-06-2025 15:00"),
    f("location", "Location", false, ["place", "locatie", "plaats"], "Optional.", "Schiphol, VIP apron"),
    f("note", "Instruction", false, ["note", "notes", "instructions", "opmerking", "instructie", "toelichting"], "The planner's instruction to the agency. Optional.", ""),
  ],
};

/**
 * The fields that identify a row (and, for travel times, its only value): a file must have their
 * columns. Other required fields are needed to create a record, not to update one.
 */
export const KEY_FIELDS: Record<ImportKindName, readonly string[]> = {
  delegations: ["code"],
  members: ["delegation", "function", "title"],
  movements: ["delegation", "direction"],
  venues: ["venue"],
  "travel-times": ["from", "to", "minutes"],
  tasks: ["agency", "type"],
};

export function fieldsOf(kind: ImportKindName): readonly FieldDef[] {
  return FIELDS[kind];
}

export function isImportKind(value: string): value is ImportKindName {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
