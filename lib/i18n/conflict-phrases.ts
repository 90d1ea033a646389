// The conflict engine's explanations in English and Dutch. A rule (lib/scheduling/rules) says what
// it found as a phrase: a key of this dictionary and its arguments (names, "HH:mm" times, calendar
// days, other phrases), stored with the conflict as plain data. Its `message` is the phrase in
// English; a page renders the phrase again in the reader's language (lib/i18n/index.ts
// conflictText). A conflict stored before phrases existed keeps its English message, marked so.
// Part of the Dictionary (./types.ts) as `conflictPhrases`.

/** A calendar day and a time, named in the reader's language: "Tue 24 Jun 2025 20:15", or with
 *  `short` without the year ("Wed 25 Jun 00:30"), as a coverage gap past midnight names its day. */
export type DayTime = { day: string; time: string; short?: true; dateOnly?: true };
/** A calendar day alone: "Tue 24 Jun 2025". */
export type DayArg = { isoDay: string };
/** A task type or movement kind, named (in lower case for a task type) from the reader's dictionary. */
export type EnumArg = { taskType: string } | { movementKind: string };
export type PhraseArg = string | number | DayTime | DayArg | EnumArg | Phrase;
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
  /** "22:30–23:30" and a list of them: a coverage gap's open periods. */
  period: Words;
  list: Words;
  /** A delegation's stay bounds: "lands at Schiphol at 09:10 (BEL123)", "arrives (Tue 24 Jun 2025 09:00)". */
  landsAt: Words;
  landsAtWithFlight: Words;
  leavesFrom: Words;
  leavesFromWithFlight: Words;
  arrivesOn: Words;
  departsOn: Words;
  /** Outside the delegation's stay: the item or transfer, then one or two reasons. */
  outsideStay: Words;
  twoReasons: Words;
  startsBeforeStay: Words;
  endsAfterStay: Words;
  leavesBeforeStay: Words;
  arrivesAfterStay: Words;
  /** Arrivals in protocol order. */
  aDelegationCapital: Words;
  arrivesAtEntrance: Words;
  motorcadeBeforeLanding: Words;
  principalStillIn: Words;
  motorcadeBeforeEnd: Words;
  entranceGap: Words;
  /** A movement a conflict names, on the conflicts page: "Transfer of Iceland, Marriott → Huis ten Bosch, 19:05". */
  movementLabel: Words;
  movementLabelWithRoute: Words;
  /** The links that fix a conflict (lib/conflicts/fix-links.ts). */
  fixAddTask: Words;
  fixShift: Words;
  fixEdit: Words;
  fixFindSlot: Words;
  fixOnTimeline: Words;
  /** The slot finder's "no slot" explanation (lib/scheduling/explain-no-slot.ts). */
  verbatim: Words;
  dayPart: Words;
  memberStay: Words;
  arrivesWhen: Words;
  departsWhen: Words;
  busyUntil: Words;
  busyFrom: Words;
  busyDuring: Words;
  memberBusy: Words;
  semicolonList: Words;
  noSpace: Words;
  noSpaceAt: Words;
  noSpaceFor: Words;
  noSpaceAtFor: Words;
  noFreeSpace: Words;
  noCommonTime: Words;
  /** Why a proposed slot cannot be held (lib/scheduling/validate-slot.ts). */
  travelAfter: Words;
  travelAfterWithBuffer: Words;
  travelBefore: Words;
  travelBeforeWithBuffer: Words;
  spaceTooSmall: Words;
  spaceOpenOnly: Words;
  spaceBooked: Words;
  memberIn: Words;
  slotWrongLength: Words;
  slotOutsideWindow: Words;
  /** A slot request that cannot be searched or checked (lib/scheduling/slot-request.ts). */
  requestDuration: Words;
  requestStep: Words;
  requestLimit: Words;
  requestMinCapacity: Words;
  requestWindowInvalid: Words;
  requestWindowShort: Words;
  requestPreferredDay: Words;
  requestUnknownParticipant: Words;
  requestUnknownVenue: Words;
  unknownSpace: Words;
  spaceAtOtherVenue: Words;
  spaceNotAt: Words;
  spaceGone: Words;
  /** A party of a bilateral without anyone at its level (lib/bilaterals/participants.ts). */
  noPrincipalListed: Words;
  noMinisterListed: Words;
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
  period: (from, to) => `${from}–${to}`,
  list: (first, ...rest) => [first, ...rest].join(", "),
  landsAt: (place, time) => `lands at ${place} at ${time}`,
  landsAtWithFlight: (place, time, flight) => `lands at ${place} at ${time} (${flight})`,
  leavesFrom: (place, time) => `leaves from ${place} at ${time}`,
  leavesFromWithFlight: (place, time, flight) => `leaves from ${place} at ${time} (${flight})`,
  arrivesOn: (when) => `arrives (${when})`,
  departsOn: (when) => `departs (${when})`,
  outsideStay: (title, reasons) => `${title} ${reasons}`,
  twoReasons: (first, second) => `${first} and ${second}`,
  startsBeforeStay: (when, who, bound) => `starts ${when}, before ${who} ${bound}`,
  endsAfterStay: (when, who, bound) => `ends ${when}, after ${who} ${bound}`,
  leavesBeforeStay: (when, who, bound) => `leaves ${when}, before ${who} ${bound}`,
  arrivesAfterStay: (when, who, bound) => `arrives ${when}, after ${who} ${bound}`,
  aDelegationCapital: () => "A delegation",
  arrivesAtEntrance: (who, entrance, time, item) => `${who} arrives at ${entrance} ${time} for ${item}`,
  motorcadeBeforeLanding: (arrival, leaves, who, landing) => `${arrival}, but its motorcade would leave ${leaves}, before ${who} ${landing}`,
  principalStillIn: (arrival, item, until) => `${arrival}, but the principal is still in ${item} until ${until}`,
  motorcadeBeforeEnd: (arrival, leaves, item, ends) => `${arrival}: its motorcade would leave ${leaves}, before ${item} ends ${ends}`,
  entranceGap: (first, firstAt, second, secondAt, entrance, gap, needs) =>
    `${first} ${firstAt} and ${second} ${secondAt} arrive at ${entrance} ${gap} minutes apart; it needs ${needs}`,
  movementLabel: (kind, who, time) => `${kind} of ${who}, ${time}`,
  movementLabelWithRoute: (kind, who, route, time) => `${kind} of ${who}, ${route}, ${time}`,
  fixAddTask: (task, subject) => `Add ${task} for ${subject}`,
  fixShift: (movement) => `Shift ${movement}`,
  fixEdit: (movement) => `Edit ${movement}`,
  fixFindSlot: (item) => `Find another slot for ${item}`,
  fixOnTimeline: (item) => `Open ${item} on the timeline`,
  verbatim: (text) => text,
  dayPart: (day, from, until) => `${day} (${from}–${until})`,
  memberStay: (who, what) => `${who} ${what}`,
  arrivesWhen: (when) => `arrives ${when}`,
  departsWhen: (when) => `departs ${when}`,
  busyUntil: (item, time) => `${item} until ${time}`,
  busyFrom: (item, time) => `${item} from ${time}`,
  busyDuring: (item, from, to) => `${item} ${from}–${to}`,
  memberBusy: (who, busy) => `${who}: ${busy}`,
  semicolonList: (first, ...rest) => [first, ...rest].join("; "),
  noSpace: () => "There is no space",
  noSpaceAt: (venue) => `There is no space at ${venue}`,
  noSpaceFor: (n) => `No space has room for ${n}`,
  noSpaceAtFor: (venue, n) => `No space at ${venue} has room for ${n}`,
  noFreeSpace: (minutes, venue, from, to) => `No free space for ${minutes} min at ${venue} between ${from} and ${to}`,
  noCommonTime: (minutes) => `No common free ${minutes} min for all participants, counting travel time`,
  travelAfter: (who, item, ends, from, to, minutes) => `${who}: ${item} ends ${ends} at ${from}; travel to ${to} takes ${minutes} min`,
  travelAfterWithBuffer: (who, item, ends, from, to, minutes, buffer) => `${who}: ${item} ends ${ends} at ${from}; travel to ${to} takes ${minutes} min (+${buffer} min buffer)`,
  travelBefore: (who, item, starts, to, from, minutes) => `${who}: ${item} starts ${starts} at ${to}; travel from ${from} takes ${minutes} min`,
  travelBeforeWithBuffer: (who, item, starts, to, from, minutes, buffer) => `${who}: ${item} starts ${starts} at ${to}; travel from ${from} takes ${minutes} min (+${buffer} min buffer)`,
  spaceTooSmall: (space, capacity, needed) => `${space} holds ${capacity}, fewer than ${needed}`,
  spaceOpenOnly: (space, opens, closes) => `${space} is open ${opens}–${closes} only`,
  spaceBooked: (space, booking) => `${space} is booked: ${booking}`,
  memberIn: (who, item) => `${who} is in ${item}`,
  slotWrongLength: (range, minutes) => `The slot ${range} does not last the requested ${minutes} min`,
  slotOutsideWindow: (range, from, to) => `The slot ${range} lies outside the window ${from} – ${to}`,
  requestDuration: (max, got) => `Duration must be a whole number of minutes from 1 to ${max} (got ${got})`,
  requestStep: (max, got) => `Step must be a whole number of minutes from 1 to ${max} (got ${got})`,
  requestLimit: (got) => `Limit must be a whole number of at least 1 (got ${got})`,
  requestMinCapacity: (got) => `Minimum capacity must be a whole number of at least 0 (got ${got})`,
  requestWindowInvalid: () => "The window needs a valid earliest and latest time",
  requestWindowShort: (from, to, minutes) => `The window ${from} – ${to} is shorter than ${minutes} min`,
  requestPreferredDay: (day) => `Preferred day is not a date (YYYY-MM-DD): ${day}`,
  requestUnknownParticipant: (id) => `Unknown participant: ${id}`,
  requestUnknownVenue: (id) => `Unknown venue: ${id}`,
  unknownSpace: (id) => `Unknown space: ${id}`,
  spaceAtOtherVenue: (space, venue, other) => `${space} is at ${venue}, not at ${other}`,
  spaceNotAt: (space, venue) => `${space} is not at ${venue}`,
  spaceGone: () => "The space no longer exists.",
  noPrincipalListed: (party) => `${party} has no principal listed.`,
  noMinisterListed: (party) => `${party} has no foreign or defence minister listed.`,
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
  period: (from, to) => `${from}–${to}`,
  list: (first, ...rest) => [first, ...rest].join(", "),
  landsAt: (place, time) => `landt om ${time} op ${place}`,
  landsAtWithFlight: (place, time, flight) => `landt om ${time} op ${place} (${flight})`,
  leavesFrom: (place, time) => `vertrekt om ${time} vanaf ${place}`,
  leavesFromWithFlight: (place, time, flight) => `vertrekt om ${time} vanaf ${place} (${flight})`,
  arrivesOn: (when) => `aankomt (${when})`,
  departsOn: (when) => `vertrekt (${when})`,
  outsideStay: (title, reasons) => `${title} ${reasons}`,
  twoReasons: (first, second) => `${first} en ${second}`,
  startsBeforeStay: (when, who, bound) => `begint ${when}, voordat ${who} ${bound}`,
  endsAfterStay: (when, who, bound) => `eindigt ${when}, nadat ${who} ${bound}`,
  leavesBeforeStay: (when, who, bound) => `vertrekt ${when}, voordat ${who} ${bound}`,
  arrivesAfterStay: (when, who, bound) => `komt aan ${when}, nadat ${who} ${bound}`,
  aDelegationCapital: () => "Een delegatie",
  arrivesAtEntrance: (who, entrance, time, item) => `${who} komt om ${time} aan bij ${entrance} voor ${item}`,
  motorcadeBeforeLanding: (arrival, leaves, who, landing) => `${arrival}, maar de colonne zou om ${leaves} vertrekken, voordat ${who} ${landing}`,
  principalStillIn: (arrival, item, until) => `${arrival}, maar de hoofdpersoon is tot ${until} nog bij ${item}`,
  motorcadeBeforeEnd: (arrival, leaves, item, ends) => `${arrival}: de colonne zou om ${leaves} vertrekken, voordat ${item} om ${ends} eindigt`,
  entranceGap: (first, firstAt, second, secondAt, entrance, gap, needs) =>
    `${first} ${firstAt} en ${second} ${secondAt} komen ${gap} minuten na elkaar aan bij ${entrance}; daar is ${needs} nodig`,
  movementLabel: (kind, who, time) => `${kind} van ${who}, ${time}`,
  movementLabelWithRoute: (kind, who, route, time) => `${kind} van ${who}, ${route}, ${time}`,
  fixAddTask: (task, subject) => `Voeg ${task} toe voor ${subject}`,
  fixShift: (movement) => `Verschuif ${movement}`,
  fixEdit: (movement) => `Wijzig ${movement}`,
  fixFindSlot: (item) => `Zoek een ander tijdslot voor ${item}`,
  fixOnTimeline: (item) => `Open ${item} op de tijdlijn`,
  verbatim: (text) => text,
  dayPart: (day, from, until) => `${day} (${from}–${until})`,
  memberStay: (who, what) => `${who} ${what}`,
  arrivesWhen: (when) => `komt aan ${when}`,
  departsWhen: (when) => `vertrekt ${when}`,
  busyUntil: (item, time) => `${item} tot ${time}`,
  busyFrom: (item, time) => `${item} vanaf ${time}`,
  busyDuring: (item, from, to) => `${item} ${from}–${to}`,
  memberBusy: (who, busy) => `${who}: ${busy}`,
  semicolonList: (first, ...rest) => [first, ...rest].join("; "),
  noSpace: () => "Er is geen ruimte",
  noSpaceAt: (venue) => `Er is geen ruimte op ${venue}`,
  noSpaceFor: (n) => `Geen ruimte biedt plaats aan ${n}`,
  noSpaceAtFor: (venue, n) => `Geen ruimte op ${venue} biedt plaats aan ${n}`,
  noFreeSpace: (minutes, venue, from, to) => `Geen vrije ruimte voor ${minutes} min op ${venue} tussen ${from} en ${to}`,
  noCommonTime: (minutes) => `Geen gezamenlijke vrije ${minutes} min voor alle deelnemers, reistijd meegerekend`,
  travelAfter: (who, item, ends, from, to, minutes) => `${who}: ${item} eindigt ${ends} op ${from}; de reis naar ${to} duurt ${minutes} min`,
  travelAfterWithBuffer: (who, item, ends, from, to, minutes, buffer) => `${who}: ${item} eindigt ${ends} op ${from}; de reis naar ${to} duurt ${minutes} min (+${buffer} min marge)`,
  travelBefore: (who, item, starts, to, from, minutes) => `${who}: ${item} begint ${starts} op ${to}; de reis vanaf ${from} duurt ${minutes} min`,
  travelBeforeWithBuffer: (who, item, starts, to, from, minutes, buffer) => `${who}: ${item} begint ${starts} op ${to}; de reis vanaf ${from} duurt ${minutes} min (+${buffer} min marge)`,
  spaceTooSmall: (space, capacity, needed) => `${space} biedt plaats aan ${capacity}, minder dan ${needed}`,
  spaceOpenOnly: (space, opens, closes) => `${space} is alleen open van ${opens} tot ${closes}`,
  spaceBooked: (space, booking) => `${space} is geboekt: ${booking}`,
  memberIn: (who, item) => `${who} is bij ${item}`,
  slotWrongLength: (range, minutes) => `Het tijdslot ${range} duurt niet de gevraagde ${minutes} min`,
  slotOutsideWindow: (range, from, to) => `Het tijdslot ${range} valt buiten de periode ${from} – ${to}`,
  requestDuration: (max, got) => `De duur moet een heel aantal minuten zijn van 1 tot ${max} (niet ${got})`,
  requestStep: (max, got) => `De stap moet een heel aantal minuten zijn van 1 tot ${max} (niet ${got})`,
  requestLimit: (got) => `Het aantal moet een heel getal van minstens 1 zijn (niet ${got})`,
  requestMinCapacity: (got) => `De minimale capaciteit moet een heel getal van minstens 0 zijn (niet ${got})`,
  requestWindowInvalid: () => "De periode vraagt een geldige vroegste en laatste tijd",
  requestWindowShort: (from, to, minutes) => `De periode ${from} – ${to} is korter dan ${minutes} min`,
  requestPreferredDay: (day) => `Voorkeursdag is geen datum (JJJJ-MM-DD): ${day}`,
  requestUnknownParticipant: (id) => `Onbekende deelnemer: ${id}`,
  requestUnknownVenue: (id) => `Onbekende locatie: ${id}`,
  unknownSpace: (id) => `Onbekende ruimte: ${id}`,
  spaceAtOtherVenue: (space, venue, other) => `${space} is op ${venue}, niet op ${other}`,
  spaceNotAt: (space, venue) => `${space} is niet op ${venue}`,
  spaceGone: () => "De ruimte bestaat niet meer.",
  noPrincipalListed: (party) => `Voor ${party} is geen hoofdpersoon vastgelegd.`,
  noMinisterListed: (party) => `Voor ${party} is geen minister van Buitenlandse Zaken of Defensie vastgelegd.`,
};

/** How the reader's language names what a phrase refers to by code. */
export type PhraseNames = { day: (isoDay: string) => string; dayMonth: (isoDay: string) => string; taskType: (type: string) => string; movementKind: (kind: string) => string };

function renderArg(arg: PhraseArg, words: ConflictPhrases, names: PhraseNames): string {
  if (typeof arg === "string") return arg;
  if (typeof arg === "number") return String(arg);
  if ("key" in arg) return renderPhrase(arg, words, names);
  if ("taskType" in arg) return names.taskType(arg.taskType);
  if ("movementKind" in arg) return names.movementKind(arg.movementKind);
  if ("isoDay" in arg) return names.day(arg.isoDay);
  // "24 Jun 14:00": the date without its weekday, where the weekday and year do not matter.
  if (arg.dateOnly) return `${names.dayMonth(arg.day).split(" ").slice(1).join(" ")} ${arg.time}`;
  return `${arg.short ? names.dayMonth(arg.day) : names.day(arg.day)} ${arg.time}`;
}

/** The phrase in the words given, named by `names` in the same language. */
export function renderPhrase(p: Phrase, words: ConflictPhrases, names: PhraseNames): string {
  const args = p.args.map((arg) => renderArg(arg, words, names));
  const fn = words[p.key] as Words | undefined;
  return fn ? fn(...args) : args.join(" ");
}
