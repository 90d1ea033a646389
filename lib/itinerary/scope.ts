// Which delegations' itineraries an actor may open: a liaison their own, staff any, nobody else.
// Everything outside the scope is a NotFoundError, indistinguishable from a delegation that
// does not exist, so a guessed id confirms nothing.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export function mayOpenDelegation(actor: Actor, delegationId: string): boolean {
  if (!can(actor, "itinerary.read")) return false;
  return isStaff(actor) || actor.delegationIds.includes(delegationId);
}

/** The delegation if it belongs to the summit and to the actor's scope; NotFoundError otherwise. */
export async function scopedDelegation(db: DbOrTx, actor: Actor, summitId: string, delegationId: string): Promise<{ id: string }> {
  if (!mayOpenDelegation(actor, delegationId)) throw new NotFoundError();
  const delegation = await db.delegation.findFirst({ where: { id: delegationId, summitId }, select: { id: true } });
  if (!delegation) throw new NotFoundError();
  return delegation;
}

export type DelegationListing = { id: string; code: string; name: string };

/** The delegations whose itinerary the actor may open, by name. */
export async function listItineraryDelegations(db: DbOrTx, actor: Actor, summitId: string): Promise<DelegationListing[]> {
  if (!can(actor, "itinerary.read")) return [];
  return db.delegation.findMany({
    where: { summitId, ...(isStaff(actor) ? {} : { id: { in: [...actor.delegationIds] } }) },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
