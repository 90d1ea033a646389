// The rows a partial re-check reads in one statement (lib/conflict-store/internal/part.ts, which embeds
// the part's snapshot from lib/snapshot/queries.ts, read alone by loadPartialSnapshot) are those the
// loaders of the whole check read, restricted to the part: same values, same types, same order
// where the engine is given an order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArrivalCheckData } from "@/lib/snapshot/queries";
import { readPart } from "@/lib/conflict-store/internal/part";
import { loadCoverageData } from "@/lib/snapshot/queries";
import type { Db, Tx } from "@/lib/db";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import type { SummitItem } from "@/lib/scheduling";
import { loadPartialSnapshot, loadSummitSnapshot } from "@/lib/snapshot/queries";
import { resetDatabase, testDb } from "./helpers";

let db: Db;
let summitId: string;

const sorted = <T,>(xs: readonly T[]) => [...xs].map((x) => JSON.stringify(x)).sort();

/** The id of a transaction that made these writes (what the store hands a partial re-check). */
const writtenIn = (write: (tx: Tx) => Promise<unknown>) =>
  db.$transaction(async (tx) => {
    await write(tx);
    const [{ xid }] = await tx.$queryRaw<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`;
    return xid;
  });

beforeAll(async () => {
  db = testDb();
  await resetDatabase(db);
  await seedDemo(db);
  summitId = (await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG }, select: { id: true } })).id;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("the part of a summit a partial re-check reads", () => {
  it("loads the part's snapshot as the whole snapshot restricted to it", async () => {
    const whole = await loadSummitSnapshot(db, summitId);
    // Every third item (sessions, rooms and items without a room among them), every fourth
    // movement (flights without an end among them), every other delegation.
    const items = whole.items.filter((_, i) => i % 3 === 0);
    const movements = (whole.movements ?? []).filter((_, i) => i % 4 === 0);
    const delegationIds = new Set(whole.delegations.filter((_, i) => i % 2 === 0).map((d) => d.id));
    expect(items.some((i) => i.spaceId === null) && items.some((i) => i.spaceId !== null)).toBe(true);
    expect(movements.some((m) => m.endsAt === null)).toBe(true);

    const { snapshot, parentIds, movements: rows, members } = await loadPartialSnapshot(db, summitId, {
      itemIds: items.map((i) => i.id),
      movementIds: movements.map((m) => m.id),
      delegationIds: [...delegationIds],
    });

    const delegationOf = new Map(whole.members.map((m) => [m.id, m.delegationId]));
    const expectedItems = items.map((i) => ({
      ...i,
      delegationIds: i.delegationIds.filter((id) => delegationIds.has(id)),
      memberIds: i.memberIds.filter((id) => delegationIds.has(delegationOf.get(id)!)),
    }));
    // Parties in any order (the engine sorts them); the part's items carry their parent too.
    const withSortedParties = (xs: readonly SummitItem[]) =>
      xs.map((i) => ({
        id: i.id, title: i.title, kind: i.kind, status: i.status, startsAt: i.startsAt, endsAt: i.endsAt, spaceId: i.spaceId,
        delegationIds: [...i.delegationIds].sort(), memberIds: [...i.memberIds].sort(),
      }));
    expect(withSortedParties(snapshot.items)).toEqual(withSortedParties(expectedItems));
    expect(snapshot.items.every((i) => i.startsAt instanceof Date && i.endsAt instanceof Date)).toBe(true);
    expect(snapshot.movements).toEqual(movements);
    expect(rows).toEqual(movements);
    expect(snapshot.delegations).toEqual(whole.delegations.filter((d) => delegationIds.has(d.id)));
    expect(snapshot.members).toEqual(whole.members.filter((m) => delegationIds.has(m.delegationId)));
    expect(members.map((m) => m.id)).toEqual(snapshot.members.map((m) => m.id));
    expect(snapshot.venues).toEqual(whole.venues);
    const spaceIds = new Set(items.flatMap((i) => (i.spaceId ? [i.spaceId] : [])));
    expect(snapshot.spaces).toEqual(whole.spaces.filter((s) => spaceIds.has(s.id)));
    // Travel times between the rooms of attended items and the movements' places.
    const venueOf = new Map(whole.spaces.map((s) => [s.id, s.venueId]));
    const places = new Set([
      ...expectedItems.filter((i) => i.spaceId && (i.delegationIds.length > 0 || i.memberIds.length > 0)).map((i) => venueOf.get(i.spaceId!)!),
      ...movements.flatMap((m) => [m.fromVenueId, m.toVenueId].filter((id): id is string => id !== null)),
    ]);
    expect(sorted(snapshot.travelTimes)).toEqual(sorted(whole.travelTimes.filter((t) => places.has(t.fromVenueId) && places.has(t.toVenueId))));
    expect(snapshot.travelTimes.length).toBeGreaterThan(0);
    expect({ timeZone: snapshot.timeZone, buffer: snapshot.travelBufferMinutes }).toEqual({ timeZone: whole.timeZone, buffer: whole.travelBufferMinutes });

    const sessions = await db.programmeItem.findMany({ where: { id: { in: items.map((i) => i.id) }, parentId: { not: null } }, select: { id: true, parentId: true } });
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Map([...parentIds].sort())).toEqual(new Map(sessions.map((s) => [s.id, s.parentId!] as const).sort()));
  });

  it("reads the part's tasks, the coverage rules and the arrival slots as the whole check's loaders do", async () => {
    const whole = await loadSummitSnapshot(db, summitId);
    const coverage = await loadCoverageData(db, summitId);
    const arrivals = await loadArrivalCheckData(db, summitId);
    expect(coverage.rules.length).toBeGreaterThan(0);
    expect(arrivals.slots.length).toBeGreaterThan(0);
    // A touched item with participants and a room, a touched transfer of a delegation with
    // arrival slots (not one of their motorcades), a touched task's item.
    const sequenced = new Set(arrivals.sequences.map((s) => s.itemId));
    const item = whole.items.find((i) => i.spaceId !== null && i.delegationIds.length + i.memberIds.length > 1 && !sequenced.has(i.id))!;
    const slotDelegations = new Set(arrivals.slots.map((s) => s.delegationId));
    const transfer = (whole.movements ?? []).find((m) => m.kind === "TRANSFER" && slotDelegations.has(m.delegationId) && !arrivals.slots.some((s) => s.movementId === m.id))!;
    const taskItem = whole.items.find((i) => i.id !== item.id && coverage.tasks.some((t) => t.itemId === i.id))!;
    const task = coverage.tasks.find((t) => t.itemId === taskItem.id)!;

    // Writes that change nothing still note the rows they wrote.
    const xid = await writtenIn(async (tx) => {
      await tx.$executeRaw`UPDATE "ProgrammeItem" SET "id" = "id" WHERE "id" = ${item.id}`;
      await tx.$executeRaw`UPDATE "Movement" SET "id" = "id" WHERE "id" = ${transfer.id}`;
      await tx.$executeRaw`UPDATE "AgencyTask" SET "id" = "id" WHERE "id" = ${task.id}`;
    });
    const part = await db.$transaction((tx) => readPart(tx, summitId, [xid]));
    expect(part.touched).toEqual({
      itemIds: [item.id], movementIds: [transfer.id], delegationIds: [transfer.delegationId], memberIds: [], spaceIds: [item.spaceId],
      flownDelegationIds: [], taskItemIds: [taskItem.id], taskMovementIds: [],
    });
    expect({ untouched: part.untouched, bulk: part.bulk, arrivalsTouched: part.arrivalsTouched }).toEqual({ untouched: false, bulk: false, arrivalsTouched: false });
    expect(part.itemIds).toContain(item.id);
    expect(part.itemIds).toContain(taskItem.id);
    expect(part.movementIds).toContain(transfer.id);
    expect(part.spaceIds).toEqual([item.spaceId]);
    const delegationOf = new Map(whole.members.map((m) => [m.id, m.delegationId]));
    const keyDelegations = new Set([...item.delegationIds, ...item.memberIds.map((id) => delegationOf.get(id)!), transfer.delegationId]);
    expect(new Set(part.delegationIds)).toEqual(keyDelegations);
    expect(new Set(part.memberIds)).toEqual(new Set(whole.members.filter((m) => keyDelegations.has(m.delegationId)).map((m) => m.id)));

    const itemIds = new Set(part.itemIds);
    const movementIds = new Set(part.movementIds);
    expect(part.tasks).toEqual(coverage.tasks.filter((t) => (t.itemId !== null ? itemIds.has(t.itemId) : t.movementId !== null && movementIds.has(t.movementId))));
    expect(part.tasks.length).toBeGreaterThan(0);
    expect(part.coverageRules).toEqual(coverage.rules);
    expect(part.arrivals.sequences).toEqual(arrivals.sequences);
    expect(part.arrivals.slots).toEqual(arrivals.slots.filter((s) => keyDelegations.has(s.delegationId)));
    expect(part.arrivals.slots.length).toBeGreaterThan(0);
    // The engine's snapshot, read in the same statement, is the part loaded by its ids.
    expect(part.snapshot).toEqual(await loadPartialSnapshot(db, summitId, { itemIds: part.itemIds, movementIds: part.movementIds, delegationIds: part.loadedDelegationIds }));
  });

  it("says when a touched row is an event with arrivals in protocol order or one of its motorcades (and reads no part then), and when nothing was", async () => {
    const sequence = await db.arrivalSequence.findFirstOrThrow({ where: { summitId }, orderBy: { id: "asc" } });
    const motorcade = await db.arrivalSlot.findFirstOrThrow({ where: { sequence: { summitId }, movementId: { not: null } }, orderBy: { id: "asc" } });
    const read = (xids: string[]) => db.$transaction((tx) => readPart(tx, summitId, xids));
    const event = await writtenIn((tx) => tx.$executeRaw`UPDATE "ProgrammeItem" SET "id" = "id" WHERE "id" = ${sequence.itemId}`);
    // Such a write is checked whole: the part's snapshot is not built for nothing.
    expect(await read([event])).toMatchObject({ arrivalsTouched: true, snapshot: null });
    const ride = await writtenIn((tx) => tx.$executeRaw`UPDATE "Movement" SET "id" = "id" WHERE "id" = ${motorcade.movementId}`);
    expect(await read([ride])).toMatchObject({ arrivalsTouched: true, snapshot: null });
    expect(await read([])).toMatchObject({ untouched: true, bulk: false, arrivalsTouched: false, touched: { itemIds: [], movementIds: [], delegationIds: [] }, snapshot: null });
  });

  it("reads no part for a bulk write, which is checked whole", async () => {
    class Rollback extends Error {}
    const read = db.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "ProgrammeItem" ("id", "summitId", "title", "kind", "startsAt", "endsAt", "updatedAt")
        SELECT 'bulk-' || g, ${summitId}, 'Bulk ' || g, 'BILATERAL', now(), now() + interval '1 hour', now() FROM generate_series(1, 501) g`;
      const [{ xid }] = await tx.$queryRaw<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`;
      const part = await readPart(tx, summitId, [xid]);
      expect(part.touched.itemIds).toHaveLength(501);
      expect(part).toMatchObject({ bulk: true, untouched: false, delegationIds: [], memberIds: [], movementIds: [], loadedDelegationIds: [], snapshot: null });
      throw new Rollback();
    });
    await expect(read).rejects.toBeInstanceOf(Rollback);
  });
});
