// Who may see and change which agency tasks. Every task query and mutation filters through
// visibleTasksWhere, so an agency coordinator can never reach another agency's task.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleItemsWhere } from "@/lib/programme/policy";

const NOTHING: Prisma.AgencyTaskWhereInput = { id: { in: [] } };

/**
 * Tasks the actor may read: staff all; a coordinator their own agency's (on movements, or on
 * items they may see: not drafts); a coordinator without an agency, and everyone else, none.
 */
export function visibleTasksWhere(actor: Actor): Prisma.AgencyTaskWhereInput {
  if (isStaff(actor)) return {};
  if (actor.role !== "AGENCY" || !actor.agencyId || !can(actor, "tasks.read")) return NOTHING;
  return {
    agencyId: actor.agencyId,
    OR: [{ itemId: null }, { item: visibleItemsWhere(actor) }],
  };
}

/** Planners create, assign and edit every task. */
export const mayEditTasks = (actor: Actor): boolean => can(actor, "tasks.edit");

/** Status and note: coordinators on their own agency's tasks (scope by visibleTasksWhere), staff on all. */
export const mayUpdateTaskStatus = (actor: Actor): boolean => can(actor, "tasks.updateStatus");

/** "I have seen the changes": a coordinator, for their own agency only. */
export const mayAcknowledgeTaskChanges = (actor: Actor, agencyId: string): boolean =>
  can(actor, "tasks.acknowledge") && actor.agencyId !== null && actor.agencyId === agencyId;

/** Staff-only task and movement notes. */
export const mayReadTaskStaffNotes = (actor: Actor): boolean => isStaff(actor);
