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
};
