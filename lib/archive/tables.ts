// Which tables and columns an archive holds, and why the others are left out. Every model of the
// schema is in exactly one of ARCHIVED_TABLES and EXCLUDED_TABLES, and every column of an archived
// table is in the file or in DROPPED_COLUMNS (lib/archive/tables.test.ts holds the schema to it),
// so a new table or column cannot be forgotten by the archive silently.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TableKey } from "./format";

/** The model behind the summit row and each table of the file's `content`. */
export const ARCHIVED_TABLES = {
  Summit: "summit",
  Venue: "venues",
  Space: "spaces",
  TravelTime: "travelTimes",
  Delegation: "delegations",
  Member: "members",
  ProgrammeItem: "programmeItems",
  Participation: "participations",
  BilateralRequest: "bilateralRequests",
  BilateralParty: "bilateralParties",
  Movement: "movements",
  Agency: "agencies",
  AgencyTask: "agencyTasks",
  Precedence: "precedences",
  PrecedenceEntry: "precedenceEntries",
  Entrance: "entrances",
  ArrivalSequence: "arrivalSequences",
  ArrivalSlot: "arrivalSlots",
  CoverageRule: "coverageRules",
  ConflictOverride: "conflictOverrides",
  Acknowledgement: "acknowledgements",
  TaskAcknowledgement: "taskAcknowledgements",
  AuditEntry: "auditEntries",
  ImportMapping: "importMappings",
} as const satisfies Partial<Record<Prisma.ModelName, TableKey | "summit">>;

/** Tables an archive leaves out, each with the reason. */
export const EXCLUDED_TABLES = {
  User: "user accounts belong to the installation, not to a summit, and hold password hashes",
  LiaisonAssignment: "which user is liaison of which delegation: user data, assigned again in the importing installation",
  CalendarToken: "calendar feed secrets of user accounts",
  LoginFailure: "sign-in lockout counters of user accounts and client addresses",
  SignInClient: "addresses user accounts signed in from, for the lockout",
  ItemLive: "what happened to an item on the day, not the plan; the audit trail the archive carries keeps every record",
  MovementLive: "what happened to a movement on the day, not the plan; the audit trail the archive carries keeps every record",
  StoredConflict: "the conflict engine's findings, derived from the plan: checked again on the first read after import",
  StoredConflictSet: "when the stored conflicts were checked: the importing database checks them itself",
  ConflictChange: "the transactions the stored conflicts have not seen yet: bookkeeping of one database",
  ConflictTouch: "the rows those transactions wrote: bookkeeping of one database",
} as const satisfies Partial<Record<Prisma.ModelName, string>>;

const USER_REFERENCE = "a user account, which the archive does not carry: null after import";

/** Columns of archived tables that are not in the file, each with the reason ("Model.column"). */
export const DROPPED_COLUMNS: Readonly<Record<string, string>> = {
  "ProgrammeItem.updatedById": USER_REFERENCE,
  "BilateralRequest.createdById": USER_REFERENCE,
  "ConflictOverride.createdById": `${USER_REFERENCE} (createdByName keeps the planner's name)`,
  "AuditEntry.actorId": `${USER_REFERENCE} (actorName keeps the actor's name)`,
  "ImportMapping.updatedById": USER_REFERENCE,
  "Precedence.setById": `${USER_REFERENCE} (setByName keeps the planner's name)`,
  "ArrivalSequence.updatedById": USER_REFERENCE,
  "Acknowledgement.userId": "a user account: the file names the user (userName); the row is not imported, its user is required",
  "TaskAcknowledgement.userId": "a user account: the file names the user (userName); the row is not imported, its user is required",
};

/** Fields of the file that are no column of their table. */
export const ADDED_FIELDS: Readonly<Record<string, string>> = {
  "Acknowledgement.userName": "the acknowledging user's name when the archive was written",
  "TaskAcknowledgement.userName": "the acknowledging coordinator's name when the archive was written",
};

/** Every row of these tables belongs to the archived summit: the column is implied, not written. */
export const IMPLIED_COLUMN = "summitId";

/** Tables the file holds but an import does not write back: their rows need a user account. */
export const NOT_IMPORTED: readonly TableKey[] = ["acknowledgements", "taskAcknowledgements"];
