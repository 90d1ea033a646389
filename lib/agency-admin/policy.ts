// Who may keep agencies: administrators, by the role table (lib/auth/permissions.ts). Agencies of
// every summit are theirs, so the answer does not depend on the summit.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** Create, edit, deactivate and reactivate agencies, and read them as the admin pages list them. */
export const mayManageAgencies = (actor: Pick<Actor, "role">): boolean => can(actor, "agencies.manage");
