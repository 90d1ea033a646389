// `npm run demo:reset` on a PostgreSQL server (DATABASE_URL): the demo summit is deleted and
// written again, in one transaction, touching demo rows only. Demo users are rewritten in place,
// never deleted, so what a demo user edited or did outside the demo keeps its editor and actor.
// Deleting the demo summit cascades; when that would change a row that is not demo data (a real
// user working for a demo agency, a real summit's row pointing into the demo), the reset refuses,
// says which, and nothing is written.
import { hashPassword } from "@/lib/auth/password";
import { readAll, type Db, type Tx } from "@/lib/db";
import { refuseTakenDemoEmails, TRANSACTION_TIMEOUT_MS, writeDemo, type SeedDemoResult } from "./seed-demo";
import { DEMO_SUMMIT_SLUG } from "./summit";
import { DEMO_PASSWORD } from "./users";

export class DemoResetRefusedError extends Error {
  constructor(readonly reasons: string[]) {
    super(`Refusing to reset the demo: deleting it would change data that is not demo data. ${reasons.join(" ")} Nothing was changed.`);
    this.name = "DemoResetRefusedError";
  }
}

const list = (values: string[]) => [...new Set(values)].sort().join(", ");

/** Rows that are not demo data but hang on the demo summit's rows, in words. */
async function nonDemoTies(tx: Tx, demo: string[]): Promise<string[]> {
  const inDemo = { summitId: { in: demo } };
  const [impostor, agencyUsers, liaisons, acks, taskAcks] = await readAll(tx, [
    async () => tx.summit.findFirst({ where: { slug: DEMO_SUMMIT_SLUG, isDemo: false }, select: { name: true } }),
    async () => tx.user.findMany({ where: { isDemo: false, agency: inDemo }, select: { email: true } }),
    async () => tx.liaisonAssignment.findMany({ where: { user: { isDemo: false }, delegation: inDemo }, select: { user: { select: { email: true } } } }),
    async () => tx.acknowledgement.findMany({ where: { user: { isDemo: false }, delegation: inDemo }, select: { user: { select: { email: true } } } }),
    async () => tx.taskAcknowledgement.findMany({ where: { user: { isDemo: false }, agency: inDemo }, select: { user: { select: { email: true } } } }),
  ] as const);
  const reasons: string[] = [];
  if (impostor) reasons.push(`The summit "${impostor.name}" has the demo's slug (${DEMO_SUMMIT_SLUG}) but is not demo data.`);
  if (agencyUsers.length) reasons.push(`User(s) that are not demo users work for a demo agency: ${list(agencyUsers.map((u) => u.email))}.`);
  if (liaisons.length) reasons.push(`User(s) that are not demo users are liaisons of a demo delegation: ${list(liaisons.map((l) => l.user.email))}.`);
  if (acks.length + taskAcks.length) {
    reasons.push(`User(s) that are not demo users acknowledged demo changes: ${list([...acks, ...taskAcks].map((a) => a.user.email))}.`);
  }
  return reasons;
}

/**
 * How many rows outside the demo there are, and how many of their optional references are set:
 * the same before and after the demo summit is deleted, or the delete reached beyond the demo.
 */
async function outsideFingerprint(tx: Tx, demo: string[]): Promise<Record<string, number>> {
  const summitId = { notIn: demo };
  const set = { not: null };
  const counts = await readAll(tx, [
    async () => tx.summit.count({ where: { id: summitId } }),
    async () => tx.venue.count({ where: { summitId } }),
    async () => tx.space.count({ where: { venue: { summitId } } }),
    async () => tx.travelTime.count({ where: { summitId } }),
    async () => tx.delegation.count({ where: { summitId } }),
    async () => tx.delegation.count({ where: { summitId, hotelVenueId: set } }),
    async () => tx.member.count({ where: { delegation: { summitId } } }),
    async () => tx.programmeItem.count({ where: { summitId } }),
    async () => tx.programmeItem.count({ where: { summitId, updatedById: set } }),
    async () => tx.participation.count({ where: { item: { summitId } } }),
    async () => tx.bilateralRequest.count({ where: { summitId } }),
    async () => tx.bilateralRequest.count({ where: { summitId, OR: [{ proposedSpaceId: set }, { itemId: set }, { createdById: set }] } }),
    async () => tx.bilateralParty.count({ where: { request: { summitId } } }),
    async () => tx.movement.count({ where: { summitId } }),
    async () => tx.movement.count({ where: { summitId, OR: [{ fromItemId: set }, { toItemId: set }] } }),
    async () => tx.agency.count({ where: { summitId } }),
    async () => tx.agencyTask.count({ where: { agency: { summitId } } }),
    async () => tx.coverageRule.count({ where: { summitId } }),
    async () => tx.conflictOverride.count({ where: { summitId } }),
    async () => tx.conflictOverride.count({ where: { summitId, createdById: set } }),
    async () => tx.auditEntry.count({ where: { OR: [{ summitId }, { summitId: null }] } }),
    async () => tx.auditEntry.count({ where: { OR: [{ summitId }, { summitId: null }], actorId: set } }),
    async () => tx.user.count({ where: { isDemo: false } }),
    async () => tx.user.count({ where: { isDemo: false, agencyId: set } }),
    async () => tx.liaisonAssignment.count({ where: { user: { isDemo: false } } }),
    async () => tx.acknowledgement.count({ where: { user: { isDemo: false } } }),
    async () => tx.taskAcknowledgement.count({ where: { user: { isDemo: false } } }),
  ] as const);
  const names = [
    "summits", "venues", "spaces", "travel times", "delegations", "delegation hotels", "members", "programme items",
    "programme item editors", "participations", "bilateral requests", "bilateral request references", "bilateral parties",
    "movements", "movement items", "agencies", "agency tasks", "coverage rules", "conflict overrides", "conflict override authors",
    "audit entries", "audit entry actors", "users", "user agencies", "liaison assignments", "acknowledgements", "task acknowledgements",
  ];
  return Object.fromEntries(names.map((name, i) => [name, counts[i]]));
}

/** Delete the demo summit and write it again; refuses (DemoResetRefusedError) rather than change other data. */
export async function resetDemo(db: Db): Promise<SeedDemoResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      const demo = (await tx.summit.findMany({ where: { isDemo: true }, select: { id: true } })).map((s) => s.id);
      const reasons = await nonDemoTies(tx, demo);
      if (reasons.length) throw new DemoResetRefusedError(reasons);
      await refuseTakenDemoEmails(tx);
      const before = await outsideFingerprint(tx, demo);
      await tx.summit.deleteMany({ where: { id: { in: demo } } });
      const after = await outsideFingerprint(tx, demo);
      const changed = Object.keys(before).filter((name) => before[name] !== after[name]);
      // Thrown inside the transaction, so the delete is rolled back.
      if (changed.length) throw new DemoResetRefusedError([`Rows of other summits or users refer to the demo's rows: ${changed.join(", ")}.`]);
      return { created: true, counts: await writeDemo(tx, passwordHash) };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
