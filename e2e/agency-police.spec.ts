import Papa from "papaparse";
import { expect, type Page } from "@playwright/test";
import { apiSignIn, test } from "./fixtures";

const DAY = "2025-06-24";

/** Belgium's motorcade from its hotel to the royal dinner, on the page it is shown on. */
const belgianPalaceRun = (page: Page) =>
  page.getByRole("row").filter({ hasText: "Transfer · Belgium" }).filter({ hasText: "→ Huis ten Bosch" });

test("the police coordinator lands on their start page, opens their tasks, sees the escorts of 24 June and marks one done; the planner's matrix shows it", async ({ page, ownSummit }) => {
  // It marks a task done: in a copy of the demo summit of its own (./own-summit.ts).
  const police = await ownSummit.account("police");
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(police.email);
  await page.getByLabel("Password").fill(police.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start");
  await page.getByRole("link", { name: "All tasks" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${DAY}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tasks · Tue 24 Jun 2025");
  await expect(page.getByText("National Police · times in Europe/Amsterdam")).toBeVisible();

  // Escorts of the day, and nothing of other agencies or staff.
  const escorts = page.getByRole("row", { name: /^Escort \d\d:\d\d–\d\d:\d\d for / });
  expect(await escorts.count()).toBeGreaterThan(50);
  const body = page.locator("main");
  for (const hidden of ["Road closure", "Airport handling", "KMar", "RWS", "Staff note", "Largest motorcade"]) {
    await expect(body).not.toContainText(hidden);
  }

  const row = belgianPalaceRun(page).filter({ hasText: "Escort" });
  await expect(row).toHaveCount(1);
  await expect(row.locator(".badge")).toHaveText("Planned");
  // The planners' instruction is on the row, read-only; the note field is the agency's own, empty so far.
  const instruction = "Note for the agency: Motorcade escort by the protection unit.";
  await expect(row).toContainText(instruction);
  await expect(row.getByLabel("Note", { exact: true })).toHaveValue("");
  await row.getByLabel("Status", { exact: true }).selectOption({ label: "Done" });
  await row.getByLabel("Note", { exact: true }).fill("Arrived at the palace gate");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.locator(".badge")).toHaveText("Done");
  await page.reload();
  const saved = belgianPalaceRun(page).filter({ hasText: "Escort" });
  await expect(saved.locator(".badge")).toHaveText("Done");
  // The agency's note sits beside the instruction, which it no longer overwrites.
  await expect(saved).toContainText("Note from the agency: Arrived at the palace gate");
  await expect(saved).toContainText(instruction);
  await expect(saved.getByLabel("Note", { exact: true })).toHaveValue("Arrived at the palace gate");

  // The day's CSV holds the same scoped list: police escorts and perimeters only.
  const csv = await page.request.get(`/exports/tasks/${DAY}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="tasks-${DAY}.csv"`);
  const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.data.length).toBe(await page.getByRole("row", { name: / for / }).count());
  expect(new Set(parsed.data.map((r) => r.Agency))).toEqual(new Set(["Police"]));
  expect(parsed.meta.fields).not.toContain("Staff notes");
  expect(parsed.data.find((r) => r.Covers === "Transfer · Belgium" && r["Place or route"].endsWith("→ Huis ten Bosch") && r.Type === "Escort")?.Status).toBe("Done");

  // Planning pages are not the coordinator's.
  for (const path of [`/coverage/${DAY}`, `/movements/${DAY}`, "/tasks/items/new", "/coverage/rules"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }

  const planner = await ownSummit.account("planner");
  await page.context().clearCookies();
  await apiSignIn(page, planner.email, planner.password);
  await page.goto(`/coverage/${DAY}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Coverage · Tue 24 Jun 2025");
  const matrixRow = belgianPalaceRun(page);
  await expect(matrixRow).toHaveCount(1);
  await expect(matrixRow).toContainText("Police · Done");
  await expect(matrixRow).toContainText("RWS · Planned");
});

test("a missing escort shows as a gap on the planner's coverage matrix, with a link to add the task", async ({ plannerPage: page }) => {
  await page.goto(`/coverage/${DAY}?gaps=1`);
  await expect(page.getByRole("status").filter({ hasText: "required tasks" })).toContainText(/2\s*gaps/);
  const gaps = page.getByRole("row").filter({ hasText: "Missing" });
  await expect(gaps).toHaveCount(2);
  await expect(gaps.filter({ hasText: "Transfer · Iceland" })).toHaveCount(1);
  await expect(gaps.filter({ hasText: "Transfer · Montenegro" })).toHaveCount(1);

  await gaps.filter({ hasText: "Transfer · Iceland" }).getByRole("link", { name: /Add escort for Transfer · Iceland/ }).click();
  await expect(page).toHaveURL(/\/tasks\/items\/new\?day=2025-06-24&subject=movement%3Ademo-move-is-to-palace&type=ESCORT$/);
  await expect(page.getByLabel("Covers")).toHaveValue("movement:demo-move-is-to-palace");
  await expect(page.getByLabel("Type")).toHaveValue("ESCORT");
});

test("the missing escort is also a conflict on the planner's conflicts page", async ({ plannerPage: page }) => {
  await page.goto(`/conflicts?day=${DAY}`);
  const missing = page.getByText(/Transfer of Iceland .* has no escort coverage/);
  await expect(missing).toBeVisible();
  await expect(page.getByText(/Transfer of Montenegro .* has no escort coverage/)).toBeVisible();
});
