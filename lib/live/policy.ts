// Who may record what on the day. Staff: every item and movement. An agency coordinator: the
// movements behind their own agency's tasks (the police escort marks its motorcade departed and
// arrived), the same movements lib/tasks/policy.ts lets them read; items stay with staff.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import { visibleMovementsWhere } from "@/lib/movements/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOTHING = { id: { in: [] } };

/** Movements whose live status the actor may record. */
export function recordableMovementsWhere(actor: Actor): Prisma.MovementWhereInput {
  if (!can(actor, "live.record")) return NOTHING;
  return visibleMovementsWhere(actor);
}

/** Who records live status at all (staff, agency coordinators); anyone else is told not found. */
export const mayRecordLive = (actor: Actor): boolean => can(actor, "live.record");

/** Items whose live status the actor may record: staff only. */
export const mayRecordItems = (actor: Actor): boolean => isStaff(actor) && can(actor, "live.record");

/** Delays, cascades, repairs and the operations board: planners. */
export const mayManageLive = (actor: Actor): boolean => can(actor, "live.manage");
