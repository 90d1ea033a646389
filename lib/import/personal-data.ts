// Erasing the personal names of an archived summit's delegation members: the record keeps each
// member's delegation, function, title and precedence (who came, in what role, how many), and
// loses the names, in the members and in the audit entries that recorded them. Administrators
// only, and only once the summit is archived: a running summit still needs its names.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import { mayErasePersonalNames } from "./policy";
import type { ErasePersonalNamesInput } from "./schema";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";

export type ArchivedSummitNames = { id: string; name: string; archivedAt: Date; namedMembers: number; members: number };

/** Archived summits with how many of their members still carry a personal name (administrators' page). */
export async function listArchivedSummitNames(db: DbOrTx): Promise<ArchivedSummitNames[]> {
  const summits = await db.summit.findMany({ where: { archivedAt: { not: null } }, orderBy: { archivedAt: "desc" }, select: { id: true, name: true, archivedAt: true } });
  const counts = await db.$queryRaw<{ summitId: string; members: number; named: number }[]>`
    SELECT d."summitId", count(*)::int AS members, count(m."personalName")::int AS named
    FROM "Member" m JOIN "Delegation" d ON d.id = m."delegationId" JOIN "Summit" s ON s.id = d."summitId"
    WHERE s."archivedAt" IS NOT NULL GROUP BY d."summitId"`;
  const bySummit = new Map(counts.map((c) => [c.summitId, c]));
  return summits.map((s) => ({ id: s.id, name: s.name, archivedAt: s.archivedAt!, members: bySummit.get(s.id)?.members ?? 0, namedMembers: bySummit.get(s.id)?.named ?? 0 }));
}

export async function erasePersonalNames(db: Db, actor: Actor, input: ErasePersonalNamesInput): Promise<{ erased: number }> {
  if (!mayErasePersonalNames(actor)) throw new NotFoundError();
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    const summit = await tx.summit.findUnique({ where: { id: input.summitId }, select: { id: true, archivedAt: true } });
    if (!summit) throw new NotFoundError();
    if (!summit.archivedAt) throw new ValidationError(refusal("archiveFirst"));
    const { count } = await tx.member.updateMany({ where: { delegation: { summitId: summit.id }, personalName: { not: null } }, data: { personalName: null } });
    // The names also sit in the members' audit entries (before and after each edit or import).
    await tx.$executeRaw`
      UPDATE "AuditEntry" SET before = before - 'personalName', after = after - 'personalName'
      WHERE "summitId" = ${summit.id} AND entity = 'Member' AND (before ? 'personalName' OR after ? 'personalName')`;
    await recordAudit(tx, { actor, summitId: summit.id, entity: "Summit", entityId: summit.id, action: "erasePersonalNames", after: { members: count } });
    return { erased: count };
  });
}
