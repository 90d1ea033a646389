// The start pages: a planner's counts lead straight to the work (the conflicts of that day and
// severity, a day's coverage gaps) and agree with the pages they link to; a liaison sees their
// principal's next commitment, the changes to acknowledge and their open requests, in English or
// Dutch, and nothing of another delegation; both read at phone width.
import { expect } from "@playwright/test";
import { apiSignIn, DEMO, test } from "./fixtures";

test("a planner's start page links each day's hard conflicts to the conflicts page, which shows as many", async ({ plannerPage: page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start");
  // The demo summit lies in the past: the page says so and starts from its first day.
  await expect(page.getByText("The summit is over. Shown from its first day, Tue 24 Jun 2025.")).toBeVisible();
  for (const name of ["Hard conflicts", "Coverage gaps", "Delegations with unacknowledged changes", "Agencies with unacknowledged changes", "Bilaterals waiting for a decision", "First items of the programme"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }

  const conflicts = page.getByRole("region", { name: "Hard conflicts" });
  const dayLinks = conflicts.getByRole("link", { name: /^\w{3} \d+ \w{3} \d{4}: \d+ hard conflicts?$/ });
  const days = await dayLinks.count();
  if (days === 0) {
    await expect(conflicts.getByText("No hard conflicts.")).toBeVisible();
    await page.goto("/conflicts?severity=hard");
    await expect(page.getByText(/^0 of \d+ shown/)).toBeVisible();
    return;
  }
  const text = (await dayLinks.first().textContent()) ?? "";
  const count = Number(/: (\d+) hard/.exec(text)![1]);
  await dayLinks.first().click();
  await expect(page).toHaveURL(/\/conflicts\?day=\d{4}-\d{2}-\d{2}&severity=hard$/);
  await expect(page.getByText(new RegExp(`^${count} of \\d+ shown · ${count} hard`))).toBeVisible();
});

test("a planner's coverage gaps and first items open the day they belong to", async ({ plannerPage: page }) => {
  await page.goto("/");
  const coverage = page.getByRole("region", { name: "Coverage gaps" });
  const gapLinks = coverage.getByRole("link", { name: /: \d+ gaps?$/ });
  if ((await gapLinks.count()) > 0) {
    await gapLinks.first().click();
    await expect(page).toHaveURL(/\/coverage\/\d{4}-\d{2}-\d{2}\?gaps=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Coverage");
    await page.goBack();
  } else {
    await expect(coverage.getByText("Every required agency task is assigned.")).toBeVisible();
  }
  const first = page.getByRole("region", { name: "First items of the programme" });
  await expect(first.getByRole("listitem").first()).toBeVisible();
  await first.getByRole("link", { name: "Day programme" }).click();
  await expect(page).toHaveURL(/\/programme\/2025-06-24$/);
});

test("a liaison's start page: the principal's first commitment, changes and open requests, in Dutch too, nothing of Belgium", async ({ liaisonUAPage: page }) => {
  await page.goto("/?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start");
  const next = page.getByRole("region", { name: /^First for the / });
  await expect(next).toBeVisible();
  await expect(next.getByRole("link").first()).toHaveAttribute("href", /^\/itinerary\/demo-deleg-ua(\?member=.+)?$/);
  const changes = page.getByRole("region", { name: "Changes to acknowledge" });
  await expect(changes.getByText(/unacknowledged changes?|You have acknowledged every change\./).first()).toBeVisible();
  const requests = page.getByRole("region", { name: "Open bilateral requests" });
  await expect(requests.getByRole("link", { name: "Request a bilateral" })).toHaveAttribute("href", "/bilaterals/new");
  await expect(page.getByRole("main")).not.toContainText("Prime Minister of Belgium");

  await page.goto("/?lang=nl");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("region", { name: "Te bevestigen wijzigingen" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Openstaande verzoeken om een bilateraal gesprek" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Reisschema" })).toBeVisible();
  await page.goto("/?lang=en");
});

test("the start pages fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const email of [DEMO.planner, DEMO.liaisonUA, DEMO.police]) {
    await page.context().clearCookies();
    await apiSignIn(page, email);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start");
    expect(await page.evaluate(() => document.documentElement.scrollWidth), email).toBeLessThanOrEqual(390);
  }
});

test("before sign-in the page names the product and the summit, and the favicon is served to anyone", async ({ page }) => {
  await page.goto("/sign-in");
  const box = page.locator(".auth-box");
  await expect(box).toContainText("Summit logistics");
  // The summit's name and nothing else of it: the most recent live summit is the demo.
  await expect(box).toContainText(/For \S+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/icon\.svg/);
  const res = await page.request.get(icon!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
});
