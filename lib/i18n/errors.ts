// The domain's refusals in the reader's language. The domains speak English (lib/errors.ts, the
// zod schemas, the gate), one sentence per rule, written for the user; this is where each gets its
// Dutch. The gate (lib/auth/gate.ts) hands an action's answer through `localizeMessage`, so a form
// shows the reader's words for what is known here and the English sentence for anything else.
// Part of the Dictionary (./types.ts) as `errors`, so the dictionaries test holds both sides.
import type { Lang } from "./lang";

/** The sentences as the domains write them, keyed by a name that says what they refuse. */
export type ErrorsText = {
  // The gate and the request checks.
  checkFields: string;
  signedOut: string;
  notFound: string;
  forbidden: string;
  unexpected: string;
  passwordFirst: string;
  databaseDown: string;
  reload: string;
  // Database rules (lib/errors.ts).
  alreadyExists: string;
  spaceBooked: string;
  endAfterStart: string;
  departureAfterArrival: string;
  capacityPositive: string;
  closingAfterOpening: string;
  travelTwoVenues: string;
  durationRange: string;
  missingReference: string;
  databaseRule: string;
  // Schemas and mutations.
  nul: string;
  enterNumber: string;
  wholeMinutes: string;
  useDate: string;
  useDay: string;
  useDateTime: string;
  chooseDay: string;
  chooseKind: string;
  chooseStatus: string;
  chooseTaskType: string;
  chooseTaskTypeRequired: string;
  chooseOne: string;
  chooseSlot: string;
  chooseWhoSees: string;
  chooseItemOrMovement: string;
  chooseItemsOrMovements: string;
  choosePrincipals: string;
  chooseMovementKind: string;
  chooseOtherPlace: string;
  chooseOtherDelegation: string;
  chooseAtMost10: string;
  notOwnDelegation: string;
  acceptOrDecline: string;
  unknownAgency: string;
  unknownDelegation: string;
  unknownHotel: string;
  unknownItem: string;
  unknownPlace: string;
  unknownSummit: string;
  unknownVenue: string;
  validEmail: string;
  passwordsDiffer: string;
  passwordTooLong: string;
  passwordWrong: string;
  /** "Too many wrong passwords. Try again in 15 minutes." */
  tooManyWrongPasswords: (minutes: number) => string;
  currentPassword: string;
  nameUsed: string;
  delegationTaken: string;
  lettersDigits: string;
  enterMinutes: string;
  enterPartySize: string;
  atMost24h: string;
  atMost999: string;
  atMost5000: string;
  atMost100k: string;
  bilateralMaxDay: string;
  meetingMinute: string;
  searchEndAfterStart: string;
  chooseDayForSearch: string;
  openingBoth: string;
  lastDayFirst: string;
  noDays: string;
  taskCovers: string;
  taskWindow: string;
  transferSameItem: string;
  venueSelf: string;
  ruleMovementKind: string;
  ruleItemKind: string;
  notInBilateral: string;
  noSlotToAnswer: string;
  noSlotToConfirm: string;
  everyoneAccepts: string;
  requestClosed: string;
  feedExists: string;
  // A save refused for a hard conflict (lib/conflicts/guard.ts).
  writeOverrideReason: string;
  hardConflictWaysItem: string;
  hardConflictWaysMovement: string;
  hardConflictWaysBilateral: string;
  /** "Not saved: a hard conflict stops Confirmed — {the conflicts}. {what to do}" */
  hardConflictRefused: (conflicts: string, ways: string) => string;
  /** "2 agency tasks would fall outside the new time; change them first." */
  tasksOutside: (n: number) => string;
  // Refusals worded with names, numbers or reasons (`worded` below).
  noTravelTimeBetween: (from: string, to: string) => string;
  removeTasksFirst: (n: number) => string;
  preferredDaysOutside: (days: string, outside: string) => string;
  slotDoesNotWork: (problems: string) => string;
  proposedSlotImpossible: (problems: string, ways: string) => string;
  pickAnotherSlot: string;
  roomTakenPickAnother: (refusal: string) => string;
  /** "World Forum Room A is already booked by 'NAC' 10:00–12:00" */
  spaceBookedBy: (space: string, title: string, from: string, to: string) => string;
  /** "Keep the task within 6 hours of what it covers (Tue 24 Jun 2025 19:30–22:30)." */
  keepTaskWithin: (hours: number, when: string) => string;
  /** "Use at most 120 characters." */
  atMostChars: (n: number) => string;
  validStart: string;
  validEnd: string;
  chooseDelegations: string;
  chooseMembers: string;
  // The planners' forms (lib/<domain>/schema.ts).
  chooseDelegation: string;
  endOrEmpty: string;
  wholeNumber: string;
  atLeastOnePerson: string;
  chooseArrivalAirport: string;
  chooseDepartureAirport: string;
  chooseTransferFrom: string;
  chooseTransferTo: string;
  enterCode: string;
  enterName: string;
  unknownTimeZone: string;
  enterMemberTitle: string;
  useWholeNumber: string;
  atLeastOne: string;
  chooseAgency: string;
  useClock: string;
  ruleInWords: string;
  enterTitle: string;
  enterStartDateTime: string;
  enterEndDateTime: string;
  enterTimeDateTime: string;
  // A row changed by someone else since the form read it (checkVersion / updateVersioned in lib/db.ts).
  changedMeanwhile: string;
  requestChangedMeanwhile: (status: string) => string;
  // The arrivals (lib/arrivals): the precedence list, entrances, sequences and their motorcades.
  listTwiceOrForeign: string;
  chooseSummitVenue: string;
  chooseActiveAgency: string;
  setPrecedenceFirst: string;
  chooseRankOrder: string;
  chooseListLanguage: string;
  chooseOthersPlace: string;
  listEmpty: string;
  nameEntrance: string;
  nameGreeter: string;
  enterClockTime: string;
  itemCancelledNoArrivals: string;
  thatItemCancelled: string;
  chooseSummitEntrance: string;
  /** "Enter the interval in minutes." */
  enterMinutesOf: (field: MinuteField) => string;
  /** "The interval must be at least 1 minute." */
  minutesAtLeast: (field: MinuteField, n: number) => string;
  /** "The interval can be at most 60 minutes." */
  minutesAtMost: (field: MinuteField, n: number) => string;
  listLeavesOut: (names: string) => string;
  entranceElsewhere: (entrance: string, venue: string, item: string, itemVenue: string) => string;
  nobodyTakesPart: (item: string) => string;
  precedenceLeavesOut: (names: string, item: string) => string;
  choosePlaceUpTo: (n: number) => string;
  replanOverrun: (names: string) => string;
  /** "Nothing was saved: {why}" */
  nothingSavedBecause: (why: string) => string;
  arrivalsNeedMinutes: (parties: number, needed: number, window: number) => string;
  arrivalsOutsideWindow: (from: number, to: number, window: number) => string;
  noPlaceToLeaveFrom: (party: string) => string;
  noTravelTimeFor: (from: string, to: string, party: string) => string;
  // The summit days as they happen (lib/live).
  delayOnCancelled: string;
  itemIsCancelled: string;
  delayOnEnded: string;
  itemHasEnded: string;
  delayEndsBeforeStart: string;
  tooManyMinutesEarlier: string;
  delayOnArrived: string;
  movementHasArrived: string;
  spaceNotOfSummit: string;
  itemEndAfterStart: string;
  minutesWhole: string;
  atLeastOneMinute: string;
  atMostOneDay: string;
  sayMinutesLate: string;
  actualEndAfterStart: string;
  noteUnder500: string;
  enterWhenDeparted: string;
  enterWhenArrived: string;
  arrivalAfterDeparture: string;
  arrivalAfterDepartureNothingSaved: string;
  validTime: string;
  sayWhyChange: string;
  reasonUnder500: string;
  enterActualStart: string;
  enterActualEnd: string;
  enterDepartureTime: string;
  enterArrivalTime: string;
  programmeChangedSinceProposal: string;
  /** "Not applied: {item}: {why}; {item}: {why}" */
  notApplied: (refusals: string) => string;
  // An import refused as a whole (lib/import).
  /** "Not imported: a hard conflict stops Confirmed — {the conflicts}. Change the file, …" */
  hardConflictNotImported: (conflicts: string) => string;
  // A: programme items and bilaterals (lib/programme, lib/bilaterals).
  /** "The start must be within the summit days (Tue 24 Jun 2025 – Wed 25 Jun 2025)." */
  startWithinDays: (days: string) => string;
  endWithinDays: (days: string) => string;
  unknownSpace: string;
  spaceOfOtherSummit: string;
  unknownParentItem: string;
  parentOfOtherSummit: string;
  ownParent: string;
  parentIsSession: string;
  parentNotSideEvent: string;
  itemHasSessions: string;
  delegationOfOtherSummit: string;
  unknownMember: string;
  memberOfOtherSummit: string;
  /** "Changed by Anna Planner at 14:05. Reload to see the latest version; nothing was saved." */
  itemChangedBy: (name: string, time: string) => string;
  itemChangedMeanwhile: string;
  requestOnlyOwn: string;
  counterpartsOfSummit: string;
  answerOnlyOwn: string;
  withdrawOnlyRequester: string;
  proposeSlotFirst: string;
  /** "Choose a day of the summit (Tue 24 Jun 2025 – Wed 25 Jun 2025)." */
  chooseSummitDay: (first: string, last: string) => string;
  /** "This request is withdrawn: nothing more can change." */
  requestIsFinal: (status: string) => string;
  proposalDeclined: string;
  confirmedAskCancel: string;
  alreadyConfirmed: string;
  confirmedNoWithdraw: string;
  /** "A request that is requested cannot be changed that way." */
  requestCannotChange: (status: string) => string;
  /** "That delegation has already accepted this proposal." */
  alreadyAnswered: (accepted: boolean) => string;
  // B: tasks, movements, coverage, arrivals, delegations, venues, agencies, the import (lib/tasks, lib/movements, …).
  chooseSummitAgency: string;
  chooseSummitItemOrMovement: string;
  chooseSummitDelegation: string;
  chooseSummitPlace: string;
  chooseSummitItem: string;
  itemCancelledNoTransfer: string;
  delegationNotInItem: string;
  sameVenue: string;
  codeNameUnique: string;
  archiveFirst: string;
  /** "NATO was deactivated during the import and gets no new tasks. Nothing was imported." */
  agencyDeactivatedDuringImport: (agency: string) => string;
};

/** The arrivals' fields counted in minutes, named in the schema's refusals. */
export type MinuteField = "minGap" | "interval" | "groupGap" | "greeting" | "press" | "window";

const MINUTE_FIELDS_EN: Record<MinuteField, string> = {
  minGap: "minimum gap",
  interval: "interval",
  groupGap: "extra gap between ranks",
  greeting: "greeting",
  press: "press moment",
  window: "arrival window",
};
// With the article: Dutch has two, by the word.
const MINUTE_FIELDS_NL: Record<MinuteField, string> = {
  minGap: "de minimale tussentijd",
  interval: "het interval",
  groupGap: "de extra tussentijd tussen rangen",
  greeting: "de begroeting",
  press: "het persmoment",
  window: "de aankomsttijd vóór het begin",
};
// A field the tables do not name (only from an untyped caller) is given by its key.
const named = (names: Record<MinuteField, string>, field: MinuteField) => names[field] ?? field;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const errorsEn: ErrorsText = {
  checkFields: "Check the highlighted fields.",
  signedOut: "Your session has ended. Sign in again.",
  notFound: "Not found.",
  forbidden: "You are not allowed to do this.",
  unexpected: "Something went wrong. Nothing was saved; try again.",
  passwordFirst: "Choose a new password first.",
  databaseDown: "The database cannot be reached; nothing was saved.",
  reload: "Reload the page and try again.",
  alreadyExists: "That already exists.",
  spaceBooked: "The space is already booked by a confirmed item at that time.",
  endAfterStart: "The end must be after the start.",
  departureAfterArrival: "Departure must be after arrival.",
  capacityPositive: "Capacity must be at least 1.",
  closingAfterOpening: "Closing time must be after opening time.",
  travelTwoVenues: "Travel time needs two different venues.",
  durationRange: "Duration must be between 1 minute and 24 hours.",
  missingReference: "It refers to something that does not exist.",
  databaseRule: "The data breaks a rule of the database.",
  nul: "Remove the NUL character from this text (it cannot be stored).",
  enterNumber: "Enter a number.",
  wholeMinutes: "Use whole minutes.",
  useDate: "Use a date like 2025-06-24.",
  useDay: "Use a day as YYYY-MM-DD.",
  useDateTime: "Use a date and time.",
  chooseDay: "Choose a day.",
  chooseKind: "Choose a kind.",
  chooseStatus: "Choose a status.",
  chooseTaskType: "Choose a task type.",
  chooseTaskTypeRequired: "Choose the task type required.",
  chooseOne: "Choose one.",
  chooseSlot: "Choose a slot.",
  chooseWhoSees: "Choose who may see it.",
  chooseItemOrMovement: "Choose a programme item or a movement.",
  chooseItemsOrMovements: "Choose items or movements.",
  choosePrincipals: "Choose principals or ministers.",
  chooseMovementKind: "Choose arrival, departure or transfer.",
  chooseOtherPlace: "Choose a place other than the start.",
  chooseOtherDelegation: "Choose at least one other delegation.",
  chooseAtMost10: "Choose at most 10 delegations.",
  notOwnDelegation: "A bilateral is with other delegations: do not choose your own.",
  acceptOrDecline: "Accept or decline.",
  unknownAgency: "Unknown agency.",
  unknownDelegation: "Unknown delegation.",
  unknownHotel: "Unknown hotel.",
  unknownItem: "Unknown item.",
  unknownPlace: "Unknown place.",
  unknownSummit: "Unknown summit.",
  unknownVenue: "Unknown venue.",
  validEmail: "Enter a valid e-mail address.",
  passwordsDiffer: "The passwords do not match.",
  passwordTooLong: "That password is too long.",
  passwordWrong: "The current password is not correct.",
  tooManyWrongPasswords: (minutes) => `Too many wrong passwords. Try again in ${minutes} minutes.`,
  currentPassword: "Enter your current (or temporary) password.",
  nameUsed: "That name is already used.",
  delegationTaken: "Another delegation has this code or name.",
  lettersDigits: "Letters, digits and - only.",
  enterMinutes: "Enter the length in minutes.",
  enterPartySize: "Enter the party size.",
  atMost24h: "At most 24 hours.",
  atMost999: "At most 999.",
  atMost5000: "At most 5000 people.",
  atMost100k: "At most 100,000.",
  bilateralMaxDay: "A bilateral cannot last longer than a day (1440 minutes).",
  meetingMinute: "The meeting must last at least 1 minute.",
  searchEndAfterStart: "The end of the search must be after its start.",
  chooseDayForSearch: "Choose a day to search between two times.",
  openingBoth: "Give both opening and closing time, or neither.",
  lastDayFirst: "The last day is before the first day.",
  noDays: "The summit has no days.",
  taskCovers: "The task must cover an item or movement of this summit.",
  taskWindow: "The time window does not fit what the task covers.",
  transferSameItem: "A transfer cannot leave from and go to the same item.",
  venueSelf: "A venue has no travel time to itself.",
  ruleMovementKind: "A rule for programme items cannot filter on movement kind.",
  ruleItemKind: "A rule for movements cannot filter on item kind.",
  notInBilateral: "That delegation is not part of this bilateral.",
  noSlotToAnswer: "There is no proposed slot to answer yet.",
  noSlotToConfirm: "There is no proposed slot to confirm.",
  everyoneAccepts: "Every delegation must accept the proposed slot before it is confirmed.",
  requestClosed: "This request is no longer open for a new slot.",
  feedExists: "You already have a feed address. Regenerate it to get a new one.",
  writeOverrideReason: "Write why this conflict is accepted; nothing was saved.",
  hardConflictWaysItem: "Save as draft, change the plan, or confirm with a written reason.",
  hardConflictWaysMovement: "Change the plan, or save with a written reason to accept it.",
  hardConflictWaysBilateral: "Pick another slot, or confirm it with a written reason.",
  hardConflictRefused: (conflicts, ways) => `Not saved: a hard conflict stops Confirmed — ${conflicts}. ${ways}`,
  tasksOutside: (n) => `${n} agency task${n === 1 ? "" : "s"} would fall outside the new time; change ${n === 1 ? "it" : "them"} first.`,
  noTravelTimeBetween: (from, to) => `No travel time between ${from} and ${to} is recorded. Add it under Venues (travel times), then save again.`,
  removeTasksFirst: (n) => `Remove its ${n} agency task${n === 1 ? "" : "s"} first.`,
  preferredDaysOutside: (days, outside) => `Preferred days must be summit days (${days}); not ${outside}.`,
  slotDoesNotWork: (problems) => `That slot does not work: ${problems}. Pick another slot.`,
  proposedSlotImpossible: (problems, ways) => `The proposed slot is no longer possible: ${problems}. ${ways}`,
  pickAnotherSlot: "Pick another slot.",
  roomTakenPickAnother: (refusal) => `${refusal.replace(/\.?$/, ".")} Pick another slot.`,
  spaceBookedBy: (space, title, from, to) => `${space} is already booked by '${title}' ${from}–${to}`,
  keepTaskWithin: (hours, when) => `Keep the task within ${hours} hours of what it covers (${when}).`,
  atMostChars: (n) => `Use at most ${n} characters.`,
  validStart: "Enter a valid start.",
  validEnd: "Enter a valid end.",
  chooseDelegations: "Choose delegations.",
  chooseMembers: "Choose members.",
  chooseDelegation: "Choose a delegation.",
  endOrEmpty: "Enter the end as a date and a time, or leave it empty.",
  wholeNumber: "Enter a whole number.",
  atLeastOnePerson: "At least 1 person.",
  chooseArrivalAirport: "Choose the airport of arrival.",
  chooseDepartureAirport: "Choose the airport of departure.",
  chooseTransferFrom: "Choose where the transfer leaves from.",
  chooseTransferTo: "Choose where the transfer goes.",
  enterCode: "Enter a code.",
  enterName: "Enter a name.",
  unknownTimeZone: "Unknown time zone (e.g. Europe/Kyiv).",
  enterMemberTitle: "Enter a title, e.g. Prime Minister of Belgium.",
  useWholeNumber: "Use a whole number.",
  atLeastOne: "At least 1.",
  chooseAgency: "Choose an agency.",
  useClock: "Use HH:mm, e.g. 09:30.",
  ruleInWords: "Say in words what the rule requires.",
  enterTitle: "Enter a title.",
  enterStartDateTime: "Enter the start as a date and a time.",
  enterEndDateTime: "Enter the end as a date and a time.",
  enterTimeDateTime: "Enter the time as a date and a time.",
  changedMeanwhile: "Someone else changed this meanwhile. Reload and try again.",
  requestChangedMeanwhile: (status) => `This request was changed in the meantime (it is now: ${status}). Reload to see the latest version; nothing was saved.`,
  listTwiceOrForeign: "The list names a delegation twice or one of another summit; nothing was saved.",
  chooseSummitVenue: "Choose a venue of this summit.",
  chooseActiveAgency: "Choose an active agency of this summit.",
  setPrecedenceFirst: "Set the order of precedence first; nothing was saved.",
  chooseRankOrder: "Choose how to order within a rank.",
  chooseListLanguage: "Choose English, French or Dutch.",
  chooseOthersPlace: "Choose where partners and organisations stand.",
  listEmpty: "The list is empty.",
  nameEntrance: "Name the entrance.",
  nameGreeter: "Name who greets the arrivals.",
  enterClockTime: "Enter the time as HH:MM.",
  itemCancelledNoArrivals: "That item is cancelled; nobody arrives for it.",
  thatItemCancelled: "That item is cancelled.",
  chooseSummitEntrance: "Choose an entrance of this summit.",
  enterMinutesOf: (field) => `Enter the ${named(MINUTE_FIELDS_EN, field)} in minutes.`,
  minutesAtLeast: (field, n) => `The ${named(MINUTE_FIELDS_EN, field)} must be at least ${n} minute${n === 1 ? "" : "s"}.`,
  minutesAtMost: (field, n) => `The ${named(MINUTE_FIELDS_EN, field)} can be at most ${n} minutes.`,
  listLeavesOut: (names) => `The list leaves out ${names}; nothing was saved.`,
  entranceElsewhere: (entrance, venue, item, itemVenue) => `${entrance} is at ${venue}, but ${item} is at ${itemVenue}. Choose an entrance there.`,
  nobodyTakesPart: (item) => `Nobody takes part in ${item} yet.`,
  precedenceLeavesOut: (names, item) => `The order of precedence leaves out ${names}, attending ${item}. Place them in the list first; nothing was saved.`,
  choosePlaceUpTo: (n) => `Choose a place from 1 to ${n}.`,
  replanOverrun: (names) => `The re-plan would leave ${names} arriving after the item starts: change the item or the order by hand.`,
  nothingSavedBecause: (why) => `Nothing was saved: ${why}`,
  arrivalsNeedMinutes: (parties, needed, window) =>
    `The ${parties} arrivals need ${needed} minutes, but arrivals open only ${window} minutes before the item starts. Open them earlier, shorten the interval, or leave parties out.`,
  arrivalsOutsideWindow: (from, to, window) =>
    `The arrivals would run from ${from} to ${to} minutes around the item's start; they must lie within the ${window} minutes before it. Choose another time or open the arrivals earlier.`,
  noPlaceToLeaveFrom: (party) => `${party} has no hotel and no earlier commitment that day to leave from: set its hotel first.`,
  noTravelTimeFor: (from, to, party) => `No travel time between ${from} and ${to} is recorded, needed for ${party}: add it under Venues (travel times).`,
  delayOnCancelled: "This item is cancelled: a delay cannot be declared on it. Nothing was changed.",
  itemIsCancelled: "The item is cancelled.",
  delayOnEnded: "This item has ended: a delay cannot be declared on it. Nothing was changed.",
  itemHasEnded: "The item has ended.",
  delayEndsBeforeStart: "The item would end before it starts. Nothing was changed.",
  tooManyMinutesEarlier: "Too many minutes earlier.",
  delayOnArrived: "This movement has arrived: a delay cannot be declared on it. Nothing was changed.",
  movementHasArrived: "The movement has arrived.",
  spaceNotOfSummit: "That space is not one of this summit's.",
  itemEndAfterStart: "An item must end after it starts.",
  minutesWhole: "Enter the minutes as a whole number.",
  atLeastOneMinute: "Enter at least 1 minute.",
  atMostOneDay: "Enter at most 1440 minutes (24 hours).",
  sayMinutesLate: "Say how many minutes late.",
  actualEndAfterStart: "The actual end cannot be before the actual start.",
  noteUnder500: "Keep the note under 500 characters.",
  enterWhenDeparted: "Enter when it departed.",
  enterWhenArrived: "Enter when it arrived.",
  arrivalAfterDeparture: "The arrival cannot be before the departure.",
  arrivalAfterDepartureNothingSaved: "The arrival cannot be before the departure. Nothing was saved.",
  validTime: "Enter a valid time.",
  sayWhyChange: "Say why (it is recorded with the change).",
  reasonUnder500: "Keep the reason under 500 characters.",
  enterActualStart: "Enter the actual start as a date and a time.",
  enterActualEnd: "Enter the actual end as a date and a time.",
  enterDepartureTime: "Enter the departure time as a date and a time.",
  enterArrivalTime: "Enter the arrival time as a date and a time.",
  programmeChangedSinceProposal: "The programme changed since this proposal was made. Review it again; nothing was saved.",
  notApplied: (refusals) => `Not applied: ${refusals}`,
  hardConflictNotImported: (conflicts) =>
    `Not imported: a hard conflict stops Confirmed — ${conflicts}. Change the file, or make this change in the app with a written reason to accept it.`,
  // A: programme items and bilaterals.
  startWithinDays: (days) => `The start must be within the summit days (${days}).`,
  endWithinDays: (days) => `The end must be within the summit days (${days}).`,
  unknownSpace: "Unknown space.",
  spaceOfOtherSummit: "That space belongs to another summit.",
  unknownParentItem: "Unknown parent item.",
  parentOfOtherSummit: "That item belongs to another summit.",
  ownParent: "An item cannot be its own parent.",
  parentIsSession: "Choose a main event, not one of its sessions.",
  parentNotSideEvent: "Sessions belong to a side event; choose a side event.",
  itemHasSessions: "This item has sessions of its own, so it cannot become a session.",
  delegationOfOtherSummit: "A delegation belongs to another summit.",
  unknownMember: "Unknown member.",
  memberOfOtherSummit: "A member belongs to another summit.",
  itemChangedBy: (name, time) => `Changed by ${name} at ${time}. Reload to see the latest version; nothing was saved.`,
  itemChangedMeanwhile: "Changed by someone else in the meantime. Reload to see the latest version; nothing was saved.",
  requestOnlyOwn: "You can request bilaterals only for a delegation assigned to you.",
  counterpartsOfSummit: "Choose delegations of this summit.",
  answerOnlyOwn: "You can answer only for a delegation assigned to you that takes part in this bilateral.",
  withdrawOnlyRequester: "Only the requesting delegation or the planners can withdraw this request.",
  proposeSlotFirst: "Propose a slot first.",
  chooseSummitDay: (first, last) => `Choose a day of the summit (${first} – ${last}).`,
  requestIsFinal: (status) => `This request is ${status}: nothing more can change.`,
  proposalDeclined: "The proposal was declined: wait for the planners to propose another slot.",
  confirmedAskCancel: "The bilateral is already confirmed; ask the planners to cancel it if it cannot take place.",
  alreadyConfirmed: "The bilateral is already confirmed.",
  confirmedNoWithdraw: "A confirmed bilateral cannot be withdrawn; ask the planners to cancel it.",
  requestCannotChange: (status) => `A request that is ${status} cannot be changed that way.`,
  alreadyAnswered: (accepted) => `That delegation has already ${accepted ? "accepted" : "declined"} this proposal.`,
  // B: tasks, movements, coverage, arrivals, delegations, venues, agencies, the import.
  chooseSummitAgency: "Choose an agency of this summit.",
  chooseSummitItemOrMovement: "Choose a programme item or a movement of this summit.",
  chooseSummitDelegation: "Choose a delegation of this summit.",
  chooseSummitPlace: "Choose a place of this summit.",
  chooseSummitItem: "Choose an item of this summit.",
  itemCancelledNoTransfer: "That item is cancelled; a transfer cannot serve it.",
  delegationNotInItem: "The delegation does not take part in that item.",
  sameVenue: "Same venue.",
  codeNameUnique: "Code and name must be unique.",
  archiveFirst: "Archive the summit first: its names are erased only once it is over.",
  agencyDeactivatedDuringImport: (agency) => `${agency} was deactivated during the import and gets no new tasks. Nothing was imported.`,
};

export const errorsNl: ErrorsText = {
  checkFields: "Controleer de gemarkeerde velden.",
  signedOut: "Uw sessie is beëindigd. Log opnieuw in.",
  notFound: "Niet gevonden.",
  forbidden: "U mag dit niet doen.",
  unexpected: "Er ging iets mis. Er is niets opgeslagen; probeer het opnieuw.",
  passwordFirst: "Kies eerst een nieuw wachtwoord.",
  databaseDown: "De database is niet bereikbaar; er is niets opgeslagen.",
  reload: "Laad de pagina opnieuw en probeer het nog eens.",
  alreadyExists: "Dat bestaat al.",
  spaceBooked: "De ruimte is op dat moment al bezet door een bevestigd onderdeel.",
  endAfterStart: "Het einde moet na het begin liggen.",
  departureAfterArrival: "Het vertrek moet na de aankomst liggen.",
  capacityPositive: "De capaciteit moet minstens 1 zijn.",
  closingAfterOpening: "De sluitingstijd moet na de openingstijd liggen.",
  travelTwoVenues: "Een reistijd vraagt twee verschillende locaties.",
  durationRange: "De duur moet tussen 1 minuut en 24 uur liggen.",
  missingReference: "Het verwijst naar iets dat niet bestaat.",
  databaseRule: "De gegevens breken een regel van de database.",
  nul: "Verwijder het NUL-teken uit deze tekst (het kan niet worden opgeslagen).",
  enterNumber: "Vul een getal in.",
  wholeMinutes: "Gebruik hele minuten.",
  useDate: "Gebruik een datum als 2025-06-24.",
  useDay: "Gebruik een dag als JJJJ-MM-DD.",
  useDateTime: "Gebruik een datum en tijd.",
  chooseDay: "Kies een dag.",
  chooseKind: "Kies een soort.",
  chooseStatus: "Kies een status.",
  chooseTaskType: "Kies een soort taak.",
  chooseTaskTypeRequired: "Kies de vereiste soort taak.",
  chooseOne: "Kies er één.",
  chooseSlot: "Kies een tijdvak.",
  chooseWhoSees: "Kies wie het mag zien.",
  chooseItemOrMovement: "Kies een programmaonderdeel of een verplaatsing.",
  chooseItemsOrMovements: "Kies onderdelen of verplaatsingen.",
  choosePrincipals: "Kies leiders of ministers.",
  chooseMovementKind: "Kies aankomst, vertrek of verplaatsing.",
  chooseOtherPlace: "Kies een andere plaats dan het vertrekpunt.",
  chooseOtherDelegation: "Kies minstens één andere delegatie.",
  chooseAtMost10: "Kies hoogstens 10 delegaties.",
  notOwnDelegation: "Een bilateraal overleg is met andere delegaties: kies niet uw eigen delegatie.",
  acceptOrDecline: "Accepteer of weiger.",
  unknownAgency: "Onbekende dienst.",
  unknownDelegation: "Onbekende delegatie.",
  unknownHotel: "Onbekend hotel.",
  unknownItem: "Onbekend onderdeel.",
  unknownPlace: "Onbekende plaats.",
  unknownSummit: "Onbekende top.",
  unknownVenue: "Onbekende locatie.",
  validEmail: "Vul een geldig e-mailadres in.",
  passwordsDiffer: "De wachtwoorden komen niet overeen.",
  passwordTooLong: "Dat wachtwoord is te lang.",
  passwordWrong: "Het huidige wachtwoord klopt niet.",
  tooManyWrongPasswords: (minutes) => `Te vaak een verkeerd wachtwoord. Probeer het over ${minutes} minuten opnieuw.`,
  currentPassword: "Vul uw huidige (of tijdelijke) wachtwoord in.",
  nameUsed: "Die naam is al in gebruik.",
  delegationTaken: "Een andere delegatie heeft deze code of naam.",
  lettersDigits: "Alleen letters, cijfers en -.",
  enterMinutes: "Vul de duur in minuten in.",
  enterPartySize: "Vul de groepsgrootte in.",
  atMost24h: "Hoogstens 24 uur.",
  atMost999: "Hoogstens 999.",
  atMost5000: "Hoogstens 5000 personen.",
  atMost100k: "Hoogstens 100.000.",
  bilateralMaxDay: "Een bilateraal overleg duurt hoogstens een dag (1440 minuten).",
  meetingMinute: "Het overleg moet minstens 1 minuut duren.",
  searchEndAfterStart: "Het einde van de zoektocht moet na het begin liggen.",
  chooseDayForSearch: "Kies een dag om tussen twee tijden te zoeken.",
  openingBoth: "Geef zowel openings- als sluitingstijd, of geen van beide.",
  lastDayFirst: "De laatste dag ligt voor de eerste dag.",
  noDays: "De top heeft geen dagen.",
  taskCovers: "De taak moet een onderdeel of verplaatsing van deze top dekken.",
  taskWindow: "Het tijdvak past niet bij wat de taak dekt.",
  transferSameItem: "Een verplaatsing kan niet van en naar hetzelfde onderdeel gaan.",
  venueSelf: "Een locatie heeft geen reistijd naar zichzelf.",
  ruleMovementKind: "Een regel voor programmaonderdelen kan niet filteren op soort verplaatsing.",
  ruleItemKind: "Een regel voor verplaatsingen kan niet filteren op soort onderdeel.",
  notInBilateral: "Die delegatie hoort niet bij dit bilaterale overleg.",
  noSlotToAnswer: "Er is nog geen voorgesteld tijdvak om te beantwoorden.",
  noSlotToConfirm: "Er is geen voorgesteld tijdvak om te bevestigen.",
  everyoneAccepts: "Elke delegatie moet het voorgestelde tijdvak accepteren voordat het wordt bevestigd.",
  requestClosed: "Dit verzoek staat niet meer open voor een nieuw tijdvak.",
  feedExists: "U hebt al een feedadres. Maak een nieuw aan om een ander te krijgen.",
  writeOverrideReason: "Schrijf op waarom dit conflict wordt geaccepteerd; er is niets opgeslagen.",
  hardConflictWaysItem: "Sla op als concept, wijzig de planning of bevestig met een schriftelijke reden.",
  hardConflictWaysMovement: "Wijzig de planning, of sla op met een schriftelijke reden om het te accepteren.",
  hardConflictWaysBilateral: "Kies een ander tijdslot, of bevestig met een schriftelijke reden.",
  hardConflictRefused: (conflicts, ways) => `Niet opgeslagen: een hard conflict staat Bevestigd in de weg — ${conflicts}. ${ways}`,
  tasksOutside: (n) => `${n === 1 ? "1 taak van een dienst zou buiten de nieuwe tijd vallen; wijzig die" : `${n} taken van diensten zouden buiten de nieuwe tijd vallen; wijzig die`} eerst.`,
  noTravelTimeBetween: (from, to) => `Er is geen reistijd tussen ${from} en ${to} vastgelegd. Voeg die toe onder Locaties (reistijden) en sla dan opnieuw op.`,
  removeTasksFirst: (n) => `Verwijder eerst ${n === 1 ? "de taak" : `de ${n} taken`} van diensten die erbij ${n === 1 ? "hoort" : "horen"}.`,
  preferredDaysOutside: (days, outside) => `Voorkeursdagen moeten topdagen zijn (${days}); niet ${outside}.`,
  slotDoesNotWork: (problems) => `Dat tijdslot werkt niet: ${problems}. Kies een ander tijdslot.`,
  proposedSlotImpossible: (problems, ways) => `Het voorgestelde tijdslot is niet meer mogelijk: ${problems}. ${ways}`,
  pickAnotherSlot: "Kies een ander tijdslot.",
  roomTakenPickAnother: (refusal) => `${refusal.replace(/\.?$/, ".")} Kies een ander tijdslot.`,
  spaceBookedBy: (space, title, from, to) => `${space} is al geboekt door '${title}' ${from}–${to}`,
  keepTaskWithin: (hours, when) => `Houd de taak binnen ${hours} uur van wat zij dekt (${when}).`,
  atMostChars: (n) => `Gebruik hoogstens ${n} tekens.`,
  validStart: "Vul een geldig begin in.",
  validEnd: "Vul een geldig einde in.",
  chooseDelegations: "Kies delegaties.",
  chooseMembers: "Kies leden.",
  chooseDelegation: "Kies een delegatie.",
  endOrEmpty: "Vul het einde in als datum en tijd, of laat het leeg.",
  wholeNumber: "Vul een heel getal in.",
  atLeastOnePerson: "Minstens 1 persoon.",
  chooseArrivalAirport: "Kies de luchthaven van aankomst.",
  chooseDepartureAirport: "Kies de luchthaven van vertrek.",
  chooseTransferFrom: "Kies waar de verplaatsing vertrekt.",
  chooseTransferTo: "Kies waar de verplaatsing naartoe gaat.",
  enterCode: "Vul een code in.",
  enterName: "Vul een naam in.",
  unknownTimeZone: "Onbekende tijdzone (bijv. Europe/Kyiv).",
  enterMemberTitle: "Vul een titel in, bijv. Minister-president van België.",
  useWholeNumber: "Gebruik een heel getal.",
  atLeastOne: "Minstens 1.",
  chooseAgency: "Kies een dienst.",
  useClock: "Gebruik UU:mm, bijv. 09:30.",
  ruleInWords: "Zeg in woorden wat de regel vraagt.",
  enterTitle: "Vul een titel in.",
  enterStartDateTime: "Vul het begin in als datum en tijd.",
  enterEndDateTime: "Vul het einde in als datum en tijd.",
  enterTimeDateTime: "Vul het tijdstip in als datum en tijd.",
  changedMeanwhile: "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  requestChangedMeanwhile: (status) => `Dit verzoek is intussen gewijzigd (het is nu: ${status}). Laad de pagina opnieuw voor de nieuwste versie; er is niets opgeslagen.`,
  listTwiceOrForeign: "De lijst noemt een delegatie twee keer, of een van een andere top; er is niets opgeslagen.",
  chooseSummitVenue: "Kies een locatie van deze top.",
  chooseActiveAgency: "Kies een actieve dienst van deze top.",
  setPrecedenceFirst: "Stel eerst de rangorde vast; er is niets opgeslagen.",
  chooseRankOrder: "Kies hoe binnen een rang wordt geordend.",
  chooseListLanguage: "Kies Engels, Frans of Nederlands.",
  chooseOthersPlace: "Kies waar partners en organisaties staan.",
  listEmpty: "De lijst is leeg.",
  nameEntrance: "Geef de ingang een naam.",
  nameGreeter: "Vul in wie de aankomsten begroet.",
  enterClockTime: "Vul de tijd in als UU:MM.",
  itemCancelledNoArrivals: "Dat onderdeel is geannuleerd; er komt niemand voor aan.",
  thatItemCancelled: "Dat onderdeel is geannuleerd.",
  chooseSummitEntrance: "Kies een ingang van deze top.",
  enterMinutesOf: (field) => `Vul ${named(MINUTE_FIELDS_NL, field)} in minuten in.`,
  minutesAtLeast: (field, n) => `${capital(named(MINUTE_FIELDS_NL, field))} moet minstens ${n} ${n === 1 ? "minuut" : "minuten"} zijn.`,
  minutesAtMost: (field, n) => `${capital(named(MINUTE_FIELDS_NL, field))} mag hoogstens ${n} minuten zijn.`,
  listLeavesOut: (names) => `De lijst laat ${names} weg; er is niets opgeslagen.`,
  entranceElsewhere: (entrance, venue, item, itemVenue) => `${entrance} ligt bij ${venue}, maar ${item} is in ${itemVenue}. Kies een ingang daar.`,
  nobodyTakesPart: (item) => `Nog niemand neemt deel aan ${item}.`,
  precedenceLeavesOut: (names, item) => `De rangorde laat ${names} weg, die ${item} bijwonen. Zet ze eerst in de lijst; er is niets opgeslagen.`,
  choosePlaceUpTo: (n) => `Kies een plaats van 1 tot en met ${n}.`,
  replanOverrun: (names) => `Met deze herplanning zou ${names} pas na het begin aankomen: wijzig het onderdeel of de volgorde met de hand.`,
  nothingSavedBecause: (why) => `Er is niets opgeslagen: ${why}`,
  arrivalsNeedMinutes: (parties, needed, window) =>
    `De ${parties} aankomsten hebben ${needed} minuten nodig, maar de aankomsten beginnen pas ${window} minuten vóór het onderdeel. Laat ze eerder beginnen, kort het interval in of laat partijen weg.`,
  arrivalsOutsideWindow: (from, to, window) =>
    `De aankomsten zouden lopen van ${from} tot ${to} minuten rond het begin van het onderdeel; ze moeten binnen de ${window} minuten ervóór liggen. Kies een andere tijd of laat de aankomsten eerder beginnen.`,
  noPlaceToLeaveFrom: (party) => `${party} heeft geen hotel en die dag geen eerdere afspraak om van te vertrekken: stel eerst het hotel in.`,
  noTravelTimeFor: (from, to, party) => `Er is geen reistijd tussen ${from} en ${to} vastgelegd, nodig voor ${party}: voeg die toe onder Locaties (reistijden).`,
  delayOnCancelled: "Dit onderdeel is geannuleerd: er kan geen vertraging op worden gemeld. Er is niets gewijzigd.",
  itemIsCancelled: "Het onderdeel is geannuleerd.",
  delayOnEnded: "Dit onderdeel is afgelopen: er kan geen vertraging op worden gemeld. Er is niets gewijzigd.",
  itemHasEnded: "Het onderdeel is afgelopen.",
  delayEndsBeforeStart: "Het onderdeel zou eindigen voordat het begint. Er is niets gewijzigd.",
  tooManyMinutesEarlier: "Te veel minuten eerder.",
  delayOnArrived: "Deze verplaatsing is aangekomen: er kan geen vertraging op worden gemeld. Er is niets gewijzigd.",
  movementHasArrived: "De verplaatsing is aangekomen.",
  spaceNotOfSummit: "Die ruimte hoort niet bij deze top.",
  itemEndAfterStart: "Een onderdeel moet eindigen nadat het begint.",
  minutesWhole: "Vul de minuten in als een heel getal.",
  atLeastOneMinute: "Vul minstens 1 minuut in.",
  atMostOneDay: "Vul hoogstens 1440 minuten (24 uur) in.",
  sayMinutesLate: "Zeg hoeveel minuten te laat.",
  actualEndAfterStart: "Het werkelijke einde kan niet vóór het werkelijke begin liggen.",
  noteUnder500: "Houd de notitie onder 500 tekens.",
  enterWhenDeparted: "Vul in wanneer het vertrok.",
  enterWhenArrived: "Vul in wanneer het aankwam.",
  arrivalAfterDeparture: "De aankomst kan niet vóór het vertrek liggen.",
  arrivalAfterDepartureNothingSaved: "De aankomst kan niet vóór het vertrek liggen. Er is niets opgeslagen.",
  validTime: "Vul een geldige tijd in.",
  sayWhyChange: "Zeg waarom (het wordt bij de wijziging vastgelegd).",
  reasonUnder500: "Houd de reden onder 500 tekens.",
  enterActualStart: "Vul het werkelijke begin in als datum en tijd.",
  enterActualEnd: "Vul het werkelijke einde in als datum en tijd.",
  enterDepartureTime: "Vul de vertrektijd in als datum en tijd.",
  enterArrivalTime: "Vul de aankomsttijd in als datum en tijd.",
  programmeChangedSinceProposal: "Het programma is gewijzigd sinds dit voorstel werd gemaakt. Bekijk het opnieuw; er is niets opgeslagen.",
  notApplied: (refusals) => `Niet toegepast: ${refusals}`,
  hardConflictNotImported: (conflicts) =>
    `Niet geïmporteerd: een hard conflict staat Bevestigd in de weg — ${conflicts}. Wijzig het bestand, of maak deze wijziging in de app met een schriftelijke reden om het te accepteren.`,
  // A: programme items and bilaterals.
  startWithinDays: (days) => `Het begin moet binnen de topdagen liggen (${days}).`,
  endWithinDays: (days) => `Het einde moet binnen de topdagen liggen (${days}).`,
  unknownSpace: "Onbekende ruimte.",
  spaceOfOtherSummit: "Die ruimte hoort bij een andere top.",
  unknownParentItem: "Onbekend hoofdonderdeel.",
  parentOfOtherSummit: "Dat onderdeel hoort bij een andere top.",
  ownParent: "Een onderdeel kan niet zijn eigen hoofdonderdeel zijn.",
  parentIsSession: "Kies een hoofdevenement, niet een van zijn sessies.",
  parentNotSideEvent: "Sessies horen bij een nevenevenement; kies een nevenevenement.",
  itemHasSessions: "Dit onderdeel heeft zelf sessies en kan dus geen sessie worden.",
  delegationOfOtherSummit: "Een delegatie hoort bij een andere top.",
  unknownMember: "Onbekend lid.",
  memberOfOtherSummit: "Een lid hoort bij een andere top.",
  itemChangedBy: (name, time) => `Gewijzigd door ${name} om ${time}. Laad de pagina opnieuw voor de nieuwste versie; er is niets opgeslagen.`,
  itemChangedMeanwhile: "Intussen door iemand anders gewijzigd. Laad de pagina opnieuw voor de nieuwste versie; er is niets opgeslagen.",
  requestOnlyOwn: "U kunt alleen bilateraal overleg aanvragen voor een delegatie die aan u is toegewezen.",
  counterpartsOfSummit: "Kies delegaties van deze top.",
  answerOnlyOwn: "U kunt alleen antwoorden voor een delegatie die aan u is toegewezen en aan dit bilaterale overleg deelneemt.",
  withdrawOnlyRequester: "Alleen de aanvragende delegatie of de planners kunnen dit verzoek intrekken.",
  proposeSlotFirst: "Stel eerst een tijdvak voor.",
  chooseSummitDay: (first, last) => `Kies een dag van de top (${first} – ${last}).`,
  requestIsFinal: (status) => `Dit verzoek is ${status}: er kan niets meer veranderen.`,
  proposalDeclined: "Het voorstel is afgewezen: wacht tot de planners een ander tijdvak voorstellen.",
  confirmedAskCancel: "Het bilaterale overleg is al bevestigd; vraag de planners het te annuleren als het niet kan doorgaan.",
  alreadyConfirmed: "Het bilaterale overleg is al bevestigd.",
  confirmedNoWithdraw: "Een bevestigd bilateraal overleg kan niet worden ingetrokken; vraag de planners het te annuleren.",
  requestCannotChange: (status) => `Een verzoek dat ${status} is, kan niet op die manier worden gewijzigd.`,
  alreadyAnswered: (accepted) => `Die delegatie heeft dit voorstel al ${accepted ? "geaccepteerd" : "afgewezen"}.`,
  // B: tasks, movements, coverage, arrivals, delegations, venues, agencies, the import.
  chooseSummitAgency: "Kies een dienst van deze top.",
  chooseSummitItemOrMovement: "Kies een programmaonderdeel of een verplaatsing van deze top.",
  chooseSummitDelegation: "Kies een delegatie van deze top.",
  chooseSummitPlace: "Kies een plaats van deze top.",
  chooseSummitItem: "Kies een onderdeel van deze top.",
  itemCancelledNoTransfer: "Dat onderdeel is geannuleerd; er kan geen verplaatsing voor worden gepland.",
  delegationNotInItem: "De delegatie neemt niet deel aan dat onderdeel.",
  sameVenue: "Dezelfde locatie.",
  codeNameUnique: "Code en naam moeten uniek zijn.",
  archiveFirst: "Archiveer eerst de top: de namen worden pas gewist als de top voorbij is.",
  agencyDeactivatedDuringImport: (agency) => `${agency} is tijdens de import gedeactiveerd en krijgt geen nieuwe taken. Er is niets geïmporteerd.`,
};

const ERRORS: Record<Lang, ErrorsText> = { en: errorsEn, nl: errorsNl };

/** Which rule refused: a key of this dictionary, or "<area>.<key>" of an area's own words (the import's). */
export type ErrorCode = keyof ErrorsText | `${string}.${string}`;

/** A refusal's words in one language: the sentence, and the same or another sentence on each field it names. */
export type Said = { message: string; fieldErrors: Record<string, string> };

/**
 * A domain's refusal: the code of the rule (stable, for callers and tests to tell refusals apart)
 * and its words in every language, made once where the domain knows the names and numbers in it.
 * DomainError (lib/errors.ts) carries one; the gate answers with the reader's language's words.
 */
export type Refusal = { readonly code: ErrorCode; readonly said: Readonly<Record<Lang, Said>> };

type SentenceCode = { [K in keyof ErrorsText]: ErrorsText[K] extends string ? K : never }[keyof ErrorsText];

/** Where a refusal shows on the form: the fields that show its sentence, or a sentence per field. */
export type RefusalFields = readonly string[] | Readonly<Record<string, Refusal>>;

function fieldsIn(fields: RefusalFields, message: string, lang: Lang): Record<string, string> {
  if (Array.isArray(fields)) return Object.fromEntries((fields as readonly string[]).map((f) => [f, message]));
  return Object.fromEntries(Object.entries(fields as Record<string, Refusal>).map(([f, r]) => [f, r.said[lang].message]));
}

/**
 * A refusal worded with names, numbers or reasons: `say` words it in each language (from this
 * dictionary, or from words of its own), `code` names the rule.
 */
export function worded(code: ErrorCode, say: (t: ErrorsText, lang: Lang) => string, fields: RefusalFields = []): Refusal {
  const said = Object.fromEntries(
    (Object.keys(ERRORS) as Lang[]).map((lang) => {
      const message = say(ERRORS[lang], lang);
      return [lang, { message, fieldErrors: fieldsIn(fields, message, lang) }];
    }),
  ) as Record<Lang, Said>;
  return { code, said };
}

/** A refusal by one fixed sentence of this dictionary, on the fields named. */
export function refusal(code: SentenceCode, fields: RefusalFields = []): Refusal {
  return worded(code, (t) => t[code], fields);
}

type Sentences = { [K in keyof ErrorsText as ErrorsText[K] extends string ? K : never]: string };

/** The English sentence → the key that names it. */
const BY_ENGLISH = new Map<string, keyof Sentences>(
  Object.entries(errorsEn).flatMap(([key, value]) => (typeof value === "string" ? [[value, key as keyof Sentences]] : [])),
);

/**
 * A domain's English sentence in the reader's language: the same sentence in Dutch where this
 * file knows it (a few worded with a number or a thing's name too), else unchanged.
 */
export function localizeMessage(message: string, lang: Lang): string {
  if (lang === "en") return message;
  const t = ERRORS[lang];
  const key = BY_ENGLISH.get(message);
  if (key) return t[key];
  const chars = /^Use at most (\d+) characters\.$/.exec(message);
  if (chars) return t.atMostChars(Number(chars[1]));
  const outside = /^(\d+) agency tasks? would fall outside the new time; change (it|them) first\.$/.exec(message);
  if (outside) return t.tasksOutside(Number(outside[1]));
  const minutes = minuteRefusal(message);
  if (minutes) return minutes(t);
  return message;
}

const MINUTE_FIELD_BY_ENGLISH = new Map(Object.entries(MINUTE_FIELDS_EN).map(([field, label]) => [label, field as MinuteField]));

/** An arrivals schema's refusal of a minutes field, to word again in another language. */
function minuteRefusal(message: string): ((t: ErrorsText) => string) | null {
  const enter = /^Enter the (.+) in minutes\.$/.exec(message);
  const least = /^The (.+) must be at least (\d+) minutes?\.$/.exec(message);
  const most = /^The (.+) can be at most (\d+) minutes\.$/.exec(message);
  const field = MINUTE_FIELD_BY_ENGLISH.get((enter ?? least ?? most)?.[1] ?? "");
  if (!field) return null;
  if (enter) return (t) => t.enterMinutesOf(field);
  if (least) return (t) => t.minutesAtLeast(field, Number(least[2]));
  return (t) => t.minutesAtMost(field, Number(most![2]));
}

/** An action's answer, its message and field messages, in the reader's language. */
export function localizeFailure<F extends { error: string; fieldErrors?: Record<string, string> }>(failure: F, lang: Lang): F {
  if (lang === "en") return failure;
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([field, message]) => [field, localizeMessage(message, lang)]))
    : undefined;
  return { ...failure, error: localizeMessage(failure.error, lang), ...(fieldErrors ? { fieldErrors } : {}) };
}
