import type { DbOrTx } from "@/lib/db";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  mustChangePassword: true,
  isDemo: true,
  agency: { select: { id: true, name: true } },
  liaisons: { select: { delegation: { select: { id: true, name: true } } } },
} as const;

// Callers are admins (checked by the gate); password hashes are never selected here.
export async function listUsers(db: DbOrTx) {
  return db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], select: userSelect });
}

export async function getUser(db: DbOrTx, id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

/** What a user's scope may be set to: the delegations and agencies of the current summit. */
export async function scopeOptions(db: DbOrTx, summitId: string) {
  const [delegations, agencies] = await Promise.all([
    db.delegation.findMany({ where: { summitId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.agency.findMany({ where: { summitId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { delegations, agencies };
}
