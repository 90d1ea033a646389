// The timeline's hours come from the summit's programme (any summit, any zone), the same on every
// day: the earliest local start and the latest local end of all its items, on real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTimelineDay } from "@/lib/programme/timeline";
import { at, buildEditingFixture, DAY, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
});
afterAll(() => db.$disconnect());

const item = (summitId: string, title: string, startsAt: Date, endsAt: Date) =>
  db.programmeItem.create({ data: { summitId, kind: "PLENARY", title, startsAt, endsAt } });

describe("getTimelineDay's span", () => {
  it("is null for a summit without items (another summit's items do not count)", async () => {
    expect((await getTimelineDay(db, fx.summit, DAY)).span).toBeNull();
  });

  it("runs from the earliest local start to the latest local end of any day, on every day", async () => {
    await item(fx.summit.id, "Council", at("10:00"), at("11:00"));
    await item(fx.summit.id, "Breakfast", at("08:30", "2025-06-25"), at("09:00", "2025-06-25"));
    await item(fx.summit.id, "Reception", at("21:00", "2025-06-25"), at("22:45", "2025-06-25"));
    const first = await getTimelineDay(db, fx.summit, DAY);
    const second = await getTimelineDay(db, fx.summit, "2025-06-25");
    expect(first.span).toEqual({ start: 8 * 60 + 30, end: 22 * 60 + 45 });
    expect(second.span).toEqual(first.span);
    // The first day has only the council, yet shows the summit's hours.
    expect(first.items.map((i) => i.title)).toEqual(["Council"]);
  });

  it("ends at midnight when an item runs into the next day", async () => {
    await item(fx.summit.id, "Late dinner", at("23:00", "2025-06-25"), at("01:00", "2025-06-26"));
    expect((await getTimelineDay(db, fx.summit, DAY)).span).toEqual({ start: 510, end: 1440 });
  });

  it("counts local hours in the summit's zone, and places them on a 23-hour day as they fall", async () => {
    const summit = await db.summit.create({
      data: { slug: "spring", name: "Spring Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-03-30"), endDate: new Date("2025-03-31") },
    });
    // 09:00–17:00 in Amsterdam (UTC+2 from 30 March, 03:00).
    await item(summit.id, "Plenary", new Date("2025-03-31T07:00:00Z"), new Date("2025-03-31T15:00:00Z"));
    const normal = await getTimelineDay(db, summit, "2025-03-31");
    expect(normal.span).toEqual({ start: 9 * 60, end: 17 * 60 });
    // On the day the clocks go forward, 09:00 is eight hours after midnight.
    const short = await getTimelineDay(db, summit, "2025-03-30");
    expect(short.dayMinutes).toBe(23 * 60);
    expect(short.span).toEqual({ start: 8 * 60, end: 16 * 60 });

    const tokyo = await db.summit.create({
      data: { slug: "tokyo", name: "Tokyo Summit", host: "Test", timeZone: "Asia/Tokyo", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-24") },
    });
    // 07:30–08:00 UTC is 16:30–17:00 in Tokyo.
    await item(tokyo.id, "Press", new Date("2025-06-24T07:30:00Z"), new Date("2025-06-24T08:00:00Z"));
    expect((await getTimelineDay(db, tokyo, "2025-06-24")).span).toEqual({ start: 16 * 60 + 30, end: 17 * 60 });
  });
});
