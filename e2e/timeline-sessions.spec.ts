// Sessions of a side event stand on the timeline in their event's lane, not in a "No space" lane,
// and moving one within that lane keeps it taking place wherever the event does. The session moved
// is a copy's, in a summit of the test's own (./own-summit.ts).
import { expect } from "@playwright/test";
import { sql } from "./db";
import { test } from "./fixtures";

test("a session sits in its event's lane and keeps no space of its own when moved there", async ({ ownSummit }) => {
  const session = await ownSummit.item("Closing by the Deputy Secretary General");
  const page = await ownSummit.pageAs("planner");
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto("/timeline/2025-06-25");
  // Items without a space may stand on this day in a "No space" lane; the session is never among them.
  await expect(page.getByRole("row", { name: /^No space/ }).getByRole("gridcell", { name: /^Closing by the Deputy Secretary General/ })).toHaveCount(0);

  const lane = page.getByRole("row", { name: "Forum Hall, World Forum" });
  const item = lane.getByRole("gridcell", { name: /^Closing by the Deputy Secretary General, 17:00–\d\d:\d\d, Forum Hall, World Forum, session of NATO Public Forum — day 2 \(in its space\)/ });
  await expect(item).toBeVisible();
  const [before] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "ProgrammeItem" WHERE id = $1`, [session]);

  // Keyboard move: M picks it up, five minutes later, same lane, Enter saves.
  await item.focus();
  await page.keyboard.press("m");
  await page.keyboard.press("ArrowRight");
  const status = page.getByRole("status", { name: "Move" });
  await expect(status).toContainText("Move Closing by the Deputy Secretary General to 17:05–");
  await page.keyboard.press("Enter");
  await expect(lane.getByRole("gridcell", { name: /^Closing by the Deputy Secretary General, 17:05–/ })).toBeVisible();

  const [after] = await sql<{ startsAt: Date; spaceId: string | null }>(`SELECT "startsAt", "spaceId" FROM "ProgrammeItem" WHERE id = $1`, [session]);
  expect(after.startsAt.getTime() - before.startsAt.getTime()).toBe(5 * 60_000);
  expect(after.spaceId).toBeNull();
});
