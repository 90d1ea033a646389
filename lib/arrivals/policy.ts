// Who may see or change arrivals beyond the role table: the whole order and every motorcade are
// planners' business ("arrivals.manage"); a delegation's liaison sees only its own party's
// departure and arrival, an agency only the motorcades its tasks ride with (see queries.ts).
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

/** Refuse with not-found, so a refusal does not confirm that a sequence exists. */
export function assertMayManage(actor: Actor): void {
  if (!can(actor, "arrivals.manage")) throw new NotFoundError();
}

/** The delegations whose own arrivals the actor may read; null: all (staff). */
export function readableDelegations(actor: Actor): readonly string[] | null {
  return isStaff(actor) ? null : actor.delegationIds;
}
