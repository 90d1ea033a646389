// Importing an archive as a new summit, in one transaction: every row under a new id (references,
// audit trail and conflict ids remapped: lib/archive/remap.ts), or nothing at all. The file is
// read and validated completely before the transaction starts (lib/archive/read.ts); the database
// then checks its own rules, and a refusal there rolls everything back too.
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/summits/schema";
import type { Db, Tx } from "@/lib/db";
import { ConstraintError, translateDbError, uniqueViolationOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ArchiveError, type ArchiveContent, type TableKey } from "./format";
import { readArchiveFile, type ReadLimits } from "./read";
import { itemDepths } from "./references";
import { newIds, remapContent } from "./remap";
import { NOT_IMPORTED } from "./tables";
import { inCheckedCreation } from "@/lib/conflict-store/mutations";

// Rows per INSERT: well under PostgreSQL's limit of bind parameters for the widest table.
const CHUNK = 1000;
// A large summit takes a while to write; the default 5 s would cut it off.
const IMPORT_TIMEOUT_MS = 15 * 60_000;

export class SlugTakenError extends ArchiveError {
  constructor(readonly slug: string) {
    super(`A summit with the slug "${slug}" exists already; import the archive under another slug.`, "archive.slugTaken");
  }
}

export type ImportOptions = { slug?: string };

export type ImportResult = {
  summitId: string;
  slug: string;
  name: string;
  /** Rows written per table (the summit row included). */
  rows: Record<string, number>;
  /** Rows of the file that were not written, per table: they need a user account. */
  notImported: Partial<Record<TableKey, number>>;
};

/** Reads, validates and imports the archive file at `path` (see importSummit). */
export async function importArchiveFile(db: Db, path: string, options: ImportOptions = {}, limits?: ReadLimits): Promise<ImportResult> {
  const archive = await readArchiveFile(path, limits);
  return importSummit(db, archive.content, options);
}

/** Writes a validated archive's content as a new summit, under `options.slug` or the archive's own slug. */
export async function importSummit(db: Db, content: ArchiveContent, options: ImportOptions = {}): Promise<ImportResult> {
  const slug = options.slug ?? content.summit.slug;
  if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    throw new ArchiveError(`"${slug}" cannot be a summit's slug: lower-case letters and digits, single hyphens between them, at most ${MAX_SLUG_LENGTH} characters.`);
  }
  const ids = newIds(content);
  const rows = remapContent(content, (id) => ids.get(id));
  try {
    // The restored summit is checked whole before the import commits: its first page reads stored rows.
    return await inCheckedCreation(
      db,
      async (tx) => {
        if (await tx.summit.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError(slug);
        const written = await writeRows(tx, rows, slug);
        const notImported = Object.fromEntries(NOT_IMPORTED.filter((t) => content[t].length > 0).map((t) => [t, content[t].length]));
        return { summitId: rows.summit.id, slug, name: rows.summit.name, rows: written, notImported };
      },
      (imported) => imported.summitId,
      { timeout: IMPORT_TIMEOUT_MS },
    );
  } catch (error) {
    throw refusal(error, slug);
  }
}

/** A database refusal as an ArchiveError; anything else (an outage included) unchanged. */
function refusal(error: unknown, slug: string): unknown {
  if (error instanceof ArchiveError) return error;
  // Another import or the summit form took the slug between the check and the write.
  if (uniqueViolationOf(error) === "Summit_slug_key") return new SlugTakenError(slug);
  try {
    translateDbError(error);
  } catch (translated) {
    if (translated instanceof ConstraintError) {
      return new ArchiveError(`The database refused a row of the archive (${translated.constraint}: ${translated.message})`);
    }
  }
  return error;
}

async function insert<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
  return rows.length;
}

// An audit snapshot or a column mapping left empty is stored as SQL NULL, as the app writes it.
const json = (value: Prisma.InputJsonValue | null) => (value === null ? Prisma.DbNull : value);

async function writeRows(tx: Tx, c: ArchiveContent, slug: string): Promise<Record<string, number>> {
  const summitId = c.summit.id;
  const own = <T extends object>(list: readonly T[]) => list.map((row) => ({ ...row, summitId }));
  // An imported summit is the importer's data, never the demo's: a demo reset deletes demo summits.
  await tx.summit.create({ data: { ...c.summit, slug, isDemo: false } });
  // Parents before their sessions, so every parentId names a row written before it.
  const depths = itemDepths(c);
  const items = c.programmeItems.map((item, i) => ({ item, depth: depths[i] })).sort((a, b) => a.depth - b.depth).map(({ item }) => item);
  const counts: Record<string, number> = { summit: 1 };
  counts.venues = await insert(own(c.venues), (data) => tx.venue.createMany({ data }));
  counts.spaces = await insert(c.spaces, (data) => tx.space.createMany({ data }));
  counts.travelTimes = await insert(own(c.travelTimes), (data) => tx.travelTime.createMany({ data }));
  counts.delegations = await insert(own(c.delegations), (data) => tx.delegation.createMany({ data }));
  counts.members = await insert(c.members, (data) => tx.member.createMany({ data }));
  counts.programmeItems = await insert(own(items), (data) => tx.programmeItem.createMany({ data }));
  counts.participations = await insert(c.participations, (data) => tx.participation.createMany({ data }));
  counts.bilateralRequests = await insert(own(c.bilateralRequests), (data) => tx.bilateralRequest.createMany({ data }));
  counts.bilateralParties = await insert(c.bilateralParties, (data) => tx.bilateralParty.createMany({ data }));
  counts.movements = await insert(own(c.movements), (data) => tx.movement.createMany({ data }));
  counts.agencies = await insert(own(c.agencies), (data) => tx.agency.createMany({ data }));
  counts.agencyTasks = await insert(c.agencyTasks, (data) => tx.agencyTask.createMany({ data }));
  // Arrivals: the precedence list, entrances, then each sequence and its slots (slots name the motorcades written above).
  counts.precedences = await insert(own(c.precedences), (data) => tx.precedence.createMany({ data }));
  counts.precedenceEntries = await insert(c.precedenceEntries, (data) => tx.precedenceEntry.createMany({ data }));
  counts.entrances = await insert(c.entrances, (data) => tx.entrance.createMany({ data }));
  counts.arrivalSequences = await insert(own(c.arrivalSequences), (data) => tx.arrivalSequence.createMany({ data }));
  counts.arrivalSlots = await insert(c.arrivalSlots, (data) => tx.arrivalSlot.createMany({ data }));
  counts.coverageRules = await insert(own(c.coverageRules), (data) => tx.coverageRule.createMany({ data }));
  counts.conflictOverrides = await insert(own(c.conflictOverrides), (data) => tx.conflictOverride.createMany({ data }));
  const audit = own(c.auditEntries).map((e) => ({ ...e, before: json(e.before as Prisma.InputJsonValue | null), after: json(e.after as Prisma.InputJsonValue | null) }));
  counts.auditEntries = await insert(audit, (data) => tx.auditEntry.createMany({ data }));
  const mappings = own(c.importMappings).map((m) => ({ ...m, columns: m.columns === null ? Prisma.JsonNull : (m.columns as Prisma.InputJsonValue) }));
  counts.importMappings = await insert(mappings, (data) => tx.importMapping.createMany({ data }));
  return counts;
}
