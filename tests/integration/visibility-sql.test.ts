// visibleItemsSql (the itinerary's hand-written reads) and visibleItemsWhere (every Prisma read)
// are one rule written twice: on items of every status, visibility and participation, each
// kind of reader must get exactly the same items from both. And readsItemInFull, which decides
// per row what an agency reads of an item behind its task, agrees with the same rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { readsItemInFull, visibleItemsSql, visibleItemsWhere } from "@/lib/programme/policy";
import { buildScopeFixture, DAY } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let readers: Record<string, Actor>;

const STATUSES = ["DRAFT", "CONFIRMED", "CANCELLED"] as const;
const VISIBILITIES = ["PUBLIC", "ALL_DELEGATIONS", "PARTICIPANTS", "STAFF"] as const;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  const { a, b } = fx.delegations;
  const parties = [[], [a.id], [b.id], [a.id, b.id]];
  let minute = 0;
  for (const status of STATUSES) {
    for (const visibility of VISIBILITIES) {
      for (const delegations of parties) {
        const startsAt = new Date(Date.parse(`${DAY}T06:00:00Z`) + minute++ * 60_000);
        const item = await db.programmeItem.create({
          data: {
            summitId: fx.summit.id, kind: "PLENARY", status, visibility, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000),
            title: `${status} ${visibility} ${delegations.length}`,
            participations: { create: delegations.map((delegationId) => ({ delegationId })) },
          },
        });
        // Every other item is behind a police task, so the agency rule meets both cases.
        if (minute % 2 === 0) await db.agencyTask.create({ data: { agencyId: fx.agencies.police.id, itemId: item.id, type: "ESCORT", startsAt, endsAt: item.endsAt } });
      }
    }
  }
  const { actors } = fx;
  readers = {
    ...actors,
    admin: { ...actors.planner, role: "ADMIN" },
    liaisonOfBoth: { ...actors.liaisonA, delegationIds: [a.id, b.id] },
    liaisonOfNone: { ...actors.liaisonA, delegationIds: [] },
    agencyWithoutAgency: { ...actors.police, agencyId: null },
  };
});
afterAll(() => db.$disconnect());

async function idsByPrisma(actor: Actor) {
  const rows = await db.programmeItem.findMany({ where: { AND: [visibleItemsWhere(actor), { summitId: fx.summit.id }] }, select: { id: true } });
  return rows.map((r) => r.id).sort();
}

async function idsBySql(actor: Actor) {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT i.id FROM "ProgrammeItem" i WHERE i."summitId" = ${fx.summit.id} AND ${visibleItemsSql(actor)}`;
  return rows.map((r) => r.id).sort();
}

describe("visibleItemsSql", () => {
  it("selects the same items as visibleItemsWhere for every kind of reader", async () => {
    const all = (await db.programmeItem.findMany({ where: { summitId: fx.summit.id }, select: { id: true } })).length;
    const seen: Record<string, number> = {};
    for (const [name, actor] of Object.entries(readers)) {
      const expected = await idsByPrisma(actor);
      expect(await idsBySql(actor), name).toEqual(expected);
      seen[name] = expected.length;
    }
    // The readers see different, non-trivial parts of the programme, so the comparison means something.
    expect(seen.planner).toBe(all);
    for (const name of ["liaisonA", "liaisonOfBoth", "liaisonOfNone", "police", "agencyWithoutAgency", "viewer"]) {
      expect(seen[name], name).toBeGreaterThan(0);
      expect(seen[name], name).toBeLessThan(all);
    }
    expect(seen.liaisonOfBoth).toBeGreaterThan(seen.liaisonA);
    expect(seen.liaisonA).toBeGreaterThan(seen.liaisonOfNone);
    expect(seen.police).toBeGreaterThan(seen.agencyWithoutAgency);
  });
});

describe("readsItemInFull", () => {
  it("gives every reader in full exactly what they could see without an agency's tasks", async () => {
    let restricted = 0;
    for (const [name, actor] of Object.entries(readers)) {
      const rows = await db.programmeItem.findMany({
        where: { AND: [visibleItemsWhere(actor), { summitId: fx.summit.id }] },
        select: { id: true, status: true, visibility: true },
      });
      const inFull = rows.filter((row) => readsItemInFull(actor, row)).map((row) => row.id).sort();
      // The same reader without an agency: no task admits anything.
      expect(inFull, name).toEqual(await idsByPrisma({ ...actor, agencyId: null }));
      restricted += rows.length - inFull.length;
    }
    // The police's task items they could not otherwise see: staff-only, for delegations or participants.
    expect(restricted).toBeGreaterThan(0);
  });
});
