// A planner's edits of a programme item: two editors at once, field errors and cancelling, and a
// drag on the timeline. Each test creates its item in a copy of the demo summit of its own
// (./own-summit.ts).
import { expect, type Page } from "@playwright/test";
import { hydrated, test } from "./fixtures";

async function createDraft(page: Page, title: string): Promise<string> {
  await page.goto("/programme/items/new?day=2025-06-25");
  const form = page.getByRole("form", { name: "New item" });
  await hydrated(form.getByLabel("Start"));
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Start").fill("16:00");
  await form.getByLabel("End", { exact: true }).fill("16:30");
  await form.getByRole("button", { name: "Create item" }).click();
  await expect(page).toHaveURL(/\/edit\?saved=1$/);
  return page.url().replace(/\?.*$/, "");
}

test("two planners edit one item: the second save is refused with who and when, and the form reloads", async ({ ownSummit }) => {
  const planner = await ownSummit.pageAs("planner");
  const admin = await ownSummit.pageAs("admin");
  const url = await createDraft(planner, "Briefing for the host delegation");

  await Promise.all([planner.goto(url), admin.goto(url)]);
  await Promise.all([hydrated(planner.getByLabel("Title")), hydrated(admin.getByLabel("Title"))]);
  await planner.getByLabel("Title").fill("Briefing — planner's version");
  await planner.getByRole("button", { name: "Save changes" }).click();
  await expect(planner.getByRole("status").filter({ hasText: "Saved (version 2)" })).toBeVisible();

  await admin.getByLabel("Title").fill("Briefing — admin's version");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("form", { name: "Edit item" }).getByRole("alert")).toContainText(/^Changed by E2E planner at \d{2}:\d{2}\. Reload/);
  await admin.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(admin.getByLabel("Title")).toHaveValue("Briefing — planner's version");

  // Nothing was overwritten, and the history shows the planner's change.
  await admin.goto(url.replace(/\/edit$/, "/history"));
  await expect(admin.getByRole("row", { name: /Changed/ })).toContainText("Briefing for the host delegation → Briefing — planner's version");
  await expect(admin.getByRole("row", { name: /Changed/ })).toContainText("E2E planner");
});

test("bad input shows field errors inline and saves nothing; cancelling keeps the item", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs("planner");
  const url = await createDraft(page, "Side meeting to cancel");
  await hydrated(page.getByLabel("Start"));
  await page.getByLabel("Start").fill("17:00");
  await page.getByLabel("End", { exact: true }).fill("16:45");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#endTime-error")).toHaveText("The end must be after the start.");
  await page.getByLabel("Start").fill("7:00");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#startTime-error")).toHaveText("Use HH:mm, e.g. 09:30.");

  await page.goto(url);
  await expect(page.getByLabel("Start")).toHaveValue("16:00");
  await page.getByRole("button", { name: "Cancel this item…" }).click();
  await page.getByRole("button", { name: "Yes, cancel the item" }).click();
  await expect(page.getByRole("region", { name: "Conflicts" })).toContainText("A cancelled item never conflicts.");
  await expect(page.getByLabel("Status")).toHaveValue("CANCELLED");
  await page.goto("/programme/2025-06-25");
  await expect(page.getByRole("row", { name: /Side meeting to cancel/ })).toContainText("Cancelled");
});

test("dragging an item on the timeline to another room and time previews the move, then saves it", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs("planner");
  await page.goto("/programme/items/new?day=2025-06-25");
  const form = page.getByRole("form", { name: "New item" });
  await hydrated(form.getByLabel("Start"));
  await form.getByLabel("Title").fill("Drag me");
  await form.getByLabel("Start").fill("18:00");
  await form.getByLabel("End", { exact: true }).fill("18:30");
  await form.getByLabel("Space").selectOption({ label: "World Forum · Bilateral Room 3 (20)" });
  await form.getByRole("button", { name: "Create item" }).click();
  await expect(page).toHaveURL(/\/edit\?saved=1$/);

  // Tall enough for every lane: dragging does not scroll the page.
  await page.setViewportSize({ width: 1280, height: 2400 });
  // Half hours: 2 px a minute.
  await page.goto("/timeline/2025-06-25?zoom=half-hour");
  const item = page.getByRole("gridcell", { name: /^Drag me, 18:00–18:30, Bilateral Room 3, World Forum/ });
  const target = page.getByRole("row", { name: "Bilateral Room 4, World Forum" });
  await item.scrollIntoViewIfNeeded();
  const from = (await item.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + from.height / 2);
  await page.mouse.down();
  // 2 px per minute: 60 px to the right is half an hour later.
  for (let step = 1; step <= 6; step++) await page.mouse.move(from.x + 5 + step * 10, to.y + to.height / 2);
  await page.mouse.up();
  const status = page.getByRole("status", { name: "Move" });
  await expect(status).toContainText("Move Drag me to 18:30–19:00, Bilateral Room 4.");
  await expect(status).toContainText("No conflicts.");
  await page.getByRole("button", { name: "Save move" }).click();
  await expect(page.getByRole("gridcell", { name: /^Drag me, 18:30–19:00, Bilateral Room 4, World Forum, draft$/ })).toBeVisible();
});
