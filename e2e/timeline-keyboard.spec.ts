// The timeline at laptop width and by keyboard: two Tab presses from the top of the page to the
// grid (one tab stop), arrows to the royal dinner, M to pick it up, 30 minutes later, Enter saves;
// the whole day fits at the "whole day" zoom, the space column and the hour axis stay put while
// the timeline scrolls, the zoom is kept in the URL, the now line follows the (injected) clock. The
// tests that move the dinner or add items do so in a copy of their own (./own-summit.ts).
import { expect, type Page } from "@playwright/test";
import { sql } from "./db";
import { test } from "./fixtures";

const DAY = "2025-06-24";
const DINNER = "Royal dinner hosted by the King and Queen";
const DINNER_LANE = "Royal Dining Room, Huis ten Bosch";

/** The accessible name of the focused element (items are named by aria-label). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
  });
const focusedLane = (page: Page) => page.evaluate(() => document.activeElement?.closest("[role=row]")?.getAttribute("aria-label") ?? "");

/** From the top of the page, Tab by Tab (Enter on the skip links) until an item of the grid has the focus. */
async function tabToGrid(page: Page): Promise<number> {
  let tabs = 0;
  for (; tabs < 5; ) {
    await page.keyboard.press("Tab");
    tabs++;
    const role = await page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName ?? "");
    if (role === "gridcell") return tabs;
    // A skip link (to the content, to the timeline) is followed.
    if (await page.evaluate(() => document.activeElement?.getAttribute("href")?.startsWith("#") ?? false)) await page.keyboard.press("Enter");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("role"))) === "gridcell") return tabs;
  }
  return tabs + 1;
}

/** The focused item stands inside the timeline's visible box, clear of its sticky axis and space column, and above the sticky panel. */
async function expectFocusedItemInView(page: Page) {
  const box = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const item = el.getBoundingClientRect();
    const scroller = el.closest("[role=region]")!.getBoundingClientRect();
    const axis = el.closest("[role=grid]")!.querySelector("[aria-hidden=true]")!.getBoundingClientRect();
    const label = el.closest("[role=row]")!.querySelector("[role=rowheader]")!.getBoundingClientRect();
    const panel = document.querySelector("[data-timeline-panel]")!.getBoundingClientRect();
    return { item, scroller, axis, label, panel, height: window.innerHeight };
  });
  expect(box.item.top).toBeGreaterThanOrEqual(box.axis.bottom - 1);
  expect(box.item.left).toBeGreaterThanOrEqual(box.label.right - 1);
  expect(box.item.bottom).toBeLessThanOrEqual(Math.min(box.scroller.bottom, box.panel.top, box.height) + 1);
}

async function dinnerStart(id = "demo-item-royal-dinner"): Promise<Date> {
  const [row] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "ProgrammeItem" WHERE id = $1`, [id]);
  return row.startsAt;
}

/** Arrows only: down the lanes to the dinner's, then along it to the dinner. */
async function arrowToDinner(page: Page) {
  for (let i = 0; i < 60 && (await focusedLane(page)) !== DINNER_LANE; i++) await page.keyboard.press("ArrowDown");
  expect(await focusedLane(page)).toBe(DINNER_LANE);
  await page.keyboard.press("Home");
  for (let i = 0; i < 20 && !(await focusedName(page)).startsWith(DINNER); i++) await page.keyboard.press("ArrowRight");
  expect(await focusedName(page)).toMatch(new RegExp(`^${DINNER}, `));
}

/**
 * Enter saves the picked-up item. When the move leaves a hard conflict (the dinner's transfers
 * reach the palace forecourt together), it is confirmed with a written reason, by keyboard too:
 * Tab goes from the item to the reason, then to its button.
 */
async function saveByKeyboard(page: Page, title: string) {
  const status = page.getByRole("status", { name: "Move" });
  await page.keyboard.press("Enter");
  await expect(status).toContainText(new RegExp(`Moved ${title}\\.|hard conflict`), { timeout: 30_000 });
  if (!(await status.textContent())?.includes(`Moved ${title}.`)) {
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Reason to accept the hard conflict")).toBeFocused();
    await page.keyboard.type("Keyboard journey: the palace asked for a later dinner.");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Move with this reason" })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(status).toContainText(`Moved ${title}.`, { timeout: 30_000 });
}

test("keyboard only: Tab to the grid, arrows to the royal dinner, move it 30 minutes, save, and back", async ({ ownSummit }) => {
  // Two saves of the dinner, each moving its eighty transfers along: a long journey.
  test.slow();
  const dinnerId = await ownSummit.item(DINNER);
  const page = await ownSummit.pageAs("planner");
  await page.setViewportSize({ width: 1366, height: 900 });
  const before = await dinnerStart(dinnerId);
  await page.goto(`/timeline/${DAY}`);
  await expect(page.getByRole("grid", { name: /^Timeline of / })).toBeVisible();

  const tabs = await tabToGrid(page);
  expect(tabs).toBeLessThanOrEqual(5);
  // One tab stop: the grid's items but the focused one are out of the Tab order.
  expect(await page.locator("[role=gridcell][tabindex='0']").count()).toBe(1);

  await arrowToDinner(page);
  const dinner = page.getByRole("gridcell", { name: new RegExp(`^${DINNER}, 19:30–22:30, ${DINNER_LANE}`) });
  await expect(dinner).toBeFocused();
  await expect(dinner).toHaveAttribute("aria-selected", "true");
  await expectFocusedItemInView(page);

  // M picks it up; Shift+Right twice is 30 minutes later; Enter saves.
  await page.keyboard.press("m");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  const status = page.getByRole("status", { name: "Move" });
  await expect(status).toContainText(`Move ${DINNER} to 20:00–23:00, Royal Dining Room.`);
  // The preview has answered: the transfers to and from the palace move with it.
  await expect(status).toContainText(/moves? with it/, { timeout: 30_000 });
  await saveByKeyboard(page, DINNER);
  await expect(page.getByRole("gridcell", { name: new RegExp(`^${DINNER}, 20:00–23:00, ${DINNER_LANE}`) })).toBeFocused();
  expect((await dinnerStart(dinnerId)).getTime() - before.getTime()).toBe(30 * 60_000);

  // Persisted: after a reload it stands at 20:00.
  await page.reload();
  await expect(page.getByRole("gridcell", { name: new RegExp(`^${DINNER}, 20:00–23:00, ${DINNER_LANE}`) })).toBeVisible();

  // And back, the same way: Shift+Left moves earlier.
  expect(await tabToGrid(page)).toBeLessThanOrEqual(5);
  await arrowToDinner(page);
  await page.keyboard.press("m");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(status).toContainText(`Move ${DINNER} to 19:30–22:30, Royal Dining Room.`);
  await expect(status).toContainText(/moves? with it/, { timeout: 30_000 });
  await saveByKeyboard(page, DINNER);
  await expect(page.getByRole("gridcell", { name: new RegExp(`^${DINNER}, 19:30–22:30, ${DINNER_LANE}`) })).toBeVisible();
  expect((await dinnerStart(dinnerId)).getTime()).toBe(before.getTime());
});

test("Enter opens the focused item; Escape puts a picked-up item back", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/timeline/${DAY}?highlight=demo-item-royal-dinner`);
  expect(await tabToGrid(page)).toBeLessThanOrEqual(5);
  // The highlighted item is the grid's tab stop.
  expect(await focusedName(page)).toMatch(new RegExp(`^${DINNER}, 19:30–22:30`));
  await page.keyboard.press("m");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("status", { name: "Move" })).toContainText(`Move ${DINNER} to 19:35–22:35`);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status", { name: "Move" })).toHaveText("");
  // Not picked up any more: arrows go from item to item again, Enter opens.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/programme\/items\/demo-item-royal-dinner\/edit$/);
  expect((await dinnerStart()).toISOString()).toBe("2025-06-24T17:30:00.000Z");
});

test("07:00–24:00 fits at 1366 px; zoomed in, the space column and the hour axis stay in view; the zoom is kept in the URL", async ({ ownSummit }) => {
  // It adds two items: to a copy of the demo summit of its own (./own-summit.ts).
  const page = await ownSummit.pageAs("planner");
  await page.setViewportSize({ width: 1366, height: 900 });
  // The hours come from the summit's programme (the demo's runs 08:00–22:30): an early call and a
  // late watch on the next day stretch every day's timeline to 07:00–24:00.
  for (const [title, startsAt, endsAt] of [
    ["e2e-timeline-early", "2025-06-25T05:00:00Z", "2025-06-25T05:30:00Z"],
    ["e2e-timeline-late", "2025-06-25T21:30:00Z", "2025-06-25T22:00:00Z"],
  ]) {
    await sql(
      `INSERT INTO "ProgrammeItem" (id, "summitId", kind, title, status, visibility, "startsAt", "endsAt", "updatedAt")
       VALUES ($1, $2, 'PRESS_MOMENT', $3, 'DRAFT', 'STAFF', $4, $5, now())`,
      [`${ownSummit.slug}-${title}`, ownSummit.id, title, startsAt, endsAt],
    );
  }
  await wholeDayAndZoom(page);
});

async function wholeDayAndZoom(page: Page) {
  await page.goto(`/timeline/${DAY}`);
  const timeline = page.getByRole("region", { name: "Timeline" });
  const zoom = page.getByRole("group", { name: "Zoom" });
  await expect(zoom.getByRole("button", { name: "Whole day" })).toHaveAttribute("aria-pressed", "true");
  const size = () => timeline.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, bottom: el.getBoundingClientRect().bottom }));
  // No sideways scrolling for the whole day: from the summit's first hour to midnight.
  const whole = await size();
  expect(whole.scrollWidth).toBeLessThanOrEqual(whole.clientWidth);
  const axis = timeline.locator("[aria-hidden=true]").first();
  await expect(axis).toContainText("Space07:00");
  await expect(axis).toContainText("23:00");
  expect(await axis.locator("span").last().textContent()).toBe("23:00");

  // Zoom in by keyboard (+), twice: quarter hours.
  expect(await tabToGrid(page)).toBeLessThanOrEqual(5);
  await page.keyboard.type("+");
  await expect(page).toHaveURL(/zoom=half-hour/);
  await page.keyboard.type("+");
  await expect(page).toHaveURL(/zoom=quarter-hour/);
  await expect(zoom.getByRole("button", { name: "Quarter hours" })).toHaveAttribute("aria-pressed", "true");
  await expect(axis).toContainText("07:15");
  const zoomed = await size();
  expect(zoomed.scrollWidth).toBeGreaterThan(zoomed.clientWidth * 3);
  // The box, with its sideways scrollbar, is on screen without scrolling the page.
  expect(zoomed.bottom).toBeLessThanOrEqual(900);
  // The focused item is kept in view across the zoom.
  await expectFocusedItemInView(page);

  // Scrolled to the far right and the bottom, the space names and the hours are still there.
  await timeline.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    el.scrollTop = el.scrollHeight;
  });
  const region = (await timeline.boundingBox())!;
  const lastLabel = timeline.getByRole("rowheader").last();
  const labelBox = (await lastLabel.boundingBox())!;
  expect(Math.abs(labelBox.x - region.x)).toBeLessThanOrEqual(2);
  await expect(lastLabel).toBeInViewport();
  const axisBox = (await axis.boundingBox())!;
  expect(Math.abs(axisBox.y - region.y)).toBeLessThanOrEqual(2);
  await expect(axis).toContainText("23:45");

  // The zoom survives a reload and goes along to the other days.
  await page.reload();
  await expect(zoom.getByRole("button", { name: "Quarter hours" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("navigation", { name: "Summit days" }).getByRole("link").first()).toHaveAttribute("href", /zoom=quarter-hour/);
  // − zooms out, and the buttons do the same.
  await zoom.getByRole("button", { name: "Zoom out" }).click();
  await expect(page).toHaveURL(/zoom=half-hour/);
  await zoom.getByRole("button", { name: "Whole day" }).click();
  await expect(page).toHaveURL(/zoom=day/);
  const again = await size();
  expect(again.scrollWidth).toBeLessThanOrEqual(again.clientWidth);
}

test("the now line stands at the summit's time on its day only", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  // 16:05 UTC is 18:05 in The Hague (summer time).
  await page.goto(`/timeline/${DAY}?at=2025-06-24T16:05:00Z`);
  const line = page.locator("[data-now-line]");
  await expect(line).toBeVisible();
  const axis = page.getByRole("region", { name: "Timeline" }).locator("[aria-hidden=true]").first();
  await expect(axis).toContainText("Now 18:05");
  const x = (await line.boundingBox())!.x;
  const at = async (hhmm: string) => (await axis.getByText(hhmm, { exact: true }).boundingBox())!.x;
  expect(x).toBeGreaterThan(await at("18:00"));
  expect(x).toBeLessThan(await at("19:00"));
  // The next day: no line.
  await page.goto(`/timeline/2025-06-25?at=2025-06-24T16:05:00Z`);
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(line).toHaveCount(0);
});

test("in Dutch, and at phone width the day scrolls inside the timeline, not the page", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/timeline/${DAY}?lang=nl`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tijdlijn · di 24 jun 2025");
  await expect(page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Hele dag" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Toetsen: pijltjes gaan van onderdeel naar onderdeel", { exact: false })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Tijdlijn" });
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  const box = await timeline.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  // The keyboard works the same: to the grid, and along a lane.
  expect(await tabToGrid(page)).toBeLessThanOrEqual(5);
  const first = await focusedName(page);
  await page.keyboard.press("ArrowRight");
  expect(await focusedName(page)).not.toBe(first);
  await expectFocusedItemInView(page);
  expect(await focusedName(page)).toMatch(/, (concept|bevestigd|geannuleerd)/);
});
