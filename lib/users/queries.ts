import type { DbOrTx } from "@/lib/db";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  mustChangePassword: true,
  isDemo: true,
  agency: { select: { id: true, name: true, summit: { select: { id: true, name: true } } } },
  liaisons: { select: { delegation: { select: { id: true, name: true, summit: { select: { id: true, name: true } } } } } },
} as const;

// Callers are admins (checked by the gate); password hashes are never selected here.
export async function listUsers(db: DbOrTx) {
  return db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], select: userSelect });
}

export async function getUser(db: DbOrTx, id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

/** The summit a user's assignment is of (their agency's, or their delegations'); null if none. */
export function summitOfUser(user: { agency: { summit: { id: string } } | null; liaisons: { delegation: { summit: { id: string } } }[] }): string | null {
  return user.agency?.summit.id ?? user.liaisons[0]?.delegation.summit.id ?? null;
}

export type SummitScopeOption = {
  id: string;
  name: string;
  archived: boolean;
  delegations: { id: string; name: string }[];
  agencies: { id: string; name: string; deactivated: boolean }[];
};

/**
 * What a user's assignment may be set to, per summit: its delegations and agencies. Archived
 * summits are left out unless `keepSummitId` (the user's own) is one; deactivated agencies are
 * listed (marked) so the form can show the one a coordinator has, and hide the others.
 */
export async function scopeOptions(db: DbOrTx, keepSummitId: string | null = null): Promise<SummitScopeOption[]> {
  const summits = await db.summit.findMany({
    where: { OR: [{ archivedAt: null }, ...(keepSummitId ? [{ id: keepSummitId }] : [])] },
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      archivedAt: true,
      delegations: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      agencies: { orderBy: { name: "asc" }, select: { id: true, name: true, deactivatedAt: true } },
    },
  });
  return summits.map(({ archivedAt, agencies, ...summit }) => ({
    ...summit,
    archived: archivedAt !== null,
    agencies: agencies.map(({ deactivatedAt, ...agency }) => ({ ...agency, deactivated: deactivatedAt !== null })),
  }));
}

export type AssignedUser = { id: string; name: string; email: string; active: boolean };

/** Who is assigned where in a summit: each delegation's liaison officers, each agency's coordinators. */
export async function assignmentsOfSummit(db: DbOrTx, summitId: string) {
  const person = { select: { id: true, name: true, email: true, active: true } } as const;
  const [delegations, agencies] = await Promise.all([
    db.delegation.findMany({
      where: { summitId },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true, liaisons: { where: { user: { role: "LIAISON" } }, orderBy: { user: { name: "asc" } }, select: { user: person } } },
    }),
    db.agency.findMany({
      where: { summitId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, shortName: true, deactivatedAt: true, users: { where: { role: "AGENCY" }, orderBy: { name: "asc" }, ...person } },
    }),
  ]);
  return {
    delegations: delegations.map(({ liaisons, ...d }) => ({ ...d, liaisons: liaisons.map((l): AssignedUser => l.user) })),
    agencies: agencies.map(({ users, ...a }) => ({ ...a, coordinators: users as AssignedUser[] })),
  };
}
