// Dragging an item to the edge of the timeline scrolls it, and the item keeps following the
// pointer through the scrolled part of the day: a move longer than the screen is one drag. The item
// is created in a copy of the demo summit of its own (./own-summit.ts).
import { expect } from "@playwright/test";
import { test } from "./fixtures";

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

test("dragging an item against the timeline's left edge scrolls back through the day", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs("planner");
  await page.goto("/programme/items/new?day=2025-06-25");
  const form = page.getByRole("form", { name: "New item" });
  await form.getByLabel("Title").fill("Scroll me");
  await form.getByLabel("Start").fill("21:00");
  await form.getByLabel("End", { exact: true }).fill("21:30");
  await form.getByLabel("Space").selectOption({ label: "World Forum · Bilateral Room 3 (20)" });
  await form.getByRole("button", { name: "Create item" }).click();
  await expect(page).toHaveURL(/\/edit\?saved=1$/);

  await page.setViewportSize({ width: 900, height: 2400 });
  // Half hours: 2 px a minute, so the day is wider than the window.
  await page.goto("/timeline/2025-06-25?zoom=half-hour");
  const timeline = page.getByRole("region", { name: "Timeline" });
  const item = page.getByRole("gridcell", { name: /^Scroll me, 21:00–21:30, Bilateral Room 3, World Forum/ });
  await item.scrollIntoViewIfNeeded();
  const scrollLeft = () => timeline.evaluate((el) => el.scrollLeft);
  const before = await scrollLeft();
  expect(before).toBeGreaterThan(0);

  const box = (await item.boundingBox())!;
  const edge = (await timeline.boundingBox())!.x + 4;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 5, y);
  await page.mouse.down();
  await page.mouse.move(box.x - 20, y);
  await page.mouse.move(edge, y, { steps: 5 });
  // Held at the edge, the timeline scrolls by itself. Wait for well over the 200 px (100 minutes)
  // asserted below: the move follows the scroll in 5-minute steps, so stopping right at 200 px
  // could round to exactly 100 minutes.
  await expect.poll(scrollLeft).toBeLessThan(before - 300);
  await page.mouse.up();

  // Without scrolling, the pointer's travel alone (2 px a minute) would have moved the item this far.
  const pointerOnly = minutes("21:00") + Math.round((edge - (box.x + 5)) / 2 / 5) * 5;
  const status = page.getByRole("status", { name: "Move" });
  await expect(status).toContainText("Move Scroll me to ");
  const proposed = /Move Scroll me to (\d\d:\d\d)–/.exec((await status.textContent()) ?? "")![1];
  expect(minutes(proposed)).toBeLessThan(pointerOnly - 100);
  await page.getByRole("button", { name: "Cancel move" }).click();
  await expect(page.getByRole("gridcell", { name: /^Scroll me, 21:00–21:30/ })).toBeVisible();
});
