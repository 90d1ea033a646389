// The stored conflicts brought up to date in part (lib/conflict-store/internal/incremental.ts): after
// random writes of every kind the partial re-check follows (items moved, re-roomed, cancelled,
// created and deleted; participants added and removed; transfers and flights moved and re-linked;
// agency tasks added, moved and removed), the stored set equals a whole re-check each time — the
// conflicts, their order and their spans — and the re-check was partial, not a whole one in disguise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshStoredConflicts, verifyStoredConflicts } from "@/lib/conflict-store/queries";
import { storedConflicts } from "@/lib/conflict-store/queries";
import { checkWholeSummit } from "@/lib/conflict-store/queries";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { resetDatabase, testDb } from "./helpers";

let db: Db;
let summitId: string;

const MINUTE = 60_000;

/** A small deterministic generator (mulberry32), so a failure replays with the same writes. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

async function expectStoreEqualsWholeCheck(label: string) {
  const verified = await verifyStoredConflicts(db, summitId);
  expect({ label, ...verified }, label).toMatchObject({ label, current: true, missing: [], unexpected: [], changed: [] });
}

beforeAll(async () => {
  db = testDb();
  await resetDatabase(db);
  await seedDemo(db);
  summitId = (await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG }, select: { id: true } })).id;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("stored conflicts, brought up to date in part", () => {
  it("re-checks a moved item in part, and the set equals a whole re-check", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const sequenced = new Set((await db.arrivalSequence.findMany({ select: { itemId: true } })).map((s) => s.itemId));
    const item = (await db.programmeItem.findMany({ where: { summitId, status: "CONFIRMED" }, orderBy: { startsAt: "asc" } })).find((i) => !sequenced.has(i.id))!;
    await db.programmeItem.update({ where: { id: item.id }, data: { startsAt: new Date(item.startsAt.getTime() + 40 * MINUTE), endsAt: new Date(item.endsAt.getTime() + 40 * MINUTE) } });
    const outcome = await refreshStoredConflicts(db, summitId);
    expect(outcome.kind).toBe("part");
    if (outcome.kind === "part") expect(outcome.part.itemIds.has(item.id)).toBe(true);
    await expectStoreEqualsWholeCheck("moved item");
    // Read back through the store, in the engine's order.
    const { conflicts } = await checkWholeSummit(db, summitId);
    expect((await storedConflicts(db, summitId)).map((c) => c.id)).toEqual(conflicts.map((c) => c.id));
  });

  it("needs no re-check of a summit another summit's writes did not touch", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    // Creating a summit writes a table the store does not follow row by row: the note names the
    // new summit, which alone needs a whole check.
    const other = await db.summit.create({ data: { slug: "other-incremental", name: "Other", host: "Japan", timeZone: "Asia/Tokyo", startDate: new Date("2026-03-01"), endDate: new Date("2026-03-02") } });
    expect(await refreshStoredConflicts(db, summitId)).toMatchObject({ kind: "part", engineMs: 0 });
    await db.programmeItem.create({ data: { summitId: other.id, title: "Elsewhere", kind: "BILATERAL", startsAt: new Date("2026-03-01T01:00:00Z"), endsAt: new Date("2026-03-01T02:00:00Z") } });
    const outcome = await refreshStoredConflicts(db, summitId);
    expect(outcome).toMatchObject({ kind: "part", engineMs: 0 });
    await expectStoreEqualsWholeCheck("another summit's write");
    await db.summit.delete({ where: { id: other.id } });
  });

  it("finds a travel clash between two items that became neighbours when the one between them moved", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const travel = await db.travelTime.findFirstOrThrow({ where: { summitId, minutes: { gte: 20 } }, orderBy: { id: "asc" } });
    const [spaceX, spaceY] = await Promise.all([
      db.space.findFirstOrThrow({ where: { venueId: travel.fromVenueId }, orderBy: { id: "asc" } }),
      db.space.findFirstOrThrow({ where: { venueId: travel.toVenueId }, orderBy: { id: "asc" } }),
    ]);
    const principal = await db.member.findFirstOrThrow({ where: { delegation: { summitId }, precedence: 1 }, orderBy: { id: "asc" } });
    const at = (h: number, m: number) => new Date(Date.UTC(2025, 5, 26, h, m));
    const make = (title: string, spaceId: string, start: Date, end: Date) =>
      db.programmeItem.create({
        data: { summitId, title, kind: "BILATERAL", status: "CONFIRMED", startsAt: start, endsAt: end, spaceId, participations: { create: [{ delegationId: principal.delegationId, memberId: principal.id }] } },
      });
    const a = await make("Neighbour A", spaceX.id, at(8, 0), at(9, 0));
    const b = await make("Neighbour B", spaceY.id, at(9, 5), at(9, 10));
    const c = await make("Neighbour C", spaceY.id, new Date(at(9, 0).getTime() + (travel.minutes - 5) * MINUTE), at(11, 0));
    await refreshStoredConflicts(db, summitId);
    const travelPair = async () =>
      (await storedConflicts(db, summitId)).filter((x) => x.type === "INSUFFICIENT_TRAVEL_TIME" && x.itemIds.join() === [a.id, c.id].join());
    expect(await travelPair()).toEqual([]);

    await db.programmeItem.update({ where: { id: b.id }, data: { startsAt: at(15, 0), endsAt: at(15, 10) } });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    expect(await travelPair()).toHaveLength(1);
    await expectStoreEqualsWholeCheck("neighbours");
    await db.programmeItem.deleteMany({ where: { id: { in: [a.id, b.id, c.id] } } });
  });

  it("finds the items left outside a delegation's stay when its flight lands later", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const flight = await db.movement.findFirstOrThrow({ where: { summitId, kind: "ARRIVAL" }, orderBy: { startsAt: "asc" } });
    const item = await db.programmeItem.findFirstOrThrow({
      where: { summitId, status: { not: "CANCELLED" }, startsAt: { gt: flight.startsAt }, participations: { some: { delegationId: flight.delegationId } } },
      orderBy: { startsAt: "asc" },
    });
    const outside = async () => (await storedConflicts(db, summitId)).filter((x) => x.type === "OUTSIDE_DELEGATION_WINDOW" && x.itemIds.includes(item.id));
    expect(await outside()).toEqual([]);
    const later = new Date(item.startsAt.getTime() + 30 * MINUTE);
    await db.movement.update({ where: { id: flight.id }, data: { startsAt: later, endsAt: flight.endsAt ? new Date(later.getTime() + (flight.endsAt.getTime() - flight.startsAt.getTime())) : null } });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    expect((await outside()).length).toBeGreaterThan(0);
    await expectStoreEqualsWholeCheck("late landing");
    await db.movement.update({ where: { id: flight.id }, data: { startsAt: flight.startsAt, endsAt: flight.endsAt } });
    await refreshStoredConflicts(db, summitId);
    await expectStoreEqualsWholeCheck("landing restored");
  });

  it("finds a principal kept busy when their delegation should arrive at an event in protocol order", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const slot = await db.arrivalSlot.findFirstOrThrow({ where: { sequence: { summitId } }, include: { sequence: { include: { item: true } } }, orderBy: { id: "asc" } });
    const principal = await db.member.findFirstOrThrow({ where: { delegationId: slot.delegationId, precedence: 1 } });
    const arrivesAt = new Date(slot.sequence.item.startsAt.getTime() + slot.offsetMinutes * MINUTE);
    const busy = await db.programmeItem.create({
      data: {
        summitId, title: "Busy before the door", kind: "BILATERAL", status: "CONFIRMED",
        startsAt: new Date(arrivesAt.getTime() - 10 * MINUTE), endsAt: new Date(arrivesAt.getTime() + 10 * MINUTE),
        participations: { create: [{ delegationId: slot.delegationId, memberId: principal.id }] },
      },
    });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    const stored = await storedConflicts(db, summitId);
    expect(stored.filter((x) => x.type === "ARRIVAL_SEQUENCE" && x.itemIds.includes(busy.id))).toHaveLength(1);
    await expectStoreEqualsWholeCheck("busy principal");
    await db.programmeItem.delete({ where: { id: busy.id } });
  });

  it("follows a transfer's missing escort to another item when the item it is linked to is cancelled and reinstated", async () => {
    await refreshStoredConflicts(db, summitId, { force: true });
    const gap = (await storedConflicts(db, summitId)).find((c) => c.type === "MISSING_COVERAGE" && c.id.includes("|movement="));
    expect(gap, "the demo has a transfer without its escort").toBeDefined();
    const movementId = /\|movement=([^|]+)\|/.exec(gap!.id)![1];
    const movement = await db.movement.findUniqueOrThrow({ where: { id: movementId } });
    // An item the transfer's delegation does not attend, linked to the transfer by hand.
    const elsewhere = await db.programmeItem.findFirstOrThrow({
      where: { summitId, status: "CONFIRMED", parentId: null, participations: { none: { delegationId: movement.delegationId } } },
      orderBy: { id: "asc" },
    });
    const named = async () => (await storedConflicts(db, summitId)).filter((c) => c.id.includes(`|movement=${movementId}|`)).map((c) => c.itemIds);
    await db.movement.update({ where: { id: movementId }, data: { toItemId: elsewhere.id } });
    await refreshStoredConflicts(db, summitId);
    expect(await named()).toContainEqual([elsewhere.id]);
    await expectStoreEqualsWholeCheck("linked by hand");

    await db.programmeItem.update({ where: { id: elsewhere.id }, data: { status: "CANCELLED" } });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    expect(await named()).not.toContainEqual([elsewhere.id]);
    await expectStoreEqualsWholeCheck("linked item cancelled");

    await db.programmeItem.update({ where: { id: elsewhere.id }, data: { status: "CONFIRMED" } });
    expect((await refreshStoredConflicts(db, summitId)).kind).toBe("part");
    expect(await named()).toContainEqual([elsewhere.id]);
    await expectStoreEqualsWholeCheck("linked item reinstated");
    await db.movement.update({ where: { id: movementId }, data: { toItemId: movement.toItemId } });
  });

  it("equals a whole re-check after each of 60 random writes of every followed kind", async () => {
    const rnd = random(20250624);
    await refreshStoredConflicts(db, summitId, { force: true });
    const [spaces, delegations, members, agencies] = await Promise.all([
      db.space.findMany({ where: { venue: { summitId } }, select: { id: true } }),
      db.delegation.findMany({ where: { summitId }, select: { id: true } }),
      db.member.findMany({ where: { delegation: { summitId } }, select: { id: true, delegationId: true } }),
      db.agency.findMany({ where: { summitId }, select: { id: true } }),
    ]);
    const shift = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);
    const writes: Record<string, () => Promise<unknown>> = {
      moveItem: async () => {
        const item = rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        const by = rnd.int(-180, 180);
        await db.programmeItem.update({ where: { id: item.id }, data: { startsAt: shift(item.startsAt, by), endsAt: shift(item.endsAt, by) } });
      },
      reroomItem: async () => {
        const item = rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        await db.programmeItem.update({ where: { id: item.id }, data: { spaceId: rnd.int(0, 5) === 0 ? null : rnd.pick(spaces).id } });
      },
      cancelOrReinstate: async () => {
        const item = rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        await db.programmeItem.update({ where: { id: item.id }, data: { status: item.status === "CANCELLED" ? "CONFIRMED" : "CANCELLED" } });
      },
      addParticipant: async () => {
        const item = rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        const member = rnd.pick(members);
        const whole = rnd.int(0, 1) === 0;
        const exists = await db.participation.findFirst({ where: { itemId: item.id, delegationId: member.delegationId, memberId: whole ? null : member.id } });
        if (!exists) await db.participation.create({ data: { itemId: item.id, delegationId: member.delegationId, memberId: whole ? null : member.id } });
      },
      removeParticipant: async () => {
        const participation = rnd.pick(await db.participation.findMany({ where: { item: { summitId } }, orderBy: { id: "asc" } }));
        await db.participation.delete({ where: { id: participation.id } });
      },
      newItem: async () => {
        const start = new Date(Date.UTC(2025, 5, 24, rnd.int(5, 20), rnd.pick([0, 15, 30, 45])));
        const delegation = rnd.pick(delegations);
        await db.programmeItem.create({
          data: {
            summitId, title: `Random ${rnd.int(1, 1e6)}`, kind: "BILATERAL", status: "CONFIRMED", startsAt: start, endsAt: shift(start, rnd.int(15, 120)),
            spaceId: rnd.pick(spaces).id, participations: { create: [{ delegationId: delegation.id }] },
          },
        });
      },
      deleteItem: async () => {
        const items = await db.programmeItem.findMany({ where: { summitId, title: { startsWith: "Random" } }, orderBy: { id: "asc" } });
        if (items.length > 0) await db.programmeItem.delete({ where: { id: rnd.pick(items).id } });
      },
      moveMovement: async () => {
        const movement = rnd.pick(await db.movement.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        const by = rnd.int(-90, 90);
        await db.movement.update({
          where: { id: movement.id },
          data: { startsAt: shift(movement.startsAt, by), endsAt: movement.endsAt ? shift(movement.endsAt, by) : null },
        });
      },
      relinkTransfer: async () => {
        const transfers = await db.movement.findMany({ where: { summitId, kind: "TRANSFER" }, orderBy: { id: "asc" } });
        const item = rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        await db.movement.update({ where: { id: rnd.pick(transfers).id }, data: rnd.int(0, 1) === 0 ? { toItemId: item.id } : { fromItemId: null } });
      },
      addTask: async () => {
        const onItem = rnd.int(0, 1) === 0;
        const subject = onItem
          ? rnd.pick(await db.programmeItem.findMany({ where: { summitId }, orderBy: { id: "asc" } }))
          : rnd.pick(await db.movement.findMany({ where: { summitId }, orderBy: { id: "asc" } }));
        const start = subject.startsAt;
        await db.agencyTask.create({
          data: {
            agencyId: rnd.pick(agencies).id, type: rnd.pick(["ESCORT", "SECURITY_PERIMETER", "ROAD_CLOSURE"] as const),
            ...(onItem ? { itemId: subject.id } : { movementId: subject.id }),
            startsAt: shift(start, -rnd.int(0, 60)), endsAt: shift(start, rnd.int(0, 120)),
          },
        });
      },
      moveOrRemoveTask: async () => {
        const task = rnd.pick(await db.agencyTask.findMany({ where: { agency: { summitId } }, orderBy: { id: "asc" } }));
        if (rnd.int(0, 2) === 0) await db.agencyTask.delete({ where: { id: task.id } });
        else await db.agencyTask.update({ where: { id: task.id }, data: { startsAt: shift(task.startsAt, 30), endsAt: shift(task.endsAt, 30) } });
      },
    };
    const names = Object.keys(writes);
    const partial: string[] = [];
    for (let step = 0; step < 60; step++) {
      const name = rnd.pick(names);
      // A write the database refuses (a confirmed room booked twice, a task ending before it
      // starts) writes nothing; the store must still be right after it.
      await writes[name]().catch((e: unknown) => {
        if (!(e instanceof Prisma.PrismaClientKnownRequestError) || !/23P01|23514|23505|23503/.test(e.message)) throw e;
      });
      const outcome = await refreshStoredConflicts(db, summitId);
      if (outcome.kind === "part") partial.push(name);
      await expectStoreEqualsWholeCheck(`step ${step}: ${name}`);
    }
    // Writes to events with arrivals in protocol order are checked whole; the rest in part.
    expect(partial.length).toBeGreaterThan(40);
  }, 240_000);
});
