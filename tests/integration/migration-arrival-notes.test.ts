// The data migration that takes the order out of older arrival motorcades' route notes: a note
// "Arrival N of M at …" on a motorcade a sequence holds becomes "Arrival at …"; any other
// movement's note is left as it was. The migration's own SQL runs on the seeded demo.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed-demo";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261225090000_arrival_notes_without_order/migration.sql");

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
}, 120_000);
afterAll(() => db.$disconnect());

describe("arrival notes without the order", () => {
  it("rewrites only the notes of sequences' motorcades that name a place in the order", async () => {
    const slot = await db.arrivalSlot.findFirstOrThrow({ where: { movementId: { not: null } }, select: { movementId: true } });
    const other = await db.movement.findFirstOrThrow({ where: { arrivalSlot: { is: null } }, select: { id: true } });
    await db.movement.update({ where: { id: slot.movementId! }, data: { routeNote: "Arrival 7 of 39 at Palace forecourt, Huis ten Bosch" } });
    await db.movement.update({ where: { id: other.id }, data: { routeNote: "Arrival 1 of 2 at the hotel's side door" } });

    await db.$executeRawUnsafe(fs.readFileSync(MIGRATION, "utf8"));

    const after = await db.movement.findMany({ where: { id: { in: [slot.movementId!, other.id] } }, select: { id: true, routeNote: true } });
    const note = new Map(after.map((m) => [m.id, m.routeNote]));
    expect(note.get(slot.movementId!)).toBe("Arrival at Palace forecourt, Huis ten Bosch");
    expect(note.get(other.id)).toBe("Arrival 1 of 2 at the hotel's side door");
  });
});
