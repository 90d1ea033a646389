// Who may see which programme items. Pages, exports and feeds all filter through these
// clauses, so there is one source of truth for visibility.
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** Whether staff-only fields (staff notes) may be selected for this actor. */
export function mayReadStaffNotes(actor: Actor): boolean {
  return isStaff(actor);
}
