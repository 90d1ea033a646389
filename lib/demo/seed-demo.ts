// Writes the demo summit (NATO, The Hague, 24–25 June 2025) in one transaction. Idempotent:
// when the demo is there already nothing is written. It refuses a database that holds real
// data unless forced, so a mistyped DATABASE_URL cannot mix demo rows into a live summit.
// `npm run demo:reset` deletes the demo summit and writes it again (reset-demo.ts).
import { hashPassword } from "@/lib/auth/password";
import { readAll, type Db, type Tx } from "@/lib/db";

import {
  agencyRows,
  bilateralPartyRows,
  bilateralRows,
  coverageRuleRows,
  delegationRows,
  itemRows,
  liaisonRows,
  memberRows,
  movementRows,
  participationRows,
  spaceRows,
  summitRow,
  taskRows,
  travelTimeRows,
  userRows,
  venueRows,
} from "./rows";
import { writeDemoArrivals } from "./arrivals";
import { DEMO_SUMMIT_SLUG } from "./summit";
import { DEMO_PASSWORD } from "./users";

export { DEMO_SUMMIT_SLUG } from "./summit";
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from "./users";

export class NonDemoDataError extends Error {
  constructor(summits: number, users: number) {
    super(
      `The database holds data that is not the demo (${summits} summit(s), ${users} user(s)); ` +
        "refusing to seed. Use --force to add the demo beside it.",
    );
    this.name = "NonDemoDataError";
  }
}

export interface SeedDemoResult {
  created: boolean;
  /** Rows written per table; empty when nothing was written. */
  counts: Record<string, number>;
}

// The whole data set is a few thousand rows; even a single-connection embedded database writes
// it in a few seconds, but the default 5 s transaction timeout leaves too little margin.
export const TRANSACTION_TIMEOUT_MS = 60_000;

export async function seedDemo(db: Db, options: { force?: boolean } = {}): Promise<SeedDemoResult> {
  return db.$transaction(
    async (tx) => {
      const existing = await tx.summit.findUnique({ where: { slug: DEMO_SUMMIT_SLUG }, select: { id: true } });
      if (existing) return { created: false, counts: {} };
      if (!options.force) await refuseNonDemoData(tx);
      await refuseTakenDemoEmails(tx);
      // Hashed once, after the checks: argon2 is deliberately slow and every demo user shares
      // the published password.
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      return { created: true, counts: await writeDemo(tx, passwordHash) };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

async function refuseNonDemoData(tx: Tx): Promise<void> {
  const [summits, users] = await readAll(tx, [
    async () => tx.summit.count({ where: { isDemo: false } }),
    async () => tx.user.count({ where: { isDemo: false } }),
  ] as const);
  if (summits > 0 || users > 0) throw new NonDemoDataError(summits, users);
}

export class DemoEmailTakenError extends Error {
  constructor(emails: string[]) {
    super(`The demo's e-mail address(es) ${emails.join(", ")} belong to user(s) that are not demo users; refusing to write the demo over them.`);
    this.name = "DemoEmailTakenError";
  }
}

/** A demo e-mail address held by a user that is not that demo user would be overwritten: refuse. */
export async function refuseTakenDemoEmails(tx: Tx): Promise<void> {
  const demo = userRows("");
  const taken = await tx.user.findMany({
    where: { email: { in: demo.map((u) => u.email) }, OR: [{ isDemo: false }, { id: { notIn: demo.map((u) => u.id as string) } }] },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  if (taken.length > 0) throw new DemoEmailTakenError(taken.map((u) => u.email));
}

/**
 * The demo users as the demo defines them, written in place (created, or updated by id): they are
 * never deleted, so rows that name a demo user as editor or actor outside the demo keep that
 * reference. Their sessions end (sessionVersion), their feeds, acknowledgements, assignments and
 * lockouts go; a demo user the demo no longer lists is deactivated.
 */
async function writeDemoUsers(tx: Tx, passwordHash: string): Promise<number> {
  const rows = userRows(passwordHash);
  const ids = rows.map((u) => u.id as string);
  await tx.calendarToken.deleteMany({ where: { user: { isDemo: true } } });
  await tx.acknowledgement.deleteMany({ where: { user: { isDemo: true } } });
  await tx.taskAcknowledgement.deleteMany({ where: { user: { isDemo: true } } });
  await tx.liaisonAssignment.deleteMany({ where: { user: { isDemo: true } } });
  await tx.loginFailure.deleteMany({ where: { email: { in: rows.map((u) => u.email) } } });
  await tx.user.updateMany({ where: { isDemo: true, id: { notIn: ids } }, data: { active: false, sessionVersion: { increment: 1 } } });
  for (const { id, ...row } of rows) {
    await tx.user.upsert({
      where: { id },
      create: { id, ...row },
      update: { ...row, active: true, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
  }
  return rows.length;
}

/** Writes the demo (no demo summit may exist yet) and returns the rows written per table. */
export async function writeDemo(tx: Tx, passwordHash: string): Promise<Record<string, number>> {
  await tx.summit.create({ data: summitRow() });
  const counts: Record<string, number> = { summits: 1 };
  counts.venues = (await tx.venue.createMany({ data: venueRows() })).count;
  counts.spaces = (await tx.space.createMany({ data: spaceRows() })).count;
  counts.travelTimes = (await tx.travelTime.createMany({ data: travelTimeRows() })).count;
  counts.agencies = (await tx.agency.createMany({ data: agencyRows() })).count;
  counts.users = await writeDemoUsers(tx, passwordHash);
  counts.delegations = (await tx.delegation.createMany({ data: delegationRows() })).count;
  counts.members = (await tx.member.createMany({ data: memberRows() })).count;
  counts.liaisonAssignments = (await tx.liaisonAssignment.createMany({ data: liaisonRows() })).count;
  counts.programmeItems = (await tx.programmeItem.createMany({ data: itemRows() })).count;
  counts.participations = (await tx.participation.createMany({ data: participationRows() })).count;
  counts.bilateralRequests = (await tx.bilateralRequest.createMany({ data: bilateralRows() })).count;
  counts.bilateralParties = (await tx.bilateralParty.createMany({ data: bilateralPartyRows() })).count;
  counts.movements = (await tx.movement.createMany({ data: movementRows() })).count;
  counts.agencyTasks = (await tx.agencyTask.createMany({ data: taskRows() })).count;
  counts.coverageRules = (await tx.coverageRule.createMany({ data: coverageRuleRows() })).count;
  Object.assign(counts, await writeDemoArrivals(tx));
  return counts;
}
