// The rows that decide who may hear of a change: the entity as it is (an item's status, visibility,
// participating delegations and its tasks' agencies; the delegation or agency a movement, task,
// member or acknowledgement belongs to). Only ids, status and visibility, never content. The same
// statement runs in one of two places: in the writing transaction, where the notice is sent, so
// the notice carries its rows and the listener needs no read after commit (notice.ts); or on the
// listening connection after commit, when the rows did not fit the notice (lib/push/queries.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntity } from "../schema";
import type { ScopeHints } from "../types";

/** Entities audited under another name whose audience is the same rows' (same ids). */
const SAME_ROWS_AS: Partial<Record<AuditEntity, AuditEntity>> = { ItemLive: "ProgrammeItem", MovementLive: "Movement" };

/** The entity whose rows decide the audience of a notice of `entity`. */
export const audienceEntity = (entity: string): string => SAME_ROWS_AS[entity as AuditEntity] ?? entity;

/** An item's before side counts when it says who could see the item: its status and visibility. */
export const itemBeforeCounts = (before: ScopeHints | undefined): before is ScopeHints & { status: string; visibility: string } =>
  before?.status !== undefined && before.visibility !== undefined;

/**
 * One statement: each item as it is (its participating delegations, its tasks' agencies) and,
 * when the before side names members, the delegations of those members (`now` false).
 */
function itemRows(ids: readonly string[], before: ScopeHints | undefined): Prisma.Sql {
  const memberIds = itemBeforeCounts(before) ? (before.memberIds ?? []) : [];
  return Prisma.sql`
    SELECT true AS now, i.status::text AS status, i.visibility::text AS visibility,
      ARRAY(SELECT DISTINCT p."delegationId" FROM "Participation" p WHERE p."itemId" = i.id) AS "delegationIds",
      ARRAY(SELECT DISTINCT t."agencyId" FROM "AgencyTask" t WHERE t."itemId" = i.id) AS "agencyIds"
    FROM "ProgrammeItem" i WHERE i.id = ANY(${[...ids]}::text[])
    UNION ALL
    SELECT false, NULL, NULL, ARRAY(SELECT DISTINCT m."delegationId" FROM "Member" m WHERE m.id = ANY(${memberIds}::text[])), ARRAY[]::text[]
    WHERE cardinality(${memberIds}::text[]) > 0`;
}

/** Per entity: the delegations and agencies its rows name now (one statement each). */
const SCOPE_OF: Partial<Record<AuditEntity, (ids: string[]) => Prisma.Sql>> = {
  Movement: (ids) => Prisma.sql`
    SELECT m."delegationId", NULL::text AS "agencyId" FROM "Movement" m WHERE m.id = ANY(${ids}::text[])
    UNION ALL SELECT NULL, t."agencyId" FROM "AgencyTask" t WHERE t."movementId" = ANY(${ids}::text[])`,
  // A task on a draft stays hidden from its agency, as its item does.
  AgencyTask: (ids) => Prisma.sql`
    SELECT NULL::text AS "delegationId", t."agencyId", i.status IS NOT NULL AND i.status NOT IN ('CONFIRMED', 'CANCELLED') AS "onDraft"
    FROM "AgencyTask" t LEFT JOIN "ProgrammeItem" i ON i.id = t."itemId" WHERE t.id = ANY(${ids}::text[])`,
  TaskAcknowledgement: (ids) => Prisma.sql`SELECT NULL::text AS "delegationId", a."agencyId" FROM "TaskAcknowledgement" a WHERE a.id = ANY(${ids}::text[])`,
  Member: (ids) => Prisma.sql`SELECT m."delegationId", NULL::text AS "agencyId" FROM "Member" m WHERE m.id = ANY(${ids}::text[])`,
  Acknowledgement: (ids) => Prisma.sql`SELECT a."delegationId", NULL::text AS "agencyId" FROM "Acknowledgement" a WHERE a.id = ANY(${ids}::text[])`,
  BilateralRequest: (ids) => Prisma.sql`
    SELECT r."requesterDelegationId" AS "delegationId", NULL::text AS "agencyId" FROM "BilateralRequest" r WHERE r.id = ANY(${ids}::text[])
    UNION ALL SELECT p."delegationId", NULL FROM "BilateralParty" p WHERE p."requestId" = ANY(${ids}::text[])`,
};

/**
 * The statement reading a notice's audience rows, or null when none is needed: a batch too large
 * to list, the summit itself, or an entity whose audience the notice alone decides. `before` is
 * the before side of a notice of one id (a batch has none).
 */
export function audienceQuery(notice: { e: string; ids: readonly string[]; bulk?: true }, before: ScopeHints | undefined): Prisma.Sql | null {
  if (notice.bulk || notice.ids.length === 0 || notice.e === "Summit") return null;
  const entity = audienceEntity(notice.e);
  if (entity === "ProgrammeItem") return itemRows(notice.ids, before);
  return SCOPE_OF[entity as AuditEntity]?.([...notice.ids]) ?? null;
}
