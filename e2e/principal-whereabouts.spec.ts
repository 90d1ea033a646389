// Where every principal is: a planner moves the royal dinner half an hour earlier from its edit
// form, sees before saving which motorcades follow it (old → new time) and what conflicts would be
// left, saves, and finds the motorcades moved on the movements page, in a copy of the demo summit
// of its own (./own-summit.ts). And the slot finder no longer offers Ukraine and Belgium 12:15, when
// Belgium's plane lands, for a request made in a copy of its own too.
import { expect, type Page } from "@playwright/test";
import { closeDb, sql } from "./db";
import { hydrated, test } from "./fixtures";

test.afterAll(closeDb);

const DAY = "2025-06-24";

async function setDinner(page: Page, dinnerId: string, start: string, end: string) {
  await page.goto(`/programme/items/${dinnerId}/edit`);
  await hydrated(page.getByLabel("Start"));
  await page.getByLabel("Start").fill(start);
  await page.getByLabel("End", { exact: true }).fill(end);
}

async function saveDinner(page: Page) {
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
}

test("moving the royal dinner from its edit form shows the motorcades that follow and the conflicts left, then moves them", async ({ ownSummit }) => {
  test.slow();
  const dinner = await ownSummit.item("Royal dinner hosted by the King and Queen");
  const page = await ownSummit.pageAs("planner");
  const [linked] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Movement" WHERE "fromItemId" = $1 OR "toItemId" = $1`, [dinner]);
  await setDinner(page, dinner, "19:00", "22:00");
  // The item's explicit dependants are listed on its page, each linked to its movement form.
  await expect(page.getByRole("list", { name: "Transfers serving this item" }).getByRole("listitem")).toHaveCount(Number(linked.n));
  const preview = page.getByRole("region", { name: "If you save" });
  // Seventy motorcades: the list starts folded under its count.
  await preview.getByText(/\d+ transfers move with it/).click();
  const followers = preview.getByRole("list", { name: "What moves with the item" });
  await expect(followers.getByRole("listitem")).toHaveCount(Number(linked.n));
  // Montenegro's car back to the hotel left at 22:53 (22:35 plus its place in the order): now 22:23.
  await expect(followers.getByRole("listitem").filter({ hasText: "Transfer of Montenegro: Huis ten Bosch →" })).toContainText("→ 22:23");
  await expect(preview).toContainText(/No conflicts\.|It would be left in \d+ conflicts?:/);
  // Nothing hard is left (the demo's deliberate escort gaps may remain as warnings).
  const hard = preview.getByRole("list", { name: "Conflicts after saving" }).getByRole("listitem").filter({ hasText: /^Hard:/ });
  expect(await hard.allTextContents()).toEqual([]);
  await expect(preview.getByText("Saving as Confirmed would be refused")).toHaveCount(0);
  await saveDinner(page);

  await page.goto(`/movements/${DAY}`);
  await expect(page.getByRole("link", { name: "Edit transfer of Montenegro at 22:23" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit transfer of Montenegro at 22:53" })).toHaveCount(0);
});

test("the slot finder offers Ukraine and Belgium nothing at 12:15, while Belgium's plane is landing", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs("planner");
  await page.goto("/bilaterals/new");
  await hydrated(page.getByLabel("Requesting delegation"));
  await page.getByLabel("Requesting delegation").selectOption({ label: "Ukraine" });
  await page.getByRole("group", { name: "Meet with" }).getByRole("checkbox", { name: "Belgium", exact: true }).check();
  await page.getByRole("radio", { name: "Principals" }).check();
  await page.getByLabel("Duration (minutes)").fill("30");
  await page.getByRole("checkbox", { name: "Tue 24 Jun 2025" }).check();
  await page.getByRole("button", { name: "Request bilateral" }).click();
  await expect(page).toHaveURL(/\/bilaterals\/(?!new)[^/]+$/);
  const finder = page.getByRole("form", { name: "Find a slot" });
  await hydrated(finder.getByLabel("Day"));
  await finder.getByLabel("Day").selectOption("2025-06-24");
  await finder.getByRole("button", { name: "Find slots" }).click();
  const proposals = page.getByRole("button", { name: /^Propose / });
  await expect(proposals.first()).toBeVisible();
  const labels = await proposals.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  expect(labels.some((l) => /12:15/.test(l))).toBe(false);
  // Landing 12:15, through the airport and at the hotel at 12:45: nothing starts before that (a
  // room in the hotel itself needs no drive; the integration test checks each venue's ride).
  for (const label of labels) {
    const [, hh, mm] = /(\d\d):(\d\d)/.exec(label)!;
    expect(Number(hh) * 60 + Number(mm)).toBeGreaterThanOrEqual(12 * 60 + 45);
  }
});
