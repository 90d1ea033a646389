// Who may see which movements: planners all of them; an agency coordinator only those their agency
// has a task on, so a motorcade no task of theirs covers is not theirs to know about.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Movements the actor may read: staff all; a coordinator those behind their agency's tasks. */
export function visibleMovementsWhere(actor: Actor): Prisma.MovementWhereInput {
  if (isStaff(actor)) return {};
  if (actor.role !== "AGENCY" || !actor.agencyId) return { id: { in: [] } };
  return { tasks: { some: { agencyId: actor.agencyId } } };
}

/** Planners create, edit and delete movements and add proposed transfers. */
export const mayEditMovements = (actor: Actor): boolean => can(actor, "movements.edit");
