// couldSee is visibleItemsWhere as a pure function, for items as they were (audit states): the
// calendar's cancellations of vanished items and the liaisons' change list decide with it what a
// reader saw. On items of every status, visibility, participation (whole delegation or one member)
// and agency task, each kind of reader must get exactly the items visibleItemsWhere gives them,
// whether couldSee reads the row or the item's audit state (lib/programme/audit-state.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { snapshotVisibleTo } from "@/lib/itinerary/snapshot-visibility";
import { loadItemAuditState } from "@/lib/programme/audit-state";
import { couldSee, visibleItemsWhere } from "@/lib/programme/policy";
import { buildScopeFixture, DAY } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let readers: Record<string, Actor>;
let memberDelegations: Map<string, string>;

const STATUSES = ["DRAFT", "CONFIRMED", "CANCELLED"] as const;
const VISIBILITIES = ["PUBLIC", "ALL_DELEGATIONS", "PARTICIPANTS", "STAFF"] as const;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  const { a, b } = fx.delegations;
  const memberA = await db.member.create({ data: { delegationId: a.id, title: "Foreign Minister of A", function: "FOREIGN_MINISTER" } });
  const memberB = await db.member.create({ data: { delegationId: b.id, title: "Foreign Minister of B", function: "FOREIGN_MINISTER" } });
  memberDelegations = new Map([[memberA.id, a.id], [memberB.id, b.id]]);
  const whole = (delegationId: string) => ({ delegationId });
  const through = (m: { id: string; delegationId: string }) => ({ delegationId: m.delegationId, memberId: m.id });
  const parties = [[], [whole(a.id)], [through(memberA)], [through(memberB)], [whole(b.id), through(memberA)]];
  let minute = 0;
  for (const status of STATUSES) {
    for (const visibility of VISIBILITIES) {
      for (const participations of parties) {
        const startsAt = new Date(Date.parse(`${DAY}T05:00:00Z`) + minute++ * 60_000);
        const item = await db.programmeItem.create({
          data: {
            summitId: fx.summit.id, kind: "PLENARY", status, visibility, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000),
            title: `${status} ${visibility} ${minute}`, participations: { create: participations },
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

async function rows() {
  return db.programmeItem.findMany({
    where: { summitId: fx.summit.id },
    select: { id: true, status: true, visibility: true, participations: { select: { delegationId: true } }, tasks: { select: { agencyId: true } } },
  });
}

async function idsByPrisma(actor: Actor) {
  const found = await db.programmeItem.findMany({ where: { AND: [visibleItemsWhere(actor), { summitId: fx.summit.id }] }, select: { id: true } });
  return found.map((r) => r.id).sort();
}

describe("couldSee", () => {
  it("admits exactly the rows visibleItemsWhere selects, for every kind of reader", async () => {
    const all = await rows();
    const seen: Record<string, number> = {};
    for (const [name, actor] of Object.entries(readers)) {
      const expected = await idsByPrisma(actor);
      const byRule = all
        .filter((row) =>
          couldSee(actor, {
            status: row.status,
            visibility: row.visibility,
            delegationIds: row.participations.map((p) => p.delegationId),
            agencyIds: row.tasks.map((t) => t.agencyId),
          }),
        )
        .map((row) => row.id)
        .sort();
      expect(byRule, name).toEqual(expected);
      seen[name] = expected.length;
    }
    // The readers see different, non-trivial parts of the programme, so the comparison means something.
    expect(seen.planner).toBe(all.length);
    for (const name of ["liaisonA", "liaisonOfBoth", "liaisonOfNone", "police", "agencyWithoutAgency", "viewer"]) {
      expect(seen[name], name).toBeGreaterThan(0);
      expect(seen[name], name).toBeLessThan(all.length);
    }
    expect(seen.liaisonOfBoth).toBeGreaterThan(seen.liaisonA);
    expect(seen.liaisonA).toBeGreaterThan(seen.liaisonOfNone);
    expect(seen.police).toBeGreaterThan(seen.agencyWithoutAgency);
  });

  it("admits exactly the same items when it reads their audit states (members resolved to their delegations)", async () => {
    const all = await rows();
    const states = await Promise.all(all.map(async (row) => ({ row, state: (await loadItemAuditState(db, row.id))!.state })));
    // The audit state names member participations by member: they must count for the member's delegation.
    expect(states.some(({ state }) => state.memberIds.length > 0 && state.delegationIds.length === 0)).toBe(true);
    for (const [name, actor] of Object.entries(readers)) {
      const byState = states
        .filter(({ row, state }) => snapshotVisibleTo(state, { actor, memberDelegations }, row.tasks.map((t) => t.agencyId)))
        .map(({ row }) => row.id)
        .sort();
      expect(byState, name).toEqual(await idsByPrisma(actor));
    }
  });
});
