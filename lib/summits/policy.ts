// Who sets up summits and how each actor's summit is found. Administrators create, edit, archive
// and restore summits; staff (summits.choose) pick the one they work on; liaisons and agency
// coordinators never pick: their assignment binds them to one summit.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export const mayManageSummits = (actor: Pick<Actor, "role">): boolean => can(actor, "summits.manage");

/**
 * What decides the actor's summit: their agency's summit, their delegations' summit, their own
 * choice (with a default), or nothing at all.
 */
export type SummitBinding = "agency" | "delegations" | "choice" | "none";

export function summitBinding(actor: Pick<Actor, "role">): SummitBinding {
  if (actor.role === "AGENCY") return "agency";
  if (actor.role === "LIAISON") return "delegations";
  return can(actor, "summits.choose") ? "choice" : "none";
}

/** Staff with summits.choose pick their summit; an assignment binds everyone else. */
export const mayChooseSummit = (actor: Pick<Actor, "role">): boolean => summitBinding(actor) === "choice";
