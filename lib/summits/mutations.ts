// Writes to summits. Administrators create (optionally from an earlier summit), edit, archive and
// restore them; staff store the summit they work on. Each takes its input parsed at the boundary,
// asks the summits' policy first, and is one transaction with its audit entry; a refusal is a
// ValidationError naming the field, in the reader's language (lib/i18n/summits.ts), and writes nothing. A taken slug is found by the unique index itself, not by a read before the
// write, so two administrators saving the same slug at once get the same field error.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { ConstraintError, NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { worded } from "@/lib/i18n/errors";
import { summitsEn, summitsNl } from "@/lib/i18n/summits";
import { dayBounds, isoDayOfDateColumn, type IsoDay } from "@/lib/time";
import { copyReferenceData, type CopyCounts } from "./copy";
import { mayChooseSummit, mayManageSummits } from "./policy";
import type { ChooseSummit, CreateSummit, SummitRef, UpdateSummit } from "./schema";
import { inCheckedCreation, inCheckedTransaction } from "@/lib/conflict-store/mutations";

const ENTITY = "Summit";
const TX = { maxWait: 10_000, timeout: 30_000 };

const SUMMIT_WORDS = { en: summitsEn.messages, nl: summitsNl.messages };

/** A refusal in the summit pages' own words, coded "summits.<key>", on the field it names. */
const problem = (field: string, key: keyof typeof summitsEn.messages) =>
  new ValidationError(worded(`summits.${key}`, (_, lang) => SUMMIT_WORDS[lang][key], [field]));

function slugTaken(error: unknown): never {
  if (error instanceof ConstraintError && error.constraint === "unique") throw problem("slug", "slugTaken");
  throw error;
}

const dateColumn = (day: string) => new Date(`${day}T00:00:00Z`);

const AUDITED = {
  slug: true, name: true, host: true, timeZone: true, startDate: true, endDate: true, travelBufferMinutes: true, languages: true, archivedAt: true,
} as const;

function assertMayManage(actor: Actor) {
  if (!mayManageSummits(actor)) throw new NotFoundError();
}

function rowData(input: { name: string; slug: string; host: string; startDate: string; endDate: string; timeZone: string; travelBufferMinutes: number; languages: string[] }) {
  return {
    name: input.name,
    slug: input.slug,
    host: input.host,
    timeZone: input.timeZone,
    startDate: dateColumn(input.startDate),
    endDate: dateColumn(input.endDate),
    travelBufferMinutes: input.travelBufferMinutes,
    languages: input.languages,
  };
}

export type CreatedSummit = { id: string; copied: CopyCounts | null };

/** A new summit; with `copyFromSummitId`, started from that summit's reference data (copy.ts). */
export async function createSummit(db: Db, actor: Actor, input: CreateSummit): Promise<CreatedSummit> {
  assertMayManage(actor);
  return inCheckedCreation(db, async (tx) => {
    const source = input.copyFromSummitId
      ? await tx.summit.findUnique({ where: { id: input.copyFromSummitId }, select: { id: true, slug: true } })
      : null;
    if (input.copyFromSummitId && !source) throw problem("copyFromSummitId", "copyFromUnknown");
    const summit = await withConstraintErrors(() => tx.summit.create({ data: rowData(input), select: { id: true, ...AUDITED } })).catch(slugTaken);
    const copied = source ? await copyReferenceData(tx, source.id, summit.id) : null;
    const { id, ...after } = summit;
    await recordAudit(tx, {
      actor,
      summitId: id,
      entity: ENTITY,
      entityId: id,
      action: "create",
      after: { ...after, ...(source ? { copiedFrom: { id: source.id, slug: source.slug }, copied } : {}) },
    });
    return { id, copied };
  }, (created) => created.id, TX);
}

/** Name, slug, host, days, time zone, travel buffer and languages of an existing summit. */
export async function updateSummit(db: Db, actor: Actor, { id, ...input }: UpdateSummit): Promise<{ id: string }> {
  assertMayManage(actor);
  return inCheckedTransaction(db, id, async (tx) => {
    const before = await tx.summit.findUnique({ where: { id }, select: AUDITED });
    if (!before) throw new NotFoundError();
    // Days and zone decide which instants belong to the summit: an item left outside them would
    // vanish from every day page while still occupying people.
    const from = dayBounds(input.startDate as IsoDay, input.timeZone).startsAt;
    const until = dayBounds(input.endDate as IsoDay, input.timeZone).endsAt;
    const outside = await tx.programmeItem.count({
      where: { summitId: id, status: { not: "CANCELLED" }, OR: [{ startsAt: { lt: from } }, { endsAt: { gt: until } }] },
    });
    if (outside > 0) throw problem(input.startDate > isoDayOfDateColumn(before.startDate) ? "startDate" : "endDate", "itemsOutsideDays");
    const after = await withConstraintErrors(() => tx.summit.update({ where: { id }, data: rowData(input), select: AUDITED })).catch(slugTaken);
    await recordAudit(tx, { actor, summitId: id, entity: ENTITY, entityId: id, action: "update", before, after });
    return { id };
  }, TX);
}

async function setArchived(db: Db, actor: Actor, { id }: SummitRef, archived: boolean): Promise<{ id: string; archivedAt: Date | null }> {
  assertMayManage(actor);
  return inCheckedTransaction(db, id, async (tx) => {
    const before = await tx.summit.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!before) throw new NotFoundError();
    // Already as asked: nothing to write.
    if ((before.archivedAt !== null) === archived) return { id, archivedAt: before.archivedAt };
    const { archivedAt } = await tx.summit.update({ where: { id }, data: { archivedAt: archived ? new Date() : null }, select: { archivedAt: true } });
    await recordAudit(tx, { actor, summitId: id, entity: ENTITY, entityId: id, action: archived ? "archive" : "restore", before, after: { archivedAt } });
    return { id, archivedAt };
  });
}

/** Archive a summit: it stays readable, leaves the default choice and the switcher's main list; nothing is deleted. */
export const archiveSummit = (db: Db, actor: Actor, input: SummitRef) => setArchived(db, actor, input, true);

/** Bring an archived summit back. */
export const restoreSummit = (db: Db, actor: Actor, input: SummitRef) => setArchived(db, actor, input, false);

/**
 * Store the summit a member of staff works on (User.currentSummitId). Liaisons and agency
 * coordinators are bound to their assignment's summit and cannot choose (NotFoundError).
 */
export async function chooseSummit(db: Db, actor: Actor, { summitId }: ChooseSummit): Promise<{ summitId: string }> {
  if (!mayChooseSummit(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const summit = await tx.summit.findUnique({ where: { id: summitId }, select: { id: true } });
    if (!summit) throw problem("summitId", "summitUnknown");
    const before = await tx.user.findUnique({ where: { id: actor.userId }, select: { currentSummitId: true } });
    if (!before) throw new NotFoundError();
    if (before.currentSummitId === summit.id) return { summitId };
    await tx.user.update({ where: { id: actor.userId }, data: { currentSummitId: summit.id } });
    await recordAudit(tx, { actor, summitId: summit.id, entity: "User", entityId: actor.userId, action: "chooseSummit", before, after: { currentSummitId: summit.id } });
    return { summitId };
  });
}
