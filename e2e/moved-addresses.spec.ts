// Addresses that moved (new and edit pages to /<area>/items/…, downloads under /exports) still
// reach their page or file: bookmarks and links in sent mail use the old ones.
import { expect } from "@playwright/test";
import { test } from "./fixtures";

test("the old edit addresses of a movement and a task lead to their edit pages", async ({ plannerPage: page }) => {
  const movement = await page.goto("/movements/edit/demo-move-is-to-palace");
  expect(movement?.status()).toBe(200);
  await expect(page).toHaveURL(/\/movements\/items\/demo-move-is-to-palace\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit movement" })).toBeVisible();

  const task = await page.goto("/tasks/edit/demo-task-001?saved=1");
  expect(task?.status()).toBe(200);
  await expect(page).toHaveURL(/\/tasks\/items\/demo-task-001\/edit\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit task" })).toBeVisible();
});

test("the old new-record addresses of a movement and a task lead to their forms, with the query kept", async ({ plannerPage: page }) => {
  const movement = await page.goto("/movements/new");
  expect(movement?.status()).toBe(200);
  await expect(page).toHaveURL(/\/movements\/items\/new$/);
  const task = await page.goto("/tasks/new?day=2025-06-24&type=ESCORT");
  expect(task?.status()).toBe(200);
  await expect(page).toHaveURL(/\/tasks\/items\/new\?day=2025-06-24&type=ESCORT$/);
});

test("the old download addresses of the task day and the arrivals documents lead to the same files under /exports", async ({ plannerPage: page }) => {
  const moved = [
    ["/tasks/export/2025-06-24?format=csv&agencyId=demo-agency-police", "/exports/tasks/2025-06-24?format=csv&agencyId=demo-agency-police"],
    ["/arrivals/motorcades?format=csv&lang=nl&agency=demo-agency-police", "/exports/arrivals/motorcades?format=csv&lang=nl&agency=demo-agency-police"],
    ["/arrivals/demo-item-royal-dinner/list?format=xlsx&lang=en", "/exports/arrivals/demo-item-royal-dinner/list?format=xlsx&lang=en"],
    ["/arrivals/demo-item-royal-dinner/photo?lang=en", "/exports/arrivals/demo-item-royal-dinner/photo?lang=en"],
    ["/arrivals/own/demo-deleg-be?format=ics&lang=en", "/exports/arrivals/own/demo-deleg-be?format=ics&lang=en"],
  ] as const;
  for (const [old, now] of moved) {
    const response = await page.request.get(old);
    expect(response.status(), old).toBe(200);
    expect(new URL(response.url()).pathname + new URL(response.url()).search, old).toBe(now);
    expect(response.headers()["content-disposition"], old).toMatch(/^attachment;/);
  }
});
