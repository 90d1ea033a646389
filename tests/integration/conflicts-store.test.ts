// Stored conflicts (lib/conflict-store/internal/store.ts): after every kind of write the stored set is
// stale until re-checked, and read back it equals a full re-check of the summit — also with 20
// writers at once. Every table either notes its writes for the store or is listed as one the check
// never reads.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkWholeSummit, storedConflicts } from "@/lib/conflict-store/queries";
import { conflictsOfDay, summitConflictReport } from "@/lib/conflicts/queries";
import { refreshStoredConflicts, verifyStoredConflicts } from "@/lib/conflict-store/queries";
import type { Db } from "@/lib/db";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { dayBounds, isoDayOf } from "@/lib/time";
import { resetDatabase, testDb } from "./helpers";

/** Tables the conflict check never reads (and the store's own): the migration gives them no trigger. */
const NOT_READ_BY_THE_CHECK = [
  "_prisma_migrations", "ConflictChange", "ConflictTouch", "StoredConflict", "StoredConflictSet", "AuditEntry", "User",
  "LiaisonAssignment", "LoginFailure", "SignInClient", "CalendarToken", "Acknowledgement",
  "TaskAcknowledgement", "ImportMapping", "ItemLive", "MovementLive", "BilateralRequest", "BilateralParty",
  "ConflictOverride", "Precedence", "PrecedenceEntry", "Agency",
].sort();

let db: Db;
let summitId: string;
let timeZone: string;

async function isStale(): Promise<boolean> {
  const rows = await db.$queryRaw<{ stale: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "ConflictChange" c WHERE NOT pg_visible_in_snapshot(c."xid"::text::xid8, s."snapshot"::pg_snapshot)) AS stale
    FROM "StoredConflictSet" s WHERE s."summitId" = ${summitId}`;
  return rows.length === 0 || rows[0].stale;
}

/** The write made the stored set stale, and reading it back gives exactly a full re-check. */
async function expectStoreFollows(write: () => Promise<unknown>) {
  await refreshStoredConflicts(db, summitId);
  expect(await isStale()).toBe(false);
  await write();
  expect(await isStale()).toBe(true);
  const { conflicts } = await summitConflictReport(db, summitId);
  const { conflicts: full } = await checkWholeSummit(db, summitId);
  expect(conflicts.map(({ override, ...c }) => (void override, c))).toEqual(full);
  const verified = await verifyStoredConflicts(db, summitId);
  expect(verified).toMatchObject({ current: true, missing: [], unexpected: [], changed: [] });
}

beforeAll(async () => {
  db = testDb();
  await resetDatabase(db);
  await seedDemo(db);
  const summit = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG }, select: { id: true, timeZone: true } });
  summitId = summit.id;
  timeZone = summit.timeZone;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("stored conflicts", () => {
  it("notes writes to every table but those the check never reads", async () => {
    const tables = await db.$queryRaw<{ name: string; noted: boolean }[]>`
      SELECT t.tablename AS name, EXISTS (
        SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        WHERE c.relname = t.tablename AND g.tgname = 'conflict_change'
      ) AS noted
      FROM pg_tables t WHERE t.schemaname = current_schema()`;
    expect(tables.filter((t) => !t.noted).map((t) => t.name).sort()).toEqual(NOT_READ_BY_THE_CHECK);
  });

  it("notes the summits of every table not followed row by row, and holds an agency to its summit", async () => {
    // A table noted as a whole ('named' or nothing) without the triggers that name its rows'
    // summits would stand for every summit: each names them, on every kind of write.
    const triggers = await db.$queryRaw<{ name: string; kind: string; whole: string[] }[]>`
      SELECT c.relname AS name, replace(encode(g.tgargs, 'escape'), '\\000', '') AS kind,
             ARRAY(SELECT w.tgname::text FROM pg_trigger w WHERE w.tgrelid = c.oid AND w.tgname LIKE 'conflict_whole_%' ORDER BY 1) AS whole
      FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
      WHERE g.tgname = 'conflict_change' AND c.relnamespace = to_regnamespace(current_schema())`;
    const named = triggers.filter((t) => !t.kind.startsWith("rows"));
    expect(named.map((t) => t.name).sort()).toEqual(
      ["ArrivalSequence", "ArrivalSlot", "CoverageRule", "Delegation", "Entrance", "Member", "Space", "Summit", "TravelTime", "Venue"],
    );
    for (const t of named) {
      expect({ table: t.name, kind: t.kind, whole: t.whole }).toEqual({ table: t.name, kind: "named", whole: ["conflict_whole_delete", "conflict_whole_insert", "conflict_whole_update"] });
    }
    // Agencies are not noted: one moved to another summit would move its tasks unnoticed.
    const agency = await db.agency.findFirstOrThrow({ where: { summitId } });
    const other = await db.summit.create({ data: { slug: "agency-elsewhere", name: "Elsewhere", host: "Japan", timeZone: "Asia/Tokyo", startDate: new Date("2026-03-01"), endDate: new Date("2026-03-02") } });
    await expect(db.agency.update({ where: { id: agency.id }, data: { summitId: other.id } })).rejects.toThrow(/stays in the summit/);
    await db.summit.delete({ where: { id: other.id } });
  });

  it("stores the demo's conflicts in the engine's order", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const stored = await storedConflicts(db, summitId);
    const { conflicts } = await checkWholeSummit(db, summitId);
    expect(stored.map((s) => s.id)).toEqual(conflicts.map((c) => c.id));
  });

  it("leaves a conflict found again unchanged where it is stored, and rewrites only those that changed", async () => {
    // The transaction that last wrote each stored row (xmin): a row rewritten gets the re-check's.
    const writers = async () =>
      new Map((await db.$queryRaw<{ id: string; xmin: string }[]>`SELECT "conflictId" AS id, xmin::text FROM "StoredConflict" WHERE "summitId" = ${summitId}`).map((r) => [r.id, r.xmin]));
    // Rooms for one: every booking becomes a capacity conflict, so there are many to keep.
    const spaces = await db.space.findMany({ where: { venue: { summitId } }, select: { id: true, capacity: true } });
    await db.space.updateMany({ where: { venue: { summitId } }, data: { capacity: 1 } });
    await refreshStoredConflicts(db, summitId, { force: true });
    const before = await writers();
    expect(before.size).toBeGreaterThan(10);
    await refreshStoredConflicts(db, summitId, { force: true });
    expect(await writers()).toEqual(before);

    // One room renamed: checked whole, and only the conflicts that name it are written again.
    const room = await db.space.findFirstOrThrow({ where: { venue: { summitId }, items: { some: { status: "CONFIRMED" } } }, orderBy: { id: "asc" } });
    await db.space.update({ where: { id: room.id }, data: { name: `${room.name} (renamed)` } });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("whole");
    const after = await writers();
    const rewritten = [...after].filter(([id, xmin]) => before.get(id) !== xmin).map(([id]) => id);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(after.size);
    const inRoom = await db.storedConflict.findMany({ where: { summitId, spaceId: room.id }, select: { conflictId: true } });
    expect(rewritten.sort()).toEqual(inRoom.map((c) => c.conflictId).sort());
    await db.space.update({ where: { id: room.id }, data: { name: room.name } });
    for (const space of spaces) await db.space.update({ where: { id: space.id }, data: { capacity: space.capacity } });
  });

  it("follows a move that creates a clash, and the day's conflicts are read from it", async () => {
    const dinner = await db.programmeItem.findFirstOrThrow({ where: { summitId, title: { contains: "Royal dinner" } } });
    const other = await db.programmeItem.findFirstOrThrow({
      where: { summitId, id: { not: dinner.id }, spaceId: { not: dinner.spaceId }, status: "CONFIRMED" },
      orderBy: { startsAt: "asc" },
    });
    const guest = await db.participation.findFirstOrThrow({ where: { itemId: dinner.id } });
    // To the dinner's time elsewhere, with one of the dinner's delegations: in two places at once.
    await expectStoreFollows(() =>
      db.$transaction([
        db.programmeItem.update({ where: { id: other.id }, data: { startsAt: dinner.startsAt, endsAt: dinner.endsAt } }),
        db.participation.deleteMany({ where: { itemId: other.id, delegationId: guest.delegationId } }),
        db.participation.create({ data: { itemId: other.id, delegationId: guest.delegationId, memberId: guest.memberId } }),
      ]),
    );
    const day = await conflictsOfDay(db, summitId, dayBounds(isoDayOf(dinner.startsAt, timeZone), timeZone));
    expect(day.some((c) => c.itemIds.includes(other.id) && c.itemIds.includes(dinner.id))).toBe(true);
  });

  it("follows a cancellation, a participant change and a new item", async () => {
    const item = await db.programmeItem.findFirstOrThrow({ where: { summitId, status: "CONFIRMED" }, orderBy: { startsAt: "asc" } });
    await expectStoreFollows(() => db.programmeItem.update({ where: { id: item.id }, data: { status: "CANCELLED" } }));
    const participation = await db.participation.findFirstOrThrow({ where: { item: { summitId } } });
    await expectStoreFollows(() => db.participation.delete({ where: { id: participation.id } }));
    const space = await db.space.findFirstOrThrow({ where: { venue: { summitId } } });
    await expectStoreFollows(() =>
      db.programmeItem.create({
        data: { summitId, title: "Store test", kind: "SIDE_EVENT", status: "CONFIRMED", spaceId: space.id, startsAt: item.startsAt, endsAt: item.endsAt },
      }),
    );
  });

  it("follows changes to spaces, travel times, movements, tasks and coverage rules", async () => {
    const space = await db.space.findFirstOrThrow({ where: { venue: { summitId } } });
    await expectStoreFollows(() => db.space.update({ where: { id: space.id }, data: { capacity: 1 } }));
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId } });
    await expectStoreFollows(() => db.travelTime.update({ where: { id: travel.id }, data: { minutes: 600 } }));
    const movement = await db.movement.findFirstOrThrow({ where: { summitId } });
    await expectStoreFollows(() => db.movement.update({ where: { id: movement.id }, data: { startsAt: new Date(movement.startsAt.getTime() - 3_600_000) } }));
    const task = await db.agencyTask.findFirstOrThrow({ where: { agency: { summitId } } });
    await expectStoreFollows(() => db.agencyTask.delete({ where: { id: task.id } }));
    await expectStoreFollows(() => db.coverageRule.deleteMany({ where: { summitId } }));
  });

  it("follows a bulk insert as an import makes it (one statement, many rows)", async () => {
    const delegation = await db.delegation.findFirstOrThrow({ where: { summitId } });
    await expectStoreFollows(() =>
      db.$executeRaw`INSERT INTO "Member" (id, "delegationId", title, "function", precedence, "updatedAt")
        SELECT 'store-test-' || g, ${delegation.id}, 'Imported ' || g, 'SHERPA', 100 + g, now() FROM generate_series(1, 50) g`,
    );
  });

  it("stays equal to a full re-check with 20 writers and readers at once", async () => {
    await refreshStoredConflicts(db, summitId);
    const items = await db.programmeItem.findMany({ where: { summitId, status: { not: "CANCELLED" } }, take: 20, orderBy: { startsAt: "asc" } });
    // allSettled: a refused write must not leave the others running into the next test.
    const results = await Promise.allSettled(
      items.flatMap((item, i) => [
        // Shorter by up to 10 minutes: no space can be double-booked by it (the database refuses that).
        db.programmeItem.update({ where: { id: item.id }, data: { endsAt: new Date(Math.max(item.startsAt.getTime() + 60_000, item.endsAt.getTime() - (1 + (i % 10)) * 60_000)) } }),
        summitConflictReport(db, summitId),
      ]),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await refreshStoredConflicts(db, summitId);
    expect(await verifyStoredConflicts(db, summitId)).toMatchObject({ current: true, missing: [], unexpected: [], changed: [] });
  }, 120_000);

  // A re-check held open while another connection writes and refreshes: only on PostgreSQL (CI and
  // TEST_DATABASE_URL runs); the embedded database serves one connection, which would wait for itself.
  it.runIf(!inject("embedded"))("forgets noted transactions only while no re-check is under way", async () => {
    const changes = () => db.conflictChange.count();
    const space = await db.space.findFirstOrThrow({ where: { venue: { summitId } } });
    // A re-check in flight holds the prune lock shared until it commits (its snapshot is not stored yet).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const inFlight = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(73400612, 0)`;
      locked();
      await held;
    }, { timeout: 60_000 });
    await isLocked;
    await db.space.update({ where: { id: space.id }, data: { capacity: 7 } });
    const noted = await changes();
    expect(noted).toBeGreaterThan(0);
    await refreshStoredConflicts(db, summitId);
    expect(await changes()).toBe(noted);
    release();
    await inFlight;
    // Once it is over, pruning may run again (how far depends on the oldest transaction of the
    // whole database server, so only that the store stays right is asserted).
    await db.space.update({ where: { id: space.id }, data: { capacity: 8 } });
    await refreshStoredConflicts(db, summitId);
    expect(await verifyStoredConflicts(db, summitId)).toMatchObject({ current: true, missing: [], unexpected: [], changed: [] });
  });

  it.runIf(!inject("embedded"))("a summit nobody has read for a day no longer holds back the pruning of every summit's notes", async () => {
    // A second summit, read once and then left: its stored set's snapshot is the oldest there is.
    const quiet = await db.summit.create({
      data: { slug: "quiet-summit", name: "Quiet summit", host: "Nowhere", timeZone: "Asia/Kathmandu", startDate: new Date("2025-09-01"), endDate: new Date("2025-09-02") },
    });
    try {
      await refreshStoredConflicts(db, quiet.id);
      await db.$executeRaw`UPDATE "StoredConflictSet" SET "checkedAt" = now() - interval '25 hours' WHERE "summitId" = ${quiet.id}`;
      const space = await db.space.findFirstOrThrow({ where: { venue: { summitId } } });
      await db.space.update({ where: { id: space.id }, data: { capacity: 9 } });
      // A whole re-check of the demo prunes afterwards: the notes its own set has seen go, which
      // the quiet summit's older set would otherwise have kept.
      await refreshStoredConflicts(db, summitId, { force: true });
      expect(await db.storedConflictSet.findUnique({ where: { summitId: quiet.id } })).toBeNull();
      const [{ behind }] = await db.$queryRaw<{ behind: bigint }[]>`
        SELECT count(*) AS behind FROM "ConflictChange"
        WHERE "xid" < (SELECT pg_snapshot_xmin("snapshot"::pg_snapshot)::text::bigint FROM "StoredConflictSet" WHERE "summitId" = ${summitId})`;
      expect(Number(behind)).toBe(0);
      // The quiet summit is checked whole when it is next read, and is right.
      expect((await refreshStoredConflicts(db, quiet.id)).kind).toBe("whole");
      expect(await verifyStoredConflicts(db, quiet.id)).toMatchObject({ current: true, missing: [], unexpected: [], changed: [] });
    } finally {
      await db.storedConflictSet.deleteMany({ where: { summitId: quiet.id } });
      await db.summit.delete({ where: { id: quiet.id } });
    }
  });

  it("would see a write that bypassed the notes: verification reports the difference", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    await db.$executeRawUnsafe(`ALTER TABLE "TravelTime" DISABLE TRIGGER "conflict_change"`);
    try {
      await db.travelTime.updateMany({ where: { summitId }, data: { minutes: 900 } });
      const found = await verifyStoredConflicts(db, summitId);
      expect(found.current).toBe(true);
      expect(found.missing.length + found.unexpected.length + found.changed.length).toBeGreaterThan(0);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "TravelTime" ENABLE TRIGGER "conflict_change"`);
      // Leave a store that is right again: the check after every file (setup-env.ts) would see it.
      await refreshStoredConflicts(db, summitId, { force: true });
    }
  });
});
