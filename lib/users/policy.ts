// Who may manage users and who may change a password. Administrators manage users (users.manage);
// the installation's own create-admin command writes without a session, as no actor (null). Every
// signed-in role changes its own password.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** The administrator writing, or null for the create-admin command. */
export type UserAdmin = Pick<Actor, "userId" | "name" | "role"> | null;

export const mayManageUsers = (admin: UserAdmin): boolean => admin === null || can(admin, "users.manage");

export const mayChangeOwnPassword = (actor: Pick<Actor, "role">): boolean => can(actor, "account.changePassword");
