// The summit archive file (docs/summit-archive.md): one summit's rows as JSON, under a header that
// names the format, its version and a digest of the content. Rows mirror the tables column by
// column, with three kinds of difference: `summitId` is left out (every row is the summit's),
// references to user accounts are left out (an archive carries no users), and an acknowledgement
// names its user by name instead. Instants are ISO 8601 strings, calendar days "YYYY-MM-DD".
import { isSupportedTimeZone, MAX_SUMMIT_DAYS, MAX_TRAVEL_BUFFER } from "@/lib/summits/schema";
import { z } from "zod";
import {
  AgencyKind,
  BilateralLevel,
  BilateralStatus,
  CoverageTarget,
  DelegationKind,
  HeadOf,
  ImportKind,
  ItemKind,
  ItemStatus,
  MemberFunction,
  MovementKind,
  OthersPlacement,
  PartyResponse,
  PrecedenceKey,
  TaskStatus,
  TaskType,
  VenueKind,
  Visibility,
} from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { worded, type ErrorCode } from "@/lib/i18n/errors";
import { text } from "@/lib/validation";

/** What the `format` field of every archive says. */
export const ARCHIVE_FORMAT = "summit-archive";
/** The version this code writes. Older versions are read through lib/archive/upgrade.ts. */
export const CURRENT_FORMAT_VERSION = 2;
/** Files (and decompressed contents) above this size are refused before they are read. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;
/** Archives with more rows than this are refused before their rows are validated. */
export const MAX_ARCHIVE_ROWS = 1_000_000;

/**
 * A problem with an archive file, worded for the person importing it. The archive's commands and
 * its download speak English to an administrator, so the sentence is the same in every language.
 */
export class ArchiveError extends DomainError {
  constructor(message: string, code: ErrorCode = "archive.refused") {
    super(worded(code, () => message));
  }
}

const id = text().min(1).max(200);
// Read as Dates, ready to be written: an instant as it says, a calendar day as midnight UTC (how
// PostgreSQL's date columns come and go through Prisma).
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const day = z.iso.date().transform((value) => new Date(`${value}T00:00:00Z`));
const int = z.number().int().min(-2_147_483_648).max(2_147_483_647);
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();

// The summit row obeys the rules a summit made in the app obeys: an archive from an installation
// whose runtime knows other time zones must not import a summit whose pages cannot be drawn here.
export const summitRowSchema = z
  .strictObject({
    id,
    slug: text().min(1).max(200),
    name: text(),
    host: text(),
    timeZone: text().refine(isSupportedTimeZone, { message: "Unknown time zone on this installation: use an IANA name such as Europe/Amsterdam, or UTC." }),
    startDate: day,
    endDate: day,
    travelBufferMinutes: int.min(0).max(MAX_TRAVEL_BUFFER),
    isDemo: z.boolean(),
    languages: z.array(text()),
    archivedAt: orNull(instant),
    createdAt: instant,
    updatedAt: instant,
  })
  .superRefine((row, ctx) => {
    const days = Math.round((row.endDate.getTime() - row.startDate.getTime()) / 86_400_000) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last day is before the first day." });
    else if (days > MAX_SUMMIT_DAYS) ctx.addIssue({ code: "custom", path: ["endDate"], message: `A summit lasts at most ${MAX_SUMMIT_DAYS} days.` });
  });

const venueRow = z.strictObject({ id, name: text(), kind: z.enum(VenueKind), address: orNull(text()), updatedAt: instant });

const spaceRow = z.strictObject({
  id,
  venueId: id,
  name: text(),
  capacity: int,
  securityZone: orNull(text()),
  opensMinute: orNull(int),
  closesMinute: orNull(int),
  updatedAt: instant,
});

const travelTimeRow = z.strictObject({ id, fromVenueId: id, toVenueId: id, minutes: int, updatedAt: instant });

const delegationRow = z.strictObject({
  id,
  code: text(),
  name: text(),
  kind: z.enum(DelegationKind),
  homeTimeZone: orNull(text()),
  hotelVenueId: orNull(id),
  arrivesAt: orNull(instant),
  departsAt: orNull(instant),
  // Added with arrivals in protocol order; absent in files written before.
  nameFr: orNull(text()).optional(),
  nameNl: orNull(text()).optional(),
  updatedAt: instant,
});

const memberRow = z.strictObject({
  id,
  delegationId: id,
  title: text(),
  personalName: orNull(text()),
  function: z.enum(MemberFunction),
  precedence: int,
  headOf: orNull(z.enum(HeadOf)).optional(),
  takingOfficeOn: orNull(day).optional(),
  updatedAt: instant,
});

const programmeItemRow = z.strictObject({
  id,
  kind: z.enum(ItemKind),
  title: text(),
  description: orNull(text()),
  status: z.enum(ItemStatus),
  visibility: z.enum(Visibility),
  startsAt: instant,
  endsAt: instant,
  spaceId: orNull(id),
  organiser: orNull(text()),
  dressCode: orNull(text()),
  staffNotes: orNull(text()),
  parentId: orNull(id),
  version: int,
  createdAt: instant,
  updatedAt: instant,
});

const participationRow = z.strictObject({ id, itemId: id, delegationId: id, memberId: orNull(id) });

const bilateralRequestRow = z.strictObject({
  id,
  requesterDelegationId: id,
  level: z.enum(BilateralLevel),
  durationMinutes: int,
  preferredDays: z.array(day),
  notes: orNull(text()),
  status: z.enum(BilateralStatus),
  proposedStartsAt: orNull(instant),
  proposedEndsAt: orNull(instant),
  proposedSpaceId: orNull(id),
  itemId: orNull(id),
  version: int,
  createdAt: instant,
  updatedAt: instant,
});

const bilateralPartyRow = z.strictObject({ requestId: id, delegationId: id, response: z.enum(PartyResponse), respondedAt: orNull(instant) });

const movementRow = z.strictObject({
  id,
  delegationId: id,
  kind: z.enum(MovementKind),
  fromVenueId: orNull(id),
  toVenueId: orNull(id),
  flight: orNull(text()),
  startsAt: instant,
  endsAt: orNull(instant),
  partySize: int,
  principalLevel: orNull(z.enum(MemberFunction)),
  routeNote: orNull(text()),
  roadClosureNeeded: z.boolean(),
  staffNotes: orNull(text()),
  fromItemId: orNull(id),
  toItemId: orNull(id),
  version: int,
});

const agencyRow = z.strictObject({ id, name: text(), shortName: text(), kind: z.enum(AgencyKind), deactivatedAt: orNull(instant) });

const agencyTaskRow = z.strictObject({
  id,
  agencyId: id,
  itemId: orNull(id),
  movementId: orNull(id),
  type: z.enum(TaskType),
  status: z.enum(TaskStatus),
  startsAt: instant,
  endsAt: instant,
  location: orNull(text()),
  note: orNull(text()),
  agencyNote: orNull(text()),
  staffNotes: orNull(text()),
  version: int,
  updatedAt: instant,
});

// Arrivals in protocol order (format version 2). The precedence list: one per summit, its entries
// without an id of their own; setById is a user account and left out (setByName keeps the name).
const precedenceRow = z.strictObject({
  id,
  key: z.enum(PrecedenceKey),
  // The language of the names for alphabetical order, as the app offers them (lib/arrivals).
  language: z.enum(["en", "fr", "nl"]),
  others: z.enum(OthersPlacement),
  setByName: text(),
  setAt: instant,
  version: int,
});

const precedenceEntryRow = z.strictObject({ precedenceId: id, delegationId: id, position: int });

const entranceRow = z.strictObject({ id, venueId: id, name: text(), minGapMinutes: int, version: int, updatedAt: instant });

const arrivalSequenceRow = z.strictObject({
  id,
  itemId: id,
  entranceId: id,
  seniorLast: z.boolean(),
  intervalMinutes: int,
  groupGapMinutes: int,
  greetingMinutes: int,
  pressMinutes: int,
  windowMinutes: int,
  greeter: text(),
  escortAgencyId: orNull(id),
  version: int,
  updatedAt: instant,
});

const arrivalSlotRow = z.strictObject({ id, sequenceId: id, delegationId: id, position: int, offsetMinutes: int, movementId: orNull(id) });

const coverageRuleRow = z.strictObject({
  id,
  target: z.enum(CoverageTarget),
  itemKind: orNull(z.enum(ItemKind)),
  venueId: orNull(id),
  movementKind: orNull(z.enum(MovementKind)),
  principalLevel: orNull(z.enum(MemberFunction)),
  requiredType: z.enum(TaskType),
  description: text(),
});

const conflictOverrideRow = z.strictObject({
  id,
  conflictId: text().min(1),
  message: text(),
  reason: text(),
  createdByName: text(),
  createdAt: instant,
});

// userName replaces userId: the user account is not in the archive.
const acknowledgementRow = z.strictObject({ id, delegationId: id, userName: text(), acknowledgedAt: instant });
const taskAcknowledgementRow = z.strictObject({ id, agencyId: id, userName: text(), acknowledgedAt: instant });

const auditEntryRow = z.strictObject({
  id,
  actorName: text(),
  at: instant,
  entity: text(),
  entityId: text(),
  action: text(),
  before: z.json().nullable(),
  after: z.json().nullable(),
});

const importMappingRow = z.strictObject({ id, kind: z.enum(ImportKind), columns: z.json(), updatedAt: instant });

/** One schema per table, keyed as in the file's `content`; the order is the order of import. */
export const tableSchemas = {
  venues: venueRow,
  spaces: spaceRow,
  travelTimes: travelTimeRow,
  delegations: delegationRow,
  members: memberRow,
  programmeItems: programmeItemRow,
  participations: participationRow,
  bilateralRequests: bilateralRequestRow,
  bilateralParties: bilateralPartyRow,
  movements: movementRow,
  agencies: agencyRow,
  agencyTasks: agencyTaskRow,
  precedences: precedenceRow,
  precedenceEntries: precedenceEntryRow,
  entrances: entranceRow,
  arrivalSequences: arrivalSequenceRow,
  arrivalSlots: arrivalSlotRow,
  coverageRules: coverageRuleRow,
  conflictOverrides: conflictOverrideRow,
  acknowledgements: acknowledgementRow,
  taskAcknowledgements: taskAcknowledgementRow,
  auditEntries: auditEntryRow,
  importMappings: importMappingRow,
} as const;

export type TableKey = keyof typeof tableSchemas;
export const TABLE_KEYS = Object.keys(tableSchemas) as TableKey[];

export const archiveContentSchema = z.strictObject({
  summit: summitRowSchema,
  ...(Object.fromEntries(TABLE_KEYS.map((key) => [key, z.array(tableSchemas[key])])) as {
    [K in TableKey]: z.ZodArray<(typeof tableSchemas)[K]>;
  }),
});

/** The content as read: instants and days as Dates. */
export type ArchiveContent = z.output<typeof archiveContentSchema>;
/** The content as the file holds it: instants as ISO 8601 strings, days as "YYYY-MM-DD". */
export type ArchiveFileContent = z.input<typeof archiveContentSchema>;

/** The part of the file read before the content: refused or accepted on these fields alone. */
export const archiveHeaderSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT, { message: `not a summit archive (the "format" field must be "${ARCHIVE_FORMAT}")` }),
  formatVersion: z.number().int().min(0),
  exportedAt: z.iso.datetime({ offset: true }),
  /** "sha256:" and the hex SHA-256 of the canonical form of `content` (lib/archive/digest.ts). */
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  content: z.record(z.string(), z.unknown()),
});

export type SummitArchive = {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  digest: string;
  content: ArchiveFileContent;
};

/** How many rows an archive's content holds: the summit row and every row of every table. */
export function countRows(content: Record<string, unknown>): number {
  let rows = 0;
  for (const value of Object.values(content)) rows += Array.isArray(value) ? value.length : 1;
  return rows;
}

/** "summit-<slug>-<YYYY-MM-DD>.json.gz": safe ASCII for a Content-Disposition header whatever the slug holds. */
export function archiveFileName(slug: string, at: Date): string {
  const safe = slug.replace(/[^a-z0-9-]+/gi, "-").toLowerCase() || "summit";
  return `summit-${safe}-${at.toISOString().slice(0, 10)}.json.gz`;
}
