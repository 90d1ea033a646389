// The main navigation grouped by job: one row at a laptop's width for the roles with the most
// pages, disclosure menus worked from the keyboard, a menu button on phones, the reader's language;
// and the venues as a list whose rows open each venue's own page.
import { expect, type Page } from "@playwright/test";
import { DEMO, test } from "./fixtures";

async function topLevelTops(page: Page): Promise<number[]> {
  return page.getByRole("navigation", { name: "Main" }).locator("[data-nav-item]").evaluateAll((items) => items.map((item) => (item as HTMLElement).offsetTop));
}

for (const role of ["planner", "admin"] as const) {
  test(`${DEMO[role]}: at 1366×900 the navigation is one row`, async ({ pageAs }) => {
    const page = await pageAs(role);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/programme/2025-06-24");
    const tops = await topLevelTops(page);
    expect(tops.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tops).size).toBe(1);
    // Every page is still a link away: the groups hold the rest.
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const group of ["Plan", "Delegations", "Operations", "Data"]) await expect(nav.getByRole("button", { name: group })).toBeVisible();
  });
}

test("a group opens from the keyboard, its links are reached by Tab, Escape closes it", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/programme/2025-06-24");
  const nav = page.getByRole("navigation", { name: "Main" });
  const plan = nav.getByRole("button", { name: "Plan" });
  await expect(plan).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Venues" })).toBeHidden();

  await plan.focus();
  await page.keyboard.press("Enter");
  await expect(plan).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Programme" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(plan).toHaveAttribute("aria-expanded", "false");
  await expect(plan).toBeFocused();
  await expect(nav.getByRole("link", { name: "Venues" })).toBeHidden();

  // Space opens it too; a link followed closes it on the new page.
  await page.keyboard.press(" ");
  await nav.getByRole("link", { name: "Venues" }).click();
  await expect(page).toHaveURL(/\/venues$/);
  await expect(plan).toHaveAttribute("aria-expanded", "false");
  // The group of the current page is marked.
  await expect(plan).toHaveAttribute("data-current", "true");
});

test("on a phone the navigation sits behind a menu button", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/programme/2025-06-24");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Start" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("button", { name: "Operations" }).click();
  // Open, the header still fits the phone: nothing in it reaches past the right edge.
  const right = await page.getByRole("banner").evaluate((header) => Math.max(...[...header.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)));
  expect(right).toBeLessThanOrEqual(390);
  await nav.getByRole("link", { name: "Coverage" }).click();
  await expect(page).toHaveURL(/\/coverage\/\d{4}-\d{2}-\d{2}$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("the navigation speaks the reader's language", async ({ plannerPage: page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/?lang=nl");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await nav.getByRole("button", { name: "Plannen" }).click();
  await expect(nav.getByRole("link", { name: "Locaties" })).toHaveAttribute("href", "/venues");
  await page.goto("/?lang=en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Plan" })).toBeVisible();
});

test("venues are a list; each opens its own page with its spaces, travel times on their own page", async ({ plannerPage: page }) => {
  await page.goto("/venues");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Venues");
  const rows = page.getByRole("table").getByRole("row");
  expect(await rows.count()).toBeGreaterThan(2);
  // One form only on the list: the new venue.
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  const palace = page.getByRole("row", { name: /Huis ten Bosch/ });
  const spaces = Number(await palace.getByRole("cell").last().textContent());
  await palace.getByRole("link", { name: "Huis ten Bosch" }).click();
  await expect(page).toHaveURL(/\/venues\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Huis ten Bosch");
  await expect(page.getByRole("form", { name: /^Edit / })).toHaveCount(spaces + 1);
  await page.getByRole("link", { name: "Travel times" }).click();
  await expect(page).toHaveURL(/\/venues\/travel$/);
  await expect(page.getByRole("heading", { name: "Travel times (minutes by motorcade)" })).toBeVisible();
  // Another summit's venue, or none, is not found.
  expect((await page.request.get("/venues/not-a-venue")).status()).toBe(404);
});
