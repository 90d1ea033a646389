// The conflict engine's explanations in English and Dutch. A rule (lib/scheduling/rules) says what
// it found as a phrase: a key of this dictionary and its arguments (names, "HH:mm" times, calendar
// days, other phrases), stored with the conflict as plain data. Its `message` is the phrase in
// English; a page renders the phrase again in the reader's language (lib/i18n/index.ts
// conflictText). A conflict stored before phrases existed keeps its English message, marked so.
// Part of the Dictionary (./types.ts) as `conflictPhrases`.

/** A calendar day and a time, named in the reader's language: "Tue 24 Jun 2025 20:15". */
export type DayTime = { day: string; time: string };
/** A task type or movement kind, named (in lower case for a task type) from the reader's dictionary. */
export type EnumArg = { taskType: string } | { movementKind: string };
export type PhraseArg = string | number | DayTime | EnumArg | Phrase;
export type Phrase = { key: PhraseKey; args: PhraseArg[] };

type Words = (...args: string[]) => string;

export type ConflictPhrases = {
  /** "{title} ({from}–{to})": an item or a movement with its times. */
  withTimes: Words;
  arrivalOf: Words;
  arrivalOfWithFlight: Words;
  departureOf: Words;
  departureOfWithFlight: Words;
  transferOf: Words;
  aDelegation: Words;
  unknownPlace: Words;
  memberOverlap: Words;
  spaceDoubleBooked: Words;
  overCapacity: Words;
  outsideOpeningHours: Words;
  travelTime: Words;
  travelTimeWithBuffer: Words;
  transferLeaves: Words;
  transferReaches: Words;
  /** "Transfer of Iceland (Marriott → Huis ten Bosch, 18:52)": a movement a coverage gap is on. */
  movementRoute: Words;
  /** An item or movement, then what its coverage lacks. */
  itemShortfall: Words;
  movementShortfall: Words;
  noCoverage: Words;
  noCoverageAtItsTime: Words;
  noCoverageDuringItsTime: Words;
  coverageOnlyUntil: Words;
  coverageOnlyFrom: Words;
  coverageWithAGap: Words;
  coverageWithGaps: Words;
};

export type PhraseKey = keyof ConflictPhrases;

/** Builds a phrase (a rule's finding, or a part of one). */
export const phrase = (key: PhraseKey, ...args: PhraseArg[]): Phrase => ({ key, args });

export const conflictPhrasesEn: ConflictPhrases = {
  withTimes: (title, from, to) => `${title} (${from}–${to})`,
  arrivalOf: (who, place) => `Arrival of ${who} at ${place}`,
  arrivalOfWithFlight: (who, place, flight) => `Arrival of ${who} at ${place} (${flight})`,
  departureOf: (who, place) => `Departure of ${who} from ${place}`,
  departureOfWithFlight: (who, place, flight) => `Departure of ${who} from ${place} (${flight})`,
  transferOf: (who, from, to) => `Transfer of ${who}: ${from} → ${to}`,
  aDelegation: () => "a delegation",
  unknownPlace: () => "an unknown place",
  memberOverlap: (who, earlier, later) => `${who} is in ${earlier} and ${later} at the same time`,
  spaceDoubleBooked: (space, earlier, later) => `${space} is double-booked: ${earlier} and ${later}`,
  overCapacity: (space, capacity, attending, item) => `${space} holds ${capacity}, but ${attending} participants attend ${item}`,
  outsideOpeningHours: (item, space, opens, closes) => `${item} is outside the opening hours of ${space} (${opens}–${closes})`,
  travelTime: (who, from, ends, fromVenue, to, starts, toVenue, minutes) =>
    `${who}: ${from} ends ${ends} at ${fromVenue}, ${to} starts ${starts} at ${toVenue}; travel takes ${minutes} min`,
  travelTimeWithBuffer: (who, from, ends, fromVenue, to, starts, toVenue, minutes, buffer) =>
    `${who}: ${from} ends ${ends} at ${fromVenue}, ${to} starts ${starts} at ${toVenue}; travel takes ${minutes} min (+${buffer} min buffer)`,
  transferLeaves: (who, place, time, item, itemEnds) => `The transfer of ${who} leaves ${place} ${time}, ${item} ends ${itemEnds}`,
  transferReaches: (who, place, time, item, itemStarts) => `The transfer of ${who} reaches ${place} ${time}, ${item} starts ${itemStarts}`,
  movementRoute: (kind, who, from, to, time) => `${kind} of ${who} (${from} → ${to}, ${time})`,
  itemShortfall: (item, shortfall) => `${item} ${shortfall}`,
  movementShortfall: (movement, item, shortfall) => `${movement}, for ${item}, ${shortfall}`,
  noCoverage: (task) => `has no ${task} coverage`,
  noCoverageAtItsTime: (task, open) => `has no ${task} coverage at its time (uncovered ${open})`,
  noCoverageDuringItsTime: (task, open) => `has no ${task} coverage during its time (uncovered ${open})`,
  coverageOnlyUntil: (task, until, open) => `has ${task} coverage only until ${until} (uncovered ${open})`,
  coverageOnlyFrom: (task, from, open) => `has ${task} coverage only from ${from} (uncovered ${open})`,
  coverageWithAGap: (task, open) => `has ${task} coverage with a gap (uncovered ${open})`,
  coverageWithGaps: (task, open) => `has ${task} coverage with gaps (uncovered ${open})`,
};

export const conflictPhrasesNl: ConflictPhrases = {
  withTimes: (title, from, to) => `${title} (${from}–${to})`,
  arrivalOf: (who, place) => `Aankomst van ${who} op ${place}`,
  arrivalOfWithFlight: (who, place, flight) => `Aankomst van ${who} op ${place} (${flight})`,
  departureOf: (who, place) => `Vertrek van ${who} vanaf ${place}`,
  departureOfWithFlight: (who, place, flight) => `Vertrek van ${who} vanaf ${place} (${flight})`,
  transferOf: (who, from, to) => `Verplaatsing van ${who}: ${from} → ${to}`,
  aDelegation: () => "een delegatie",
  unknownPlace: () => "een onbekende plaats",
  memberOverlap: (who, earlier, later) => `${who} is tegelijk bij ${earlier} en ${later}`,
  spaceDoubleBooked: (space, earlier, later) => `${space} is dubbel geboekt: ${earlier} en ${later}`,
  overCapacity: (space, capacity, attending, item) => `${space} biedt plaats aan ${capacity}, maar ${attending} deelnemers wonen ${item} bij`,
  outsideOpeningHours: (item, space, opens, closes) => `${item} valt buiten de openingstijden van ${space} (${opens}–${closes})`,
  travelTime: (who, from, ends, fromVenue, to, starts, toVenue, minutes) =>
    `${who}: ${from} eindigt ${ends} op ${fromVenue}, ${to} begint ${starts} op ${toVenue}; de reis duurt ${minutes} min`,
  travelTimeWithBuffer: (who, from, ends, fromVenue, to, starts, toVenue, minutes, buffer) =>
    `${who}: ${from} eindigt ${ends} op ${fromVenue}, ${to} begint ${starts} op ${toVenue}; de reis duurt ${minutes} min (+${buffer} min marge)`,
  transferLeaves: (who, place, time, item, itemEnds) => `De verplaatsing van ${who} vertrekt ${time} van ${place}, ${item} eindigt ${itemEnds}`,
  transferReaches: (who, place, time, item, itemStarts) => `De verplaatsing van ${who} komt ${time} aan op ${place}, ${item} begint ${itemStarts}`,
  movementRoute: (kind, who, from, to, time) => `${kind} van ${who} (${from} → ${to}, ${time})`,
  itemShortfall: (item, shortfall) => `${item} ${shortfall}`,
  movementShortfall: (movement, item, shortfall) => `${movement}, voor ${item}, ${shortfall}`,
  noCoverage: (task) => `heeft geen dekking voor ${task}`,
  noCoverageAtItsTime: (task, open) => `heeft op zijn tijdstip geen dekking voor ${task} (niet gedekt: ${open})`,
  noCoverageDuringItsTime: (task, open) => `heeft tijdens zijn duur geen dekking voor ${task} (niet gedekt: ${open})`,
  coverageOnlyUntil: (task, until, open) => `heeft dekking voor ${task} alleen tot ${until} (niet gedekt: ${open})`,
  coverageOnlyFrom: (task, from, open) => `heeft dekking voor ${task} pas vanaf ${from} (niet gedekt: ${open})`,
  coverageWithAGap: (task, open) => `heeft dekking voor ${task} met een gat (niet gedekt: ${open})`,
  coverageWithGaps: (task, open) => `heeft dekking voor ${task} met gaten (niet gedekt: ${open})`,
};

/** How the reader's language names what a phrase refers to by code. */
export type PhraseNames = { day: (isoDay: string) => string; taskType: (type: string) => string; movementKind: (kind: string) => string };

function renderArg(arg: PhraseArg, words: ConflictPhrases, names: PhraseNames): string {
  if (typeof arg === "string") return arg;
  if (typeof arg === "number") return String(arg);
  if ("key" in arg) return renderPhrase(arg, words, names);
  if ("taskType" in arg) return names.taskType(arg.taskType);
  if ("movementKind" in arg) return names.movementKind(arg.movementKind);
  return `${names.day(arg.day)} ${arg.time}`;
}

/** The phrase in the words given, named by `names` in the same language. */
export function renderPhrase(p: Phrase, words: ConflictPhrases, names: PhraseNames): string {
  const args = p.args.map((arg) => renderArg(arg, words, names));
  const fn = words[p.key] as Words | undefined;
  return fn ? fn(...args) : args.join(" ");
}
