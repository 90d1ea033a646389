// Who may keep the summit's delegations and their members: planners, by the role table
// (lib/auth/permissions.ts: "programme.edit").
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** Create and edit delegations and their members. */
export const mayEditDelegations = (actor: Actor): boolean => can(actor, "programme.edit");
