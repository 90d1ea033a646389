// The app's writes re-check their conflicts in their own transaction, as its last step
// (recheckBeforeCommit, lib/conflict-store/internal/store.ts): once a write has committed, the stored
// set is current without any read bringing it up to date, and equals a whole re-check. A write
// that fails leaves the set as it was; one that needs the whole summit re-checked does that in its
// own transaction, as does every setup write (venues, delegations, coverage rules, the summit's own
// settings) and a write that creates a summit; twenty
// writers at once leave a set that is current and right.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { moveArrival } from "@/lib/arrivals/mutations";
import { moveArrivalSchema } from "@/lib/arrivals/schema";
import { loadActor } from "@/lib/auth/session";
import { checkWholeSummit, refreshStoredConflicts, verifyStoredConflicts } from "@/lib/conflict-store/queries";
import { inCheckedTransaction, recheckBeforeCommit } from "@/lib/conflict-store/mutations";
import { userId } from "@/lib/demo/ids";
import type { Tx } from "@/lib/db";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { applyImport } from "@/lib/import/mutations";
import { updateMovement } from "@/lib/movements/mutations";
import { updateMovementSchema } from "@/lib/movements/schema";
import { cancelItem, moveItem } from "@/lib/programme/mutations";
import { cancelItemSchema, moveItemSchema } from "@/lib/programme/schema";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { taskStatusSchema } from "@/lib/tasks/schema";
import { toLocalInput } from "@/lib/time";
import { saveSpace, saveTravelMatrix, saveVenue } from "@/lib/venues/mutations";
import { spaceSchema, travelMatrixSchema, venueSchema } from "@/lib/venues/schema";
import { saveDelegation, saveMember } from "@/lib/delegations/mutations";
import { delegationSchema, memberSchema } from "@/lib/delegations/schema";
import { createCoverageRule, deleteCoverageRule, updateCoverageRule } from "@/lib/coverage/mutations";
import { createCoverageRuleSchema, deleteCoverageRuleSchema, updateCoverageRuleSchema } from "@/lib/coverage/schema";
import { archiveSummit, createSummit, restoreSummit, updateSummit } from "@/lib/summits/mutations";
import { createSummitSchema, updateSummitSchema } from "@/lib/summits/schema";
import { erasePersonalNames } from "@/lib/import/personal-data";
import { erasePersonalNamesSchema } from "@/lib/import/schema";
import { exportSummit, serializeArchive } from "@/lib/archive/export";
import { readArchive } from "@/lib/archive/read";
import { importSummit } from "@/lib/archive/import";
import { parseInput } from "@/lib/validation";
import { throughBoundary } from "./boundary";
import { resetDatabase, testDb } from "./helpers";
import { xlsx } from "./import-fixture";

const db = testDb();
const act = throughBoundary(db);
const MINUTE = 60_000;
let summitId: string;
let timeZone: string;
let planner: Actor;
let police: Actor;
let admin: Actor;

/** The stored set as it stands, with no read having brought it up to date first. */
async function expectCurrentAtCommit(label: string) {
  const found = await verifyStoredConflicts(db, summitId);
  expect({ label, ...found }, label).toMatchObject({ label, current: true, missing: [], unexpected: [], changed: [] });
}

/** A summit just created has a stored set, current and equal to a whole re-check, without any read. */
async function expectNewSetCurrent(label: string, id: string) {
  expect(await db.storedConflictSet.count({ where: { summitId: id } }), label).toBe(1);
  const found = await verifyStoredConflicts(db, id);
  expect({ label, ...found }, label).toMatchObject({ label, current: true, missing: [], unexpected: [], changed: [] });
}

/** A confirmed item with no arrivals in protocol order (a change to those is re-checked whole). */
async function plainItem(skip = 0) {
  const sequenced = new Set((await db.arrivalSequence.findMany({ select: { itemId: true } })).map((s) => s.itemId));
  const items = await db.programmeItem.findMany({ where: { summitId, status: "CONFIRMED", parentId: null }, orderBy: [{ startsAt: "asc" }, { id: "asc" }] });
  return items.filter((i) => !sequenced.has(i.id))[skip];
}

type Item = Awaited<ReturnType<typeof plainItem>>;

/** The planner moves an item through the app (moveItem, as the timeline does), start and end by the minutes given. */
const moveThroughApp = (item: Item, by: { start: number; end: number }) =>
  act(moveItem, planner, moveItemSchema, summitId, {
    id: item.id,
    version: item.version,
    startsAt: new Date(item.startsAt.getTime() + by.start * MINUTE),
    endsAt: new Date(item.endsAt.getTime() + by.end * MINUTE),
    spaceId: item.spaceId,
    overrideReason: "Testing the store",
  });

/** Another connection's transaction that does `first`, then stays open until released. */
async function heldOpen(first: (tx: Tx) => Promise<unknown>) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const done = db.$transaction(async (tx) => {
    await first(tx);
    ready();
    await held;
  }, { timeout: 60_000 });
  // A failed first step rejects here instead of leaving the test waiting.
  await Promise.race([started, done]);
  return { release, done };
}

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  ({ id: summitId, timeZone } = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG }, select: { id: true, timeZone: true } }));
  planner = (await loadActor(db, userId("planner")))!;
  police = (await loadActor(db, userId("police")))!;
  admin = (await loadActor(db, userId("admin")))!;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("conflicts re-checked in the writing transaction", { timeout: 120_000 }, () => {
  it("an item moved through the app: current at commit, equal to a whole re-check, and the next read has nothing to do", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const item = await plainItem();
    await moveThroughApp(item, { start: 25, end: 25 });
    await expectCurrentAtCommit("moved item");
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("current");
  });

  it("a movement moved, a task's status changed and an item cancelled: each current at commit", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const movement = await db.movement.findFirstOrThrow({ where: { summitId, kind: "TRANSFER", arrivalSlot: null }, orderBy: { id: "asc" } });
    const local = (at: Date | null) => (at ? toLocalInput(new Date(at.getTime() - 15 * MINUTE), timeZone) : null);
    await act(updateMovement, planner, updateMovementSchema, summitId, {
      id: movement.id,
      version: movement.version,
      delegationId: movement.delegationId,
      kind: movement.kind,
      fromVenueId: movement.fromVenueId,
      toVenueId: movement.toVenueId,
      flight: movement.flight,
      startsAt: local(movement.startsAt)!,
      endsAt: local(movement.endsAt),
      partySize: movement.partySize,
      principalLevel: movement.principalLevel,
      routeNote: movement.routeNote,
      roadClosureNeeded: movement.roadClosureNeeded,
      staffNotes: movement.staffNotes,
      overrideReason: "Testing the store",
    });
    await expectCurrentAtCommit("moved movement");

    const task = await db.agencyTask.findFirstOrThrow({ where: { agencyId: police.agencyId!, status: { not: "DONE" } }, orderBy: { id: "asc" } });
    await act(updateTaskStatus, police, taskStatusSchema, summitId, { id: task.id, version: task.version, status: "DONE" });
    await expectCurrentAtCommit("task done");

    const item = await plainItem(1);
    await act(cancelItem, planner, cancelItemSchema, summitId, { id: item.id, version: item.version });
    await expectCurrentAtCommit("item cancelled");
  });

  it("a write that fails after its changes leaves the stored set and the snapshot it saw as they were", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const before = await db.storedConflictSet.findUniqueOrThrow({ where: { summitId } });
    const rows = await db.storedConflict.count({ where: { summitId } });
    const item = await plainItem();
    await expect(
      inCheckedTransaction(db, summitId, async (tx) => {
        await tx.programmeItem.update({ where: { id: item.id }, data: { startsAt: new Date(item.startsAt.getTime() - 600 * MINUTE) } });
        // The re-check runs and writes, and then the transaction fails.
        await recheckBeforeCommit(tx, summitId);
        throw new Error("forced failure");
      }),
    ).rejects.toThrow("forced failure");
    expect(await db.storedConflictSet.findUniqueOrThrow({ where: { summitId } })).toEqual(before);
    expect(await db.storedConflict.count({ where: { summitId } })).toBe(rows);
    await expectCurrentAtCommit("after the failed write");
  });

  it("a write that needs the whole summit re-checked does so in its own transaction", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    let outcome: string | undefined;
    await db.$transaction(async (tx) => {
      await tx.travelTime.update({ where: { id: travel.id }, data: { minutes: travel.minutes + 1 } });
      outcome = (await recheckBeforeCommit(tx, summitId)).kind;
    });
    expect(outcome).toBe("whole");
    await expectCurrentAtCommit("travel time, re-checked whole");
  });

  it("arrivals in protocol order reordered and a spreadsheet imported through the app: each current at commit", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    // Reordering an entrance changes every later party's time: only a whole re-check will do.
    const sequence = await db.arrivalSequence.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" }, select: { id: true, version: true, slots: { select: { delegationId: true }, orderBy: { position: "asc" } } } });
    expect(sequence.slots.length).toBeGreaterThan(2);
    await act(moveArrival, planner, moveArrivalSchema, summitId, { sequenceId: sequence.id, version: sequence.version, delegationId: sequence.slots[0].delegationId, toPosition: 3 });
    await expectCurrentAtCommit("arrivals reordered");

    // A flight moved a quarter later by the movements import.
    const arrival = await db.movement.findFirstOrThrow({ where: { summitId, kind: "ARRIVAL", flight: { not: null }, arrivalSlot: null }, orderBy: { id: "asc" }, include: { delegation: true, toVenue: true, fromVenue: true } });
    const file = await xlsx([
      ["Delegation", "Direction", "Airport", "Flight", "Date and time", "Party size"],
      [arrival.delegation.code, "Arrival", arrival.fromVenue?.name ?? arrival.toVenue?.name, arrival.flight, toLocalInput(new Date(arrival.startsAt.getTime() + 15 * MINUTE), timeZone), arrival.partySize],
    ]);
    const report = await applyImport(db, planner, { summitId, bytes: file });
    expect(report.counts.updated).toBe(1);
    await expectCurrentAtCommit("movements imported");
  });

  it("setup writes through their forms (travel times, venues, spaces, delegations, members, coverage rules): each checks the whole summit and is current at commit", async () => {
    // These domains change what every check reads: their writes end with the whole summit's
    // re-check in their own transaction (lib/conflict-store sits below them, ARCHITECTURE.md).
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    const venue = await db.venue.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    const space = await db.space.findFirstOrThrow({ where: { venue: { summitId }, items: { some: { status: "CONFIRMED" } } }, orderBy: { id: "asc" } });
    const delegation = await db.delegation.findFirstOrThrow({ where: { summitId, arrivesAt: { not: null }, departsAt: { not: null } }, orderBy: { id: "asc" } });
    const member = await db.member.findFirstOrThrow({ where: { delegationId: delegation.id }, orderBy: { precedence: "asc" } });
    const rule = await db.coverageRule.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    const writes: [string, () => Promise<unknown>][] = [
      ["travel time", () => act(saveTravelMatrix, planner, travelMatrixSchema, summitId, { entries: [{ fromVenueId: travel.fromVenueId, toVenueId: travel.toVenueId, minutes: travel.minutes + 40 }] })],
      ["venue", () => act(saveVenue, planner, venueSchema, summitId, { id: venue.id, name: `${venue.name} (renamed)`, kind: venue.kind, address: venue.address ?? "" })],
      // Room for one: every booking of the space becomes a capacity conflict.
      ["space", () => act(saveSpace, planner, spaceSchema, summitId, { id: space.id, venueId: space.venueId, name: space.name, capacity: 1, securityZone: space.securityZone ?? "" })],
      ["delegation", () => act(saveDelegation, planner, delegationSchema, summitId, {
        id: delegation.id, code: delegation.code, name: delegation.name, kind: delegation.kind, homeTimeZone: delegation.homeTimeZone ?? "", hotelVenueId: delegation.hotelVenueId ?? "",
        // Arriving a day late: the first day's items fall outside the delegation's stay.
        arrivesAt: toLocalInput(new Date(delegation.arrivesAt!.getTime() + 24 * 60 * MINUTE), timeZone), departsAt: toLocalInput(delegation.departsAt!, timeZone),
      })],
      ["member", () => act(saveMember, planner, memberSchema, summitId, { id: member.id, delegationId: delegation.id, title: member.title, personalName: member.personalName ?? "", function: "SECURITY", precedence: member.precedence })],
      ["coverage rule created", () => act(createCoverageRule, planner, createCoverageRuleSchema, summitId, { target: "ITEM", requiredType: "MEDICAL", description: "Every item has a medical team" })],
      ["coverage rule changed", () => act(updateCoverageRule, planner, updateCoverageRuleSchema, summitId, { id: rule.id, target: rule.target, itemKind: null, venueId: null, movementKind: null, principalLevel: null, requiredType: rule.requiredType, description: rule.description })],
      ["coverage rule deleted", () => act(deleteCoverageRule, planner, deleteCoverageRuleSchema, summitId, { id: rule.id })],
    ];
    for (const [label, write] of writes) {
      await refreshStoredConflicts(db, summitId, { force: true });
      const before = await db.storedConflict.count({ where: { summitId } });
      await write();
      await expectCurrentAtCommit(label);
      expect((await refreshStoredConflicts(db, summitId)).kind, label).toBe("current");
      if (label === "space") expect(await db.storedConflict.count({ where: { summitId, type: "OVER_CAPACITY" } })).toBeGreaterThan(0);
      if (label === "coverage rule created") expect(await db.storedConflict.count({ where: { summitId } })).toBeGreaterThan(before);
    }
  });

  it("the summit's own settings, archiving it and erasing its personal names: each current at commit", async () => {
    const summit = await db.summit.findUniqueOrThrow({ where: { id: summitId } });
    await refreshStoredConflicts(db, summitId, { force: true });
    await updateSummit(db, admin, parseInput(updateSummitSchema, {
      id: summitId, name: summit.name, slug: summit.slug, host: summit.host, timeZone: summit.timeZone, languages: summit.languages,
      startDate: summit.startDate.toISOString().slice(0, 10), endDate: summit.endDate.toISOString().slice(0, 10),
      travelBufferMinutes: summit.travelBufferMinutes + 30,
    }));
    await expectCurrentAtCommit("travel buffer");
    await archiveSummit(db, admin, { id: summitId });
    await expectCurrentAtCommit("archived");
    await erasePersonalNames(db, admin, parseInput(erasePersonalNamesSchema, { summitId }));
    await expectCurrentAtCommit("names erased");
    await restoreSummit(db, admin, { id: summitId });
    await expectCurrentAtCommit("restored");
  });

  it("a summit created, copied from another or restored from an archive is checked whole before it commits", async () => {
    const summit = await db.summit.findUniqueOrThrow({ where: { id: summitId } });
    const fields = {
      host: summit.host, timeZone: summit.timeZone, languages: summit.languages, travelBufferMinutes: 10,
      startDate: summit.startDate.toISOString().slice(0, 10), endDate: summit.endDate.toISOString().slice(0, 10),
    };
    // Each is verified before the next is written: every write leaves every summit's set stale
    // until read (the notes are the installation's), though another summit's re-check then finds
    // nothing to do.
    const created = await createSummit(db, admin, parseInput(createSummitSchema, { ...fields, name: "Checked at birth", slug: "checked-at-birth" }));
    await expectNewSetCurrent("created", created.id);
    const copied = await createSummit(db, admin, parseInput(createSummitSchema, { ...fields, name: "Checked copy", slug: "checked-copy", copyFromSummitId: summitId }));
    await expectNewSetCurrent("copied", copied.id);
    expect(await db.venue.count({ where: { summitId: copied.id } })).toBeGreaterThan(0);
    const restored = await importSummit(db, readArchive(serializeArchive(await exportSummit(db, summitId))).content, { slug: "checked-restore" });
    await expectNewSetCurrent("restored", restored.summitId);
    // The archive holds the demo's conflicts: the restored summit stores as many as the original.
    expect(await db.storedConflict.count({ where: { summitId: restored.summitId } })).toBe(
      (await checkWholeSummit(db, summitId)).conflicts.length,
    );
  });

  it("a writer that finds another's unseen write needing the whole summit leaves it to the next read", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    await db.travelTime.update({ where: { id: travel.id }, data: { minutes: travel.minutes + 3 } });
    let outcome: string | undefined;
    const item = await plainItem(5);
    await db.$transaction(async (tx) => {
      await tx.programmeItem.update({ where: { id: item.id }, data: { endsAt: new Date(item.endsAt.getTime() - 5 * MINUTE) } });
      outcome = (await recheckBeforeCommit(tx, summitId)).kind;
    });
    expect(outcome).toBe("deferred");
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("whole");
    await expectCurrentAtCommit("after the next read");
  });

  it("a whole-summit write in another summit needs no whole re-check here, a cascade included, unless its table does not say how its rows name their summit", async () => {
    const other = (await importSummit(db, readArchive(serializeArchive(await exportSummit(db, summitId))).content, { slug: "the-other-summit" })).summitId;
    await refreshStoredConflicts(db, summitId, { force: true });
    await refreshStoredConflicts(db, other, { force: true });
    // A script changes a travel time of the other summit: that summit needs a whole re-check.
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId: other }, orderBy: { id: "asc" } });
    await db.travelTime.update({ where: { id: travel.id }, data: { minutes: travel.minutes + 3 } });
    // This summit's writer re-checks its own part at commit instead of leaving it to the next read.
    const item = await plainItem(6);
    let outcome: string | undefined;
    await db.$transaction(async (tx) => {
      await tx.programmeItem.update({ where: { id: item.id }, data: { endsAt: new Date(item.endsAt.getTime() - 5 * MINUTE) } });
      outcome = (await recheckBeforeCommit(tx, summitId)).kind;
    });
    expect(outcome).toBe("part");
    await expectCurrentAtCommit("this summit, after the other's travel time");
    expect((await refreshStoredConflicts(db, other)).kind).toBe("whole");
    expect((await refreshStoredConflicts(db, summitId)).kind).not.toBe("whole");

    // A delegation of the other summit deleted: its members go with it (a cascade) and can no
    // longer name their summit, but the delegation named it; this summit still needs no whole check.
    const doomed = await db.delegation.findFirstOrThrow({ where: { summitId: other, members: { some: {} } }, orderBy: { id: "asc" } });
    await db.delegation.delete({ where: { id: doomed.id } });
    expect(await refreshStoredConflicts(db, summitId)).toMatchObject({ kind: "part", engineMs: 0 });
    expect((await refreshStoredConflicts(db, other)).kind).toBe("whole");
    await expectCurrentAtCommit("after the cascade, read");

    // A table noted without saying how its rows name their summit (as one added later with the
    // note's trigger alone would be) stands for every summit.
    await db.$executeRawUnsafe(`CREATE TABLE "UnnamedProbe" ("id" integer)`);
    try {
      await db.$executeRawUnsafe(`CREATE TRIGGER "conflict_change" AFTER INSERT ON "UnnamedProbe" FOR EACH STATEMENT EXECUTE FUNCTION "note_conflict_change"()`);
      await db.$executeRawUnsafe(`INSERT INTO "UnnamedProbe" VALUES (1)`);
      expect((await refreshStoredConflicts(db, summitId)).kind).toBe("whole");
    } finally {
      await db.$executeRawUnsafe(`DROP TABLE "UnnamedProbe"`);
    }
  });

  // These two hold a transaction open while the app writes beside it: two sessions at once, which
  // the embedded database (one connection, one session) cannot have, and so never meets.
  it.runIf(!inject("embedded"))("a transaction still open while a writer re-checks stays unseen: once it commits, the next read re-checks it", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const [mine, theirs] = [await plainItem(2), await plainItem(3)];
    // Another writer, outside the app's writes, that has written and not yet committed. Shorter
    // by ten minutes: no space can be double-booked by it.
    const other = await heldOpen((tx) => tx.programmeItem.update({ where: { id: theirs.id }, data: { endsAt: new Date(theirs.endsAt.getTime() - 10 * MINUTE) } }));
    await moveThroughApp(mine, { start: 0, end: -5 });
    await expectCurrentAtCommit("the app's write, the other still open");
    other.release();
    await other.done;
    expect((await verifyStoredConflicts(db, summitId)).current).toBe(false);
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    await expectCurrentAtCommit("the other committed, then read");
  });

  it.runIf(!inject("embedded"))("a writer that cannot have the re-check's lock in time commits its write and leaves the re-check to the next read", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const item = await plainItem(4);
    // A reader's long whole-summit check holds the summit's re-check lock (its namespace and key, store.ts).
    const reader = await heldOpen((tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(73400611::int, hashtext(${summitId}))`);
    try {
      const saved = await moveThroughApp(item, { start: 0, end: -5 });
      expect(saved.version).toBe(item.version + 1);
      expect((await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).endsAt).toEqual(new Date(item.endsAt.getTime() - 5 * MINUTE));
    } finally {
      reader.release();
      await reader.done;
    }
    expect((await verifyStoredConflicts(db, summitId)).current).toBe(false);
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    await expectCurrentAtCommit("after the next read");
  });

  it("twenty writers at once through the app leave a set current at commit and equal to a whole re-check", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const tasks = await db.agencyTask.findMany({ where: { agencyId: police.agencyId! }, orderBy: { id: "asc" }, take: 20 });
    expect(tasks).toHaveLength(20);
    const results = await Promise.allSettled(
      tasks.map((task, i) => act(updateTaskStatus, police, taskStatusSchema, summitId, { id: task.id, version: task.version, status: i % 2 ? "DONE" : "IN_PROGRESS" })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await expectCurrentAtCommit("twenty writers");
  });
});
