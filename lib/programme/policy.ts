// Who may see which programme items. Pages, exports and feeds all filter through these
// clauses, so there is one source of truth for visibility. The rule is written twice, once as a
// Prisma filter and once as SQL for the hand-written hot reads (the itinerary); a test checks on
// every combination of role, status and visibility that both select the same items
// (tests/integration/visibility-sql.test.ts), so change them together.
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

/** Items the actor may read. Drafts and staff-only items are for staff alone. */
export function visibleItemsWhere(actor: Actor): Prisma.ProgrammeItemWhereInput {
  if (isStaff(actor)) return {};
  const published: Prisma.ProgrammeItemWhereInput = { status: { in: ["CONFIRMED", "CANCELLED"] } };
  switch (actor.role) {
    case "LIAISON":
      return {
        ...published,
        OR: [
          { visibility: { in: ["PUBLIC", "ALL_DELEGATIONS"] } },
          {
            visibility: "PARTICIPANTS",
            participations: { some: { delegationId: { in: [...actor.delegationIds] } } },
          },
        ],
      };
    case "AGENCY":
      return {
        ...published,
        OR: [
          { visibility: "PUBLIC" },
          ...(actor.agencyId ? [{ tasks: { some: { agencyId: actor.agencyId } } }] : []),
        ],
      };
    default:
      return { ...published, visibility: "PUBLIC" };
  }
}

/** visibleItemsWhere as an SQL condition for $queryRaw, on the programme item aliased `i`. */
export function visibleItemsSql(actor: Actor): Prisma.Sql {
  if (isStaff(actor)) return Prisma.sql`TRUE`;
  const published = Prisma.sql`i.status::text IN ('CONFIRMED', 'CANCELLED')`;
  switch (actor.role) {
    case "LIAISON":
      return Prisma.sql`(${published} AND (i.visibility::text IN ('PUBLIC', 'ALL_DELEGATIONS')
        OR (i.visibility::text = 'PARTICIPANTS' AND EXISTS (
          SELECT 1 FROM "Participation" vp WHERE vp."itemId" = i.id AND vp."delegationId" = ANY(${[...actor.delegationIds]}::text[])))))`;
    case "AGENCY":
      return Prisma.sql`(${published} AND (i.visibility::text = 'PUBLIC'
        OR EXISTS (SELECT 1 FROM "AgencyTask" vt WHERE vt."itemId" = i.id AND vt."agencyId" = ${actor.agencyId ?? null}::text)))`;
    default:
      return Prisma.sql`(${published} AND i.visibility::text = 'PUBLIC')`;
  }
}

/** Whether staff-only fields (staff notes) may be selected for this actor. */
export function mayReadStaffNotes(actor: Actor): boolean {
  return isStaff(actor);
}
