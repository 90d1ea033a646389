// `npm run demo:reset` with DATABASE_URL, run as the command itself: it touches demo rows only.
// A real summit edited by demo users, audit entries made by them, real users: all unchanged after
// a reset. A real user tied to demo data (an agency, a delegation) makes it refuse, say why and
// change nothing, as deleting the demo would change that user.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_SUMMIT_ID, agencyId, delegationId, itemId, userId } from "@/lib/demo/ids";
import { seedDemo } from "@/lib/demo/seed-demo";
import { run } from "../../scripts/lib/processes.mjs";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const root = path.resolve(__dirname, "../..");
const resetDemo = () => run(path.join(root, "node_modules/.bin/tsx"), ["scripts/reset-demo.ts"], { env: { DATABASE_URL: inject("databaseUrl") }, cwd: root });

const PLANNER = userId("planner");
const ADMIN = userId("admin");

/** Every row that is not demo data, as stored. */
async function nonDemoRows() {
  const notDemo = { not: DEMO_SUMMIT_ID };
  const [summits, items, bilaterals, overrides, users, audit] = await Promise.all([
    db.summit.findMany({ where: { isDemo: false }, orderBy: { id: "asc" } }),
    db.programmeItem.findMany({ where: { summitId: notDemo }, orderBy: { id: "asc" } }),
    db.bilateralRequest.findMany({ where: { summitId: notDemo }, orderBy: { id: "asc" } }),
    db.conflictOverride.findMany({ where: { summitId: notDemo }, orderBy: { id: "asc" } }),
    db.user.findMany({ where: { isDemo: false }, orderBy: { id: "asc" }, include: { liaisons: true, calendarTokens: true } }),
    db.auditEntry.findMany({ where: { OR: [{ summitId: null }, { summitId: notDemo }] }, orderBy: { id: "asc" } }),
  ]);
  return { summits, items, bilaterals, overrides, users, audit };
}

let realItemId = "";
let realUserId = "";

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  // A real summit beside the demo (seeded with --force), worked on by the demo planner and admin.
  const summit = await db.summit.create({
    data: { slug: "real-2026", name: "Real Summit 2026", host: "Real", timeZone: "Europe/Brussels", startDate: new Date("2026-05-01"), endDate: new Date("2026-05-02") },
  });
  const delegation = await db.delegation.create({ data: { summitId: summit.id, code: "XX", name: "Realland", kind: "ALLY" } });
  const item = await db.programmeItem.create({
    data: {
      summitId: summit.id, title: "Real plenary", kind: "PLENARY", visibility: "PUBLIC", status: "CONFIRMED",
      startsAt: new Date("2026-05-01T08:00:00Z"), endsAt: new Date("2026-05-01T10:00:00Z"), updatedById: PLANNER,
    },
  });
  realItemId = item.id;
  await db.bilateralRequest.create({
    data: { summitId: summit.id, requesterDelegationId: delegation.id, level: "PRINCIPAL", durationMinutes: 30, createdById: PLANNER, parties: { create: [{ delegationId: delegation.id }] } },
  });
  await db.conflictOverride.create({
    data: { summitId: summit.id, conflictId: "c-1", message: "Overlap", reason: "Accepted", createdById: PLANNER, createdByName: "Demo Planner" },
  });
  const real = await db.user.create({
    data: { email: "ops@real.example", name: "Real Ops", role: "LIAISON", passwordHash: "x", liaisons: { create: [{ delegationId: delegation.id }] } },
  });
  realUserId = real.id;
  await db.calendarToken.create({ data: { userId: real.id, tokenHash: "r".repeat(64) } });
  await db.auditEntry.createMany({
    data: [
      { actorId: ADMIN, actorName: "Demo Admin", entity: "User", entityId: real.id, action: "create" },
      { actorId: PLANNER, actorName: "Demo Planner", summitId: summit.id, entity: "ProgrammeItem", entityId: item.id, action: "update" },
      { actorId: real.id, actorName: "Real Ops", summitId: summit.id, entity: "ProgrammeItem", entityId: item.id, action: "update" },
    ],
  });
}, 120_000);
afterAll(() => db.$disconnect());

describe("demo:reset with DATABASE_URL", () => {
  it("resets the demo and leaves every row that is not demo data unchanged", async () => {
    // Demo data changed since the seed: an item moved, a demo user's password and role changed.
    await db.programmeItem.update({ where: { id: itemId("royal-dinner") }, data: { title: "Moved dinner" } });
    await db.user.update({ where: { id: userId("viewer") }, data: { role: "PLANNER", active: false } });
    const before = await nonDemoRows();
    expect(before.items[0].updatedById).toBe(PLANNER);
    expect(before.audit.filter((a) => a.actorId === ADMIN || a.actorId === PLANNER)).toHaveLength(2);

    const out = await resetDemo();
    expect(out).toContain("The demo summit was reset.");
    expect(await nonDemoRows()).toEqual(before);
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: itemId("royal-dinner") } })).title).not.toBe("Moved dinner");
    expect(await db.user.findUniqueOrThrow({ where: { id: userId("viewer") } })).toMatchObject({ role: "VIEWER", active: true });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: realItemId } })).updatedById).toBe(PLANNER);
  }, 120_000);

  it("refuses, says why and changes nothing when a real user works for a demo agency or delegation", async () => {
    await db.user.update({ where: { id: realUserId }, data: { role: "AGENCY", agencyId: agencyId("Police") } });
    await db.liaisonAssignment.create({ data: { userId: realUserId, delegationId: delegationId("UA") } });
    await db.programmeItem.update({ where: { id: itemId("royal-dinner") }, data: { title: "Moved again" } });
    const before = await nonDemoRows();

    const refused = await resetDemo().then(
      () => null,
      (error: Error & { exitCode?: number; output?: string }) => error,
    );
    expect(refused?.exitCode).toBe(2);
    expect(refused?.output).toMatch(/ops@real\.example/);
    expect(refused?.output).toMatch(/not demo/i);
    expect(await nonDemoRows()).toEqual(before);
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: itemId("royal-dinner") } })).title).toBe("Moved again");
  }, 120_000);

  it("refuses when a real summit's row points into the demo (which the delete would cascade to)", async () => {
    await db.user.update({ where: { id: realUserId }, data: { role: "LIAISON", agencyId: null } });
    await db.liaisonAssignment.deleteMany({ where: { userId: realUserId, delegationId: delegationId("UA") } });
    await db.participation.create({ data: { itemId: realItemId, delegationId: delegationId("UA") } });
    const before = await nonDemoRows();
    const participations = await db.participation.count({ where: { itemId: realItemId } });

    const refused = await resetDemo().then(
      () => null,
      (error: Error & { exitCode?: number; output?: string }) => error,
    );
    expect(refused?.exitCode).toBe(2);
    expect(refused?.output).toMatch(/participations/);
    expect(await nonDemoRows()).toEqual(before);
    expect(await db.participation.count({ where: { itemId: realItemId } })).toBe(participations);
  }, 120_000);
});
