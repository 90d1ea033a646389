import type { Summit } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every domain function sees them: role plus need-to-know scope. */
export type Actor = {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /** Delegations a liaison is assigned to; empty for other roles. */
  readonly delegationIds: readonly string[];
  /** The agency of an agency coordinator; null for other roles. */
  readonly agencyId: string | null;
  readonly mustChangePassword: boolean;
  /**
   * The summits a liaison's delegations or a coordinator's agency belong to, read in the actor's
   * own statement (loadActor), so the actor's summit (lib/summits, getCurrentSummit) costs no
   * second round trip on every page. Unset for staff, whose summit is a choice, and where an
   * actor is built otherwise: then the summit is read.
   */
  readonly boundSummits?: readonly Summit[];
};
