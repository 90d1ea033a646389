// A day of use on a phone: at 390×844 and at 320 px wide, the liaison's itinerary, one person's
// itinerary, the public programme and the agency's task list scroll only vertically, show place,
// attendees and status without sideways scrolling, and keep controls big enough to tap. A row
// changed by a planner is marked in the liaison's itinerary until the change is acknowledged.
import { expect, type Page } from "@playwright/test";
import { hydrated, moveInEditor, test } from "./fixtures";

const UA = "/itinerary/demo-deleg-ua";
const DAY = "2025-06-24";
const SIZES = [
  { width: 390, height: 844 },
  { width: 320, height: 740 },
];

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    // The innermost elements that reach past the window: what to fix when this fails.
    const wide = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 0.5))
      .slice(0, 5)
      .map((el) => {
        const path = [el, el.parentElement, el.parentElement?.parentElement].filter(Boolean).map((x) => `${x!.tagName.toLowerCase()}.${String(x!.className).slice(0, 30)}`).join(" < ");
        return `${path} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().right)}px`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px window: ${wide.join("; ")}`).toBeLessThanOrEqual(clientWidth);
}

/** The element is shown and lies within the window's width. */
async function expectOnScreen(page: Page, locator: ReturnType<Page["locator"]>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
}

/** Buttons, selects and inputs in the page's main content are at least 24 px high and wide. */
async function expectTappable(page: Page) {
  const small = await page.locator("main").evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>("button, select, input:not([type=hidden]), [role=button]")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 24 || box.width < 24)
      .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });

    test("the liaison's itinerary reads as cards: place, attendees and status on screen", async ({ liaisonUAPage: page }) => {
      await page.goto(UA);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Itinerary · Ukraine");
      await expectNoSidewaysScroll(page);
      const dinner = page.getByRole("row", { name: /Royal dinner hosted by the King and Queen/ });
      await expectOnScreen(page, dinner.locator("td[data-label='Where']"));
      await expect(dinner.locator("td[data-label='Where']")).toContainText("Huis ten Bosch");
      await expectOnScreen(page, dinner.locator("td[data-label='Who']"));
      await expectOnScreen(page, dinner.locator("td[data-label='Status']"));
      await expect(dinner.locator("td[data-label='Status']")).toContainText("Confirmed");
      await expectTappable(page);
    });

    test("one person's itinerary too", async ({ liaisonUAPage: page }) => {
      await page.goto(`${UA}?member=demo-member-ua-head`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Itinerary · ");
      await expectNoSidewaysScroll(page);
      const row = page.getByRole("row").filter({ hasText: "Royal dinner hosted by the King and Queen" });
      await expectOnScreen(page, row.locator("td[data-label='Where']"));
      await expectOnScreen(page, row.locator("td[data-label='Status']"));
      await expectTappable(page);
    });

    test("the public programme", async ({ viewerPage: page }) => {
      await page.goto(`/programme/${DAY}`);
      await expectNoSidewaysScroll(page);
      const rows = page.locator("main table.data tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      const cells = rows.first().locator("td");
      for (let i = 0; i < (await cells.count()); i++) await expectOnScreen(page, cells.nth(i));
      await expectTappable(page);
    });

    test("the agency's task list, with filters and the timeline as a list", async ({ policePage: page }) => {
      await page.goto(`/tasks/${DAY}`);
      await expectNoSidewaysScroll(page);
      const first = page.locator("main table.data tbody tr").first();
      await expectOnScreen(page, first.locator("td").nth(2));
      await expectOnScreen(page, first.locator("td").last());
      await expect(page.getByRole("heading", { name: "Tasks by time" })).toBeVisible();
      await expect(page.getByRole("search", { name: "Filter tasks" })).toBeVisible();
      await expectTappable(page);
    });
  });
}

test.describe("a changed row on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("is marked until the liaison acknowledges; focus goes to the announced confirmation", async ({ ownSummit }) => {
    test.slow();
    // The planner moves a bilateral: in a copy of the demo summit of its own (./own-summit.ts).
    const planner = await ownSummit.pageAs("planner");
    const liaison = await ownSummit.pageAs({ liaison: "UA" });
    const itinerary = `/itinerary/${await ownSummit.delegation("UA")}`;
    const changes = liaison.getByRole("region", { name: "Changes since last acknowledged" });
    const acknowledge = changes.getByRole("button", { name: "Acknowledge these changes" });

    // Start from an acknowledged list.
    await liaison.goto(itinerary);
    await hydrated(liaison.getByRole("heading", { level: 1 }));
    if (await acknowledge.isVisible()) {
      await acknowledge.click();
      await expect(changes.getByRole("status")).toContainText("Changes acknowledged");
    }
    const row = liaison.getByRole("row", { name: /Bilateral: Netherlands – Ukraine/ });
    await expect(row.locator("td").first()).toContainText("17:00–17:45");

    // A quarter of an hour later.
    await moveInEditor(planner, await ownSummit.item("Bilateral: Netherlands – Ukraine"), "17:15", "18:00");

    await liaison.reload();
    await expect(row).toHaveAttribute("data-changed", "true");
    await expect(row).toContainText("Changed: Moved");
    await expectNoSidewaysScroll(liaison);
    await expect(changes.getByRole("listitem").filter({ hasText: "Bilateral: Netherlands – Ukraine" })).toContainText("Moved");

    await hydrated(acknowledge);
    await acknowledge.click();
    const done = changes.getByRole("status");
    await expect(done).toContainText(/Changes acknowledged \(\d\d:\d\d\)/);
    await expect(done).toBeFocused();
    await expect(row).not.toHaveAttribute("data-changed", "true");
    await expect(row).not.toContainText("Changed:");
    await liaison.reload();
    await expect(row).not.toHaveAttribute("data-changed", "true");
  });
});

test.describe("the task timeline on a laptop", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("has a band per task type, and a bar's full text shows on keyboard focus", async ({ policePage: page }) => {
    await page.goto(`/tasks/${DAY}`);
    const timeline = page.getByRole("figure", { name: "Tasks on a timeline" });
    await expect(timeline).toBeVisible();
    await expect(timeline.getByText("Escort", { exact: true })).toBeVisible();
    await expect(timeline.getByText("Security perimeter", { exact: true })).toBeVisible();
    // On a wide screen the chart, not the phone's list.
    await expect(page.getByRole("heading", { name: "Tasks by time" })).toBeHidden();
    const bar = timeline.locator('a[href^="#task-"]').first();
    const tip = bar.locator("span").nth(1);
    await expect(tip).toBeHidden();
    await bar.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(/\d\d:\d\d–\d\d:\d\d · Escort|Security perimeter/);
    await expectNoSidewaysScroll(page);
  });
});
