// Writing a summit's archive: every row of the summit, read in one repeatable-read transaction so
// the file is one consistent moment of the summit even while planners keep working. References to
// user accounts are left out (lib/archive/tables.ts says which and why). The content is checked
// against the same schema and references an import checks, so what is written can be read back.
import { gzipSync } from "node:zlib";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isoDayOfDateColumn } from "@/lib/time";
import { contentDigest } from "./digest";
import { ARCHIVE_FORMAT, ArchiveError, CURRENT_FORMAT_VERSION, archiveContentSchema, type ArchiveFileContent, type SummitArchive } from "./format";
import { formatPath } from "./read";
import { checkReferences } from "./references";
import { EXCLUDED_TABLES } from "./tables";

// Reading a large summit can take a while; the default 5 s would cut it off.
const EXPORT_TIMEOUT_MS = 5 * 60_000;

/** Keys under which an audit snapshot may hold a user account's id: written as null. */
const USER_ID_KEYS = new Set(["actorId", "userId", "updatedById", "createdById"]);

type Row = Record<string, unknown>;

/** A row as the file holds it: instants as ISO strings, `@db.Date` columns (named in `days`) as "YYYY-MM-DD". */
function fileRow<T extends object>(row: T, days: readonly string[] = []): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const asText = (v: unknown) => (v instanceof Date ? (days.includes(key) ? isoDayOfDateColumn(v) : v.toISOString()) : v);
    out[key] = Array.isArray(value) ? value.map(asText) : asText(value);
  }
  return out;
}

function withoutUserIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUserIds);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, USER_ID_KEYS.has(key) ? null : withoutUserIds(v)]));
}

async function readContent(tx: Tx, summitId: string): Promise<Record<string, unknown> | null> {
  const summit = await tx.summit.findUnique({ where: { id: summitId } });
  if (!summit) return null;
  const where = { summitId };
  const byId = { id: "asc" } as const;
  const noSummit = { summitId: true } as const;
  // One after another: a transaction holds one connection.
  const venues = await tx.venue.findMany({ where, omit: noSummit, orderBy: byId });
  const spaces = await tx.space.findMany({ where: { venue: where }, orderBy: byId });
  const travelTimes = await tx.travelTime.findMany({ where, omit: noSummit, orderBy: byId });
  const delegations = await tx.delegation.findMany({ where, omit: noSummit, orderBy: byId });
  const members = await tx.member.findMany({ where: { delegation: where }, orderBy: byId });
  const programmeItems = await tx.programmeItem.findMany({ where, omit: { ...noSummit, updatedById: true }, orderBy: byId });
  const participations = await tx.participation.findMany({ where: { item: where }, orderBy: byId });
  const bilateralRequests = await tx.bilateralRequest.findMany({ where, omit: { ...noSummit, createdById: true }, orderBy: byId });
  const bilateralParties = await tx.bilateralParty.findMany({ where: { request: where }, orderBy: [{ requestId: "asc" }, { delegationId: "asc" }] });
  const movements = await tx.movement.findMany({ where, omit: noSummit, orderBy: byId });
  const agencies = await tx.agency.findMany({ where, omit: noSummit, orderBy: byId });
  const agencyTasks = await tx.agencyTask.findMany({ where: { agency: where }, orderBy: byId });
  const precedences = await tx.precedence.findMany({ where, omit: { ...noSummit, setById: true }, orderBy: byId });
  const precedenceEntries = await tx.precedenceEntry.findMany({ where: { precedence: where }, orderBy: [{ precedenceId: "asc" }, { position: "asc" }] });
  const entrances = await tx.entrance.findMany({ where: { venue: where }, orderBy: byId });
  const arrivalSequences = await tx.arrivalSequence.findMany({ where, omit: { ...noSummit, updatedById: true }, orderBy: byId });
  const arrivalSlots = await tx.arrivalSlot.findMany({ where: { sequence: where }, orderBy: byId });
  const coverageRules = await tx.coverageRule.findMany({ where, omit: noSummit, orderBy: byId });
  const conflictOverrides = await tx.conflictOverride.findMany({ where, omit: { ...noSummit, createdById: true }, orderBy: byId });
  const acknowledgements = await tx.acknowledgement.findMany({
    where: { delegation: where },
    select: { id: true, delegationId: true, acknowledgedAt: true, user: { select: { name: true } } },
    orderBy: byId,
  });
  const taskAcknowledgements = await tx.taskAcknowledgement.findMany({
    where: { agency: where },
    select: { id: true, agencyId: true, acknowledgedAt: true, user: { select: { name: true } } },
    orderBy: byId,
  });
  // Entries about user accounts (a user's choice of summit) are user data, like the accounts.
  const auditEntries = await tx.auditEntry.findMany({
    where: { ...where, entity: { notIn: Object.keys(EXCLUDED_TABLES) } },
    omit: { ...noSummit, actorId: true },
    orderBy: [{ at: "asc" }, byId],
  });
  const importMappings = await tx.importMapping.findMany({ where, omit: { ...noSummit, updatedById: true }, orderBy: byId });

  const rows = <T extends object>(list: readonly T[], days?: readonly string[]) => list.map((row) => fileRow(row, days));
  const named = <T extends { user: { name: string } }>({ user, ...row }: T) => fileRow({ ...row, userName: user.name });
  return {
    summit: fileRow(summit, ["startDate", "endDate"]),
    venues: rows(venues),
    spaces: rows(spaces),
    travelTimes: rows(travelTimes),
    delegations: rows(delegations),
    members: rows(members, ["takingOfficeOn"]),
    programmeItems: rows(programmeItems),
    participations: rows(participations),
    bilateralRequests: rows(bilateralRequests, ["preferredDays"]),
    bilateralParties: rows(bilateralParties),
    movements: rows(movements),
    agencies: rows(agencies),
    agencyTasks: rows(agencyTasks),
    precedences: rows(precedences),
    precedenceEntries: rows(precedenceEntries),
    entrances: rows(entrances),
    arrivalSequences: rows(arrivalSequences),
    arrivalSlots: rows(arrivalSlots),
    coverageRules: rows(coverageRules),
    conflictOverrides: rows(conflictOverrides),
    acknowledgements: acknowledgements.map(named),
    taskAcknowledgements: taskAcknowledgements.map(named),
    auditEntries: auditEntries.map((entry) => fileRow({ ...entry, before: withoutUserIds(entry.before), after: withoutUserIds(entry.after) })),
    importMappings: rows(importMappings),
  };
}

/** The archive of one summit; NotFoundError when there is no summit with that id. */
export async function exportSummit(db: Db, summitId: string, now: Date = new Date()): Promise<SummitArchive> {
  const raw = await db.$transaction((tx) => readContent(tx, summitId), { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS });
  if (!raw) throw new NotFoundError();
  const parsed = archiveContentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArchiveError(`The summit's data does not fit the archive format at ${formatPath(["content", ...issue.path])}: ${issue.message}`);
  }
  checkReferences(parsed.data);
  // The file holds the content as read (strings), which the check above parsed to the same values.
  const content = raw as ArchiveFileContent;
  return { format: ARCHIVE_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, exportedAt: now.toISOString(), digest: contentDigest(content), content };
}

/** The archive of the summit with this slug; an ArchiveError naming the slug when there is none. */
export async function exportSummitBySlug(db: Db, slug: string, now?: Date): Promise<SummitArchive> {
  const summit = await db.summit.findUnique({ where: { slug }, select: { id: true } });
  if (!summit) throw new ArchiveError(`No summit has the slug "${slug}".`);
  return exportSummit(db, summit.id, now);
}

/** The file's bytes: JSON, gzip-compressed unless `gzip` is false. */
export function serializeArchive(archive: SummitArchive, options: { gzip: boolean } = { gzip: true }): Buffer {
  const json = Buffer.from(JSON.stringify(archive), "utf8");
  return options.gzip ? gzipSync(json) : json;
}
