// Two planners at once: the optimistic version and the exclusion constraint must each let exactly
// one writer through and tell the others why, with nothing half-written.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { ConstraintError, StaleVersionError } from "@/lib/errors";
import { createItem, updateItem } from "@/lib/programme/mutations";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { at, buildEditingFixture, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;
const N = 8;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
});
beforeEach(async () => {
  await db.programmeItem.deleteMany({ where: { summitId: fx.summit.id } });
});
afterAll(() => db.$disconnect());

function outcome(results: PromiseSettledResult<unknown>[]) {
  return {
    fulfilled: results.filter((r) => r.status === "fulfilled").length,
    errors: results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : [])),
  };
}

describe("concurrent edits", () => {
  it("two planners saving the same version: one wins, the other is refused and nothing is overwritten", async () => {
    const created = await createItem(db, fx.planners.anna, fx.input({ title: "Original" }));
    const results = await Promise.allSettled([
      updateItem(db, fx.planners.anna, { ...fx.input({ title: "Anna's edit" }), id: created.id, version: 1 }),
      updateItem(db, fx.planners.ben, { ...fx.input({ title: "Ben's edit" }), id: created.id, version: 1 }),
    ]);
    const { fulfilled, errors } = outcome(results);
    expect(fulfilled).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StaleVersionError);
    const winner = results[0].status === "fulfilled" ? fx.planners.anna : fx.planners.ben;
    expect(errors[0].message).toMatch(new RegExp(`^Changed by ${winner.name} at \\d{2}:\\d{2}`));
    const row = await db.programmeItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe(winner === fx.planners.anna ? "Anna's edit" : "Ben's edit");
    expect(row.version).toBe(2);
    expect(await db.auditEntry.count({ where: { entityId: created.id, action: "update" } })).toBe(1);
  });

  it(`${N} planners confirming overlapping drafts in one space: exactly one succeeds, the rest are told who holds it`, async () => {
    const drafts = [];
    for (let i = 0; i < N; i++) {
      drafts.push(await createItem(db, fx.planners.anna, fx.input({ title: `Meeting ${i}`, startsAt: at(`10:${String(i * 5).padStart(2, "0")}`), endsAt: at("12:00") })));
    }
    const results = await Promise.allSettled(
      drafts.map((draft, i) =>
        updateItem(db, i % 2 ? fx.planners.ben : fx.planners.anna, {
          ...fx.input({ title: `Meeting ${i}`, status: "CONFIRMED", startsAt: at(`10:${String(i * 5).padStart(2, "0")}`), endsAt: at("12:00") }),
          id: draft.id,
          version: draft.version,
        }),
      ),
    );
    const { fulfilled, errors } = outcome(results);
    expect(fulfilled).toBe(1);
    const confirmed = await db.programmeItem.findMany({ where: { spaceId: fx.spaces.plenary.id, status: "CONFIRMED" }, select: { title: true, startsAt: true } });
    expect(confirmed).toHaveLength(1);
    const winner = confirmed[0].title;
    expect(errors).toHaveLength(N - 1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ConstraintError);
      expect(error.message).toMatch(new RegExp(`^World Forum Plenary Hall is already booked by '${winner}' \\d{2}:\\d{2}–12:00$`));
    }
    // The losers stay drafts at their old version; only the winner was audited.
    expect(await db.programmeItem.count({ where: { summitId: fx.summit.id, status: "DRAFT", version: 1 } })).toBe(N - 1);
    expect(await db.auditEntry.count({ where: { action: "update", entityId: { in: drafts.map((d) => d.id) } } })).toBe(1);
  });

  it(`${N} planners creating confirmed overlapping items at once: exactly one row is written`, async () => {
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        createItem(db, fx.planners.ben, fx.input({ title: `Booking ${i}`, status: "CONFIRMED", spaceId: fx.spaces.salon.id, startsAt: at("15:00"), endsAt: at("16:00") })),
      ),
    );
    const { fulfilled, errors } = outcome(results);
    expect(fulfilled).toBe(1);
    const rows = await db.programmeItem.findMany({ where: { spaceId: fx.spaces.salon.id }, select: { title: true } });
    expect(rows).toHaveLength(1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ConstraintError);
      expect(error.message).toBe(`Huis ten Bosch Orange Salon is already booked by '${rows[0].title}' 15:00–16:00`);
    }
  });

  // PGlite serves every connection from one backend session, where advisory locks are re-entrant,
  // so the queueing is observable only on PostgreSQL (CI and TEST_DATABASE_URL runs). The embedded
  // mode has a single connection, which serialises writes anyway.
  it.runIf(!inject("embedded"))("programme writes of one summit, in any space, queue behind the summit write lock that bilateral confirmations take", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    let signalLocked = () => {};
    const locked = new Promise<void>((resolve) => { signalLocked = resolve; });
    const holder = db.$transaction(async (tx) => {
      await lockSummitWrites(tx, fx.summit.id);
      signalLocked();
      await held;
    }, { timeout: 20_000 });
    await locked;
    let written = false;
    const write = createItem(db, fx.planners.ben, fx.input({ title: "Waits", status: "CONFIRMED", spaceId: fx.spaces.salon.id }))
      .then(() => { written = true; });
    // Another summit's writes do not wait.
    await createItem(db, fx.planners.ben, { ...fx.input({ title: "Elsewhere" }), summitId: fx.other.summit.id, spaceId: fx.other.space.id });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written).toBe(false);
    release();
    await holder;
    await write;
    expect(written).toBe(true);
  });
});
