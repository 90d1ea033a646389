// The conflicts page on the demo data: filtered by a delegation it lists only conflicts affecting
// that delegation. Iceland's and Montenegro's escort gaps (deliberate in the demo) sit on the
// royal dinner, which Japan attends too: they are Iceland's and Montenegro's, not Japan's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterConflicts } from "@/lib/conflicts/filters";
import { summitConflictReport } from "@/lib/conflicts/queries";
import { conflictTriage } from "@/lib/conflicts/triage";
import { delegationId, movementId } from "@/lib/demo/ids";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const JAPAN = delegationId("JP");
const ICELAND = delegationId("IS");
const MONTENEGRO = delegationId("ME");
let summit: { id: string; timeZone: string };

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  const row = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  summit = { id: row.id, timeZone: row.timeZone };
}, 120_000);
afterAll(() => db.$disconnect());

/** The delegations taking part in the items, whole or through a named member. */
async function participants(itemIds: string[]): Promise<Set<string>> {
  const rows = await db.participation.findMany({
    where: { itemId: { in: itemIds } },
    select: { delegationId: true },
  });
  return new Set(rows.map((p) => p.delegationId));
}

describe("the conflicts page's delegation filter on the demo summit", () => {
  it("does not list Iceland's and Montenegro's escort gaps on the royal dinner under Japan", async () => {
    const { snapshot, conflicts } = await summitConflictReport(db, summit.id);
    const gaps = conflicts.filter((c) => c.type === "MISSING_COVERAGE" && (c.delegationId === ICELAND || c.delegationId === MONTENEGRO));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    // Japan does attend the item these gaps are on.
    for (const gap of gaps) expect(await participants(gap.itemIds)).toContain(JAPAN);

    const japan = filterConflicts(snapshot, conflicts, { delegation: JAPAN });
    expect(japan.filter((c) => c.delegationId !== undefined && c.delegationId !== JAPAN)).toEqual([]);
    expect(japan.map((c) => c.id)).not.toEqual(expect.arrayContaining([gaps[0].id]));

    const iceland = filterConflicts(snapshot, conflicts, { delegation: ICELAND }).map((c) => c.id);
    expect(iceland).toEqual(expect.arrayContaining(gaps.filter((g) => g.delegationId === ICELAND).map((g) => g.id)));
  });

  it("returns for every delegation exactly the conflicts naming it, and those without a subject it takes part in", async () => {
    const { snapshot, conflicts } = await summitConflictReport(db, summit.id);
    const members = new Map((await db.member.findMany({ select: { id: true, delegationId: true } })).map((m) => [m.id, m.delegationId]));
    const movements = new Map((await db.movement.findMany({ select: { id: true, delegationId: true } })).map((m) => [m.id, m.delegationId]));
    const subjectOf = (c: (typeof conflicts)[number]) => c.delegationId ?? (c.memberId ? members.get(c.memberId) : undefined);
    // Without a person or delegation: the delegations of the movements it names, else of its items.
    const participantsOf = new Map<string, Set<string>>();
    for (const c of conflicts) {
      if (subjectOf(c) !== undefined) continue;
      const movementIds = c.movementIds ?? [];
      participantsOf.set(c.id, movementIds.length ? new Set(movementIds.map((id) => movements.get(id)!)) : await participants(c.itemIds));
    }
    for (const d of snapshot.delegations) {
      const expected = conflicts
        .filter((c) => {
          const subject = subjectOf(c);
          return subject !== undefined ? subject === d.id : participantsOf.get(c.id)?.has(d.id);
        })
        .map((c) => c.id)
        .sort();
      const actual = filterConflicts(snapshot, conflicts, { delegation: d.id }).map((c) => c.id).sort();
      expect(actual, d.name).toEqual(expected);
    }
  });

  it("links Iceland's escort gap to the task to add, the transfer and the dinner on the timeline", async () => {
    const all = { tasks: true, movements: true, bilaterals: true, timeline: true };
    const { rows } = await conflictTriage(db, summit, { delegation: ICELAND, kind: "MISSING_COVERAGE" }, all);
    const gap = rows.find((r) => r.movements.some((m) => m.id === movementId("IS", "to-palace")));
    expect(gap).toBeDefined();
    expect(gap!.affected).toEqual(["Iceland"]);
    expect(gap!.fixes.map((f) => f.href)).toEqual([
      `/tasks/items/new?day=2025-06-24&subject=${encodeURIComponent(`movement:${movementId("IS", "to-palace")}`)}&type=ESCORT`,
      `/movements/items/${movementId("IS", "to-palace")}/edit`,
      "/timeline/2025-06-24?highlight=demo-item-royal-dinner",
    ]);
    expect(rows.every((r) => r.delegationIds.includes(ICELAND) && r.type === "MISSING_COVERAGE")).toBe(true);
  });
});

describe("the conflicts page's reads", () => {
  it("describes every conflict as the whole summit's snapshot would, reading only what the conflicts name", async () => {
    const may = { timeline: true, movements: true, tasks: true, bilaterals: true };
    const triage = await conflictTriage(db, summit, {}, may);
    const { snapshot, conflicts } = await summitConflictReport(db, summit.id);
    const movements = await db.movement.findMany({
      where: { summitId: summit.id },
      select: { id: true, kind: true, delegationId: true, startsAt: true, endsAt: true, fromVenueId: true, toVenueId: true },
    });
    expect(triage.total).toBe(conflicts.length);
    const strip = <Row extends object>(rows: Row[]) => rows.map((row) => ({ ...row, fixes: undefined }));
    expect(strip(triage.rows)).toEqual(strip(filterConflicts(snapshot, conflicts, {}, movements)));
    expect(triage.snapshot.items.length).toBeLessThan(snapshot.items.length);
    expect(triage.snapshot.delegations).toEqual(snapshot.delegations);
    expect(triage.snapshot.venues).toEqual(snapshot.venues);
  });
});
