// Who may read and keep the coverage rules and the coverage matrix: those who plan the agencies'
// tasks, since a rule says which tasks a planner must assign ("tasks.edit" in lib/auth/permissions.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** Planners read and keep the coverage rules and the matrix; to anyone else they do not exist. */
export const mayKeepCoverage = (actor: Actor): boolean => can(actor, "tasks.edit");
