// Agencies as administrators keep them: create, edit, deactivate, reactivate. Each write is
// authorised here against the permission table (the gate checks too, but a domain function must
// not rely on its caller), checks the names against the summit's other agencies inside one
// transaction, and is audited there. A deactivated agency keeps its tasks, users and history; it
// gets no new tasks (lib/tasks/mutations.ts) and its coordinators cannot sign in (lib/auth).
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError, ValidationError, translateDbError, uniqueViolationOf, type Refusal } from "@/lib/errors";
import { adminEn, adminNl, type AdminText } from "@/lib/i18n/agencies-users";
import { worded } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";
import { mayManageAgencies } from "./policy";
import type { CreateAgencyInput, SetAgencyActiveInput, UpdateAgencyInput } from "./schema";

type Admin = Pick<Actor, "userId" | "name" | "role">;

const ENTITY = "Agency";
const AUDITED = { id: true, summitId: true, name: true, shortName: true, kind: true, deactivatedAt: true } as const;

function authorise(actor: Admin) {
  // The same answer as a missing agency, as everywhere a permission is missing.
  if (!mayManageAgencies(actor)) throw new NotFoundError();
}

const ADMIN_TEXT: Record<Lang, AdminText> = { en: adminEn, nl: adminNl };
type AgencyRefusal = keyof AdminText["agencies"]["messages"];

/** One of the agency pages' refusals (lib/i18n/agencies-users.ts), in every language. */
export function agencyRefusal(key: AgencyRefusal, fields: readonly string[] | Readonly<Record<string, Refusal>> = []): Refusal {
  return worded(`agencies.${key}`, (_, lang) => ADMIN_TEXT[lang].agencies.messages[key], fields);
}

/** "This summit has such an agency already", on the fields whose name another agency has. */
const namesTaken = (fields: readonly ("name" | "shortName")[]) =>
  new ValidationError(agencyRefusal("exists", Object.fromEntries(fields.map((f) => [f, agencyRefusal(f === "name" ? "nameTaken" : "shortNameTaken")]))));

/**
 * Refuse a name or short name another agency of the summit has, ignoring case (the database's
 * unique indexes compare exactly; "police" beside "Police" would be a duplicate to every reader).
 */
async function assertNamesFree(tx: Tx, summitId: string, input: { name: string; shortName: string }, exceptId: string | null) {
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  const others = await tx.agency.findMany({
    where: {
      summitId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [{ name: { equals: input.name, mode: "insensitive" } }, { shortName: { equals: input.shortName, mode: "insensitive" } }],
    },
    select: { name: true, shortName: true },
  });
  const taken = [
    ...(others.some((a) => same(a.name, input.name)) ? (["name"] as const) : []),
    ...(others.some((a) => same(a.shortName, input.shortName)) ? (["shortName"] as const) : []),
  ];
  if (taken.length > 0) throw namesTaken(taken);
}

/**
 * A concurrent writer can take the name between the check above and the write: the unique index
 * refuses it, and the refusal is worded as the check's.
 */
function refuseDuplicate(error: unknown): never {
  const index = uniqueViolationOf(error);
  if (index === "Agency_summitId_name_key") throw namesTaken(["name"]);
  if (index === "Agency_summitId_shortName_key") throw namesTaken(["shortName"]);
  translateDbError(error);
}

export async function createAgency(db: Db, actor: Admin, input: CreateAgencyInput) {
  authorise(actor);
  return db.$transaction(async (tx) => {
    const summit = await tx.summit.findUnique({ where: { id: input.summitId }, select: { id: true } });
    if (!summit) throw new NotFoundError();
    await assertNamesFree(tx, summit.id, input, null);
    const agency = await tx.agency
      .create({ data: { summitId: summit.id, name: input.name, shortName: input.shortName, kind: input.kind }, select: AUDITED })
      .catch(refuseDuplicate);
    await recordAudit(tx, { actor, summitId: summit.id, entity: ENTITY, entityId: agency.id, action: "create", after: agency });
    return { id: agency.id };
  });
}

export async function updateAgency(db: Db, actor: Admin, input: UpdateAgencyInput) {
  authorise(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id: input.id }, select: AUDITED });
    if (!before) throw new NotFoundError();
    await assertNamesFree(tx, before.summitId, input, before.id);
    const after = await tx.agency
      .update({ where: { id: before.id }, data: { name: input.name, shortName: input.shortName, kind: input.kind }, select: AUDITED })
      .catch(refuseDuplicate);
    await recordAudit(tx, { actor, summitId: before.summitId, entity: ENTITY, entityId: before.id, action: "update", before, after });
    return { id: before.id };
  });
}

/**
 * Deactivate or reactivate an agency; asking for the state it is in changes nothing. Deactivating
 * ends its coordinators' sessions and calendar feeds, as deactivating a user does: otherwise the
 * reactivation would bring back whatever cookie or feed address was out there.
 */
export async function setAgencyActive(db: Db, actor: Admin, input: SetAgencyActiveInput) {
  authorise(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id: input.id }, select: AUDITED });
    if (!before) throw new NotFoundError();
    if ((before.deactivatedAt === null) === input.active) return { id: before.id, deactivatedAt: before.deactivatedAt };
    const now = new Date();
    const after = await tx.agency.update({ where: { id: before.id }, data: { deactivatedAt: input.active ? null : now }, select: AUDITED });
    if (!input.active) {
      const coordinators = { agencyId: before.id, role: "AGENCY" } as const;
      await tx.user.updateMany({ where: coordinators, data: { sessionVersion: { increment: 1 } } });
      await tx.calendarToken.updateMany({ where: { user: coordinators, revokedAt: null }, data: { revokedAt: now } });
    }
    await recordAudit(tx, {
      actor,
      summitId: before.summitId,
      entity: ENTITY,
      entityId: before.id,
      action: input.active ? "reactivate" : "deactivate",
      before,
      after,
    });
    return { id: before.id, deactivatedAt: after.deactivatedAt };
  });
}
