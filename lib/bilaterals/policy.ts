// Who may see and do what with a bilateral request. Planners (bilateral.manage) see and arrange
// every request; a liaison sees only requests their delegation is a party to, requests only for
// their own delegation and answers only on its behalf. A third delegation sees nothing at all.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";
import { allowedEvents } from "./lifecycle";

type Subject = Pick<Actor, "role" | "delegationIds">;

export const mayManageBilaterals = (actor: Subject): boolean => can(actor, "bilateral.manage");

/** The requests the actor may see at all (the board, the lists, a detail page). */
export function visibleBilateralsWhere(actor: Subject): Prisma.BilateralRequestWhereInput {
  if (mayManageBilaterals(actor)) return {};
  if (!can(actor, "bilateral.request") && !can(actor, "bilateral.respond")) return { id: { in: [] } };
  return { parties: { some: { delegationId: { in: [...actor.delegationIds] } } } };
}

export function maySeeBilateral(actor: Subject, partyDelegationIds: readonly string[]): boolean {
  if (mayManageBilaterals(actor)) return true;
  if (!can(actor, "bilateral.request") && !can(actor, "bilateral.respond")) return false;
  return partyDelegationIds.some((id) => actor.delegationIds.includes(id));
}

/** Who may ask for a bilateral at all (planners and liaisons); anyone else is told not found. */
export const mayRequestBilaterals = (actor: Subject): boolean => can(actor, "bilateral.request");

/** Who may answer a proposal at all (a liaison, for their delegations); anyone else is told not found. */
export const mayRespondToProposals = (actor: Subject): boolean => can(actor, "bilateral.respond");

/** Who may withdraw a request at all: planners, and liaisons for their own requests. */
export const mayWithdrawRequests = (actor: Subject): boolean => mayManageBilaterals(actor) || can(actor, "bilateral.request");

/** Planners request on behalf of any delegation; a liaison only for a delegation assigned to them. */
export function mayRequestFor(actor: Subject, delegationId: string): boolean {
  if (!can(actor, "bilateral.request")) return false;
  return mayManageBilaterals(actor) || actor.delegationIds.includes(delegationId);
}

/** Only a delegation's own liaison answers a proposal on its behalf. */
export function mayRespondFor(actor: Subject, delegationId: string): boolean {
  return can(actor, "bilateral.respond") && actor.delegationIds.includes(delegationId);
}

/** The requesting delegation's liaison may withdraw the request; planners may too. */
export function mayWithdraw(actor: Subject, requesterDelegationId: string): boolean {
  return mayManageBilaterals(actor) || (can(actor, "bilateral.request") && actor.delegationIds.includes(requesterDelegationId));
}

export type BilateralActions = {
  propose: boolean;
  confirm: boolean;
  cancel: boolean;
  withdraw: boolean;
  /** Delegations the actor may answer for now, with the answers still open to them. */
  respond: { delegationId: string; accept: boolean; decline: boolean }[];
};

/** What the actor may do with the request in its current state (the buttons to show). */
export function bilateralActionsFor(
  actor: Subject,
  request: { status: BilateralStatus; requesterDelegationId: string; parties: readonly { delegationId: string; response: PartyResponse }[] },
): BilateralActions {
  const events = allowedEvents(request.status);
  const manager = mayManageBilaterals(actor);
  return {
    propose: manager && events.includes("propose"),
    confirm: manager && events.includes("confirm"),
    cancel: manager && events.includes("cancel"),
    withdraw: events.includes("withdraw") && mayWithdraw(actor, request.requesterDelegationId),
    respond: events.includes("respond")
      ? request.parties
          .filter((p) => mayRespondFor(actor, p.delegationId))
          .map((p) => ({ delegationId: p.delegationId, accept: p.response !== "ACCEPTED", decline: p.response !== "DECLINED" }))
      : [],
  };
}
