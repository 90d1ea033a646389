// Reads for the administrators' agency pages: every agency of a summit, deactivated ones included
// (their history stays), with how many users and tasks hang on each and who coordinates it.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { AgencyKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { mayManageAgencies } from "./policy";

type Reader = Pick<Actor, "role">;

export type Coordinator = { id: string; name: string; email: string; active: boolean };

export type AgencyAdminRow = {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  deactivatedAt: Date | null;
  users: number;
  tasks: number;
  coordinators: Coordinator[];
};

const agencySelect = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  deactivatedAt: true,
  _count: { select: { users: true, tasks: true } },
  users: { where: { role: "AGENCY" }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, active: true } },
} as const;

function authorise(actor: Reader) {
  if (!mayManageAgencies(actor)) throw new NotFoundError();
}

const toRow = ({ _count, users, ...agency }: { _count: { users: number; tasks: number }; users: Coordinator[] } & Omit<AgencyAdminRow, "users" | "tasks" | "coordinators">): AgencyAdminRow => ({
  ...agency,
  users: _count.users,
  tasks: _count.tasks,
  coordinators: users,
});

/** The summit's agencies by name, active and deactivated alike. */
export async function listAgenciesForAdmin(db: DbOrTx, actor: Reader, summitId: string): Promise<AgencyAdminRow[]> {
  authorise(actor);
  const rows = await db.agency.findMany({ where: { summitId }, orderBy: { name: "asc" }, select: agencySelect });
  return rows.map(toRow);
}

/** One agency with its summit (any summit: administrators keep them all); NotFoundError if none. */
export async function getAgencyForAdmin(db: DbOrTx, actor: Reader, id: string) {
  authorise(actor);
  const row = await db.agency.findUnique({
    where: { id },
    select: { ...agencySelect, summit: { select: { id: true, name: true, timeZone: true } } },
  });
  if (!row) throw new NotFoundError();
  const { summit, ...agency } = row;
  return { ...toRow(agency), summit };
}
