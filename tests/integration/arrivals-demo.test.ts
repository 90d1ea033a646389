// The demo's arrivals: the royal dinner and the Council day's family photo have sequences for
// the attending heads, in the order of precedence, whose motorcades are the demo's own transfers
// retimed (none doubled) with their escort tasks; exactly one deliberate clash is left to resolve.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conflictsForSummit } from "@/lib/conflicts/queries";
import { seedDemo } from "@/lib/demo/seed-demo";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const SUMMIT = "demo-summit-nato-2025";

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
}, 120_000);
afterAll(() => db.$disconnect());

describe("demo arrivals", () => {
  it("generates both sequences from precedence, most senior last, motorcades linked", async () => {
    const sequences = await db.arrivalSequence.findMany({
      where: { summitId: SUMMIT },
      select: { itemId: true, slots: { select: { position: true, offsetMinutes: true, movementId: true, delegation: { select: { code: true } } }, orderBy: { position: "asc" } } },
      orderBy: { itemId: "asc" },
    });
    expect(sequences.map((s) => [s.itemId, s.slots.length])).toEqual([["demo-item-family-photo", 33], ["demo-item-royal-dinner", 39]]);
    const dinner = sequences[1].slots;
    // Partners and organisations first (after the allies in precedence), the heads of state last (Bulgaria first among them by name).
    expect(dinner.at(-1)!.delegation.code).toBe("BG");
    expect(dinner.filter((s) => s.movementId === null).map((s) => s.delegation.code).sort()).toEqual(["NL", "UA"]);
    // Every motorcade is a transfer to the item, and no party rides twice.
    const movements = await db.movement.findMany({ where: { summitId: SUMMIT, toItemId: "demo-item-royal-dinner" }, select: { id: true, arrivalSlot: { select: { id: true } } } });
    expect(movements.every((m) => m.arrivalSlot !== null)).toBe(true);
  });

  it("leaves exactly one arrival clash to resolve", async () => {
    const arrivals = (await conflictsForSummit(db, SUMMIT)).filter((c) => c.type === "ARRIVAL_SEQUENCE");
    expect(arrivals.map((c) => c.message)).toEqual([expect.stringMatching(/arrive at Main entrance 0 minutes apart; it needs 1$/)]);
  });
});
