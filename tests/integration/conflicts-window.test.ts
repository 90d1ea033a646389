// A day's conflict markers are computed from that day's neighbourhood only (items, movements and
// tasks inside the window); they must be exactly the whole-summit check's conflicts for that day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conflictsForSummit, conflictsOfDay } from "@/lib/conflicts/queries";
import { loadCoverageData } from "@/lib/snapshot/queries";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { dayBounds, daysBetween, isoDayOfDateColumn } from "@/lib/time";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let summit: { id: string; timeZone: string; days: string[] };

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  const row = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  summit = { id: row.id, timeZone: row.timeZone, days: daysBetween(isoDayOfDateColumn(row.startDate), isoDayOfDateColumn(row.endDate)) };
  // Open some coverage gaps on both days: escorts of transfers and a perimeter of an item.
  const escorts = await db.agencyTask.findMany({ where: { type: "ESCORT", movementId: { not: null } }, select: { id: true }, orderBy: { id: "asc" } });
  const perimeters = await db.agencyTask.findMany({ where: { type: "SECURITY_PERIMETER", itemId: { not: null } }, select: { id: true }, orderBy: { id: "asc" } });
  const drop = [...escorts.filter((_, i) => i % 5 === 0), ...perimeters.slice(0, 2)].map((t) => t.id);
  await db.agencyTask.deleteMany({ where: { id: { in: drop } } });
}, 120_000);
afterAll(() => db.$disconnect());

describe("conflicts of a day", () => {
  it("equal the whole summit's conflicts that involve the day's items, coverage gaps included", async () => {
    const all = await conflictsForSummit(db, summit.id);
    expect(all.some((c) => c.type === "MISSING_COVERAGE")).toBe(true);
    const items = await db.programmeItem.findMany({ where: { summitId: summit.id }, select: { id: true, startsAt: true, endsAt: true } });
    for (const day of summit.days) {
      const bounds = dayBounds(day, summit.timeZone);
      const ofDay = new Set(items.filter((i) => i.startsAt < bounds.endsAt && i.endsAt > bounds.startsAt).map((i) => i.id));
      const expected = all.filter((c) => c.itemIds.some((id) => ofDay.has(id)));
      const actual = await conflictsOfDay(db, summit.id, bounds);
      expect(actual.map((c) => c.id).sort(), day).toEqual(expected.map((c) => c.id).sort());
      expect(new Map(actual.map((c) => [c.id, c.message]))).toEqual(new Map(expected.map((c) => [c.id, c.message])));
    }
  });

  it("reads only the movements and tasks inside the window", async () => {
    const whole = await loadCoverageData(db, summit.id);
    const first = dayBounds(summit.days[0], summit.timeZone);
    // The afternoon of the first day: arrivals and transfers, but not the whole summit's.
    const window = { startsAt: new Date(first.startsAt.getTime() + 12 * 3_600_000), endsAt: new Date(first.startsAt.getTime() + 18 * 3_600_000) };
    const part = await loadCoverageData(db, summit.id, { window });
    expect(part.movements.length).toBeGreaterThan(0);
    expect(part.movements.length).toBeLessThan(whole.movements.length);
    expect(part.tasks.length).toBeLessThan(whole.tasks.length);
    for (const m of part.movements) {
      expect(m.startsAt < window.endsAt && (m.endsAt ?? m.startsAt) >= window.startsAt).toBe(true);
    }
    const movementIds = new Set(part.movements.map((m) => m.id));
    const itemIds = new Set(
      (await db.programmeItem.findMany({ where: { summitId: summit.id, startsAt: { lt: window.endsAt }, endsAt: { gt: window.startsAt } }, select: { id: true } })).map((i) => i.id),
    );
    for (const t of part.tasks) expect((t.itemId && itemIds.has(t.itemId)) || (t.movementId && movementIds.has(t.movementId))).toBeTruthy();
  });
});
