// Addresses that moved (edit pages to /<area>/items/<id>/edit, downloads under /exports) still
// reach their page or file: bookmarks and links in sent mail use the old ones.
import { expect, test } from "@playwright/test";
import { apiSignIn, DEMO } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await apiSignIn(page, DEMO.planner);
});

test("the old edit addresses of a movement and a task lead to their edit pages", async ({ page }) => {
  const movement = await page.goto("/movements/edit/demo-move-is-to-palace");
  expect(movement?.status()).toBe(200);
  await expect(page).toHaveURL(/\/movements\/items\/demo-move-is-to-palace\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit movement" })).toBeVisible();

  const task = await page.goto("/tasks/edit/demo-task-001?saved=1");
  expect(task?.status()).toBe(200);
  await expect(page).toHaveURL(/\/tasks\/items\/demo-task-001\/edit\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit task" })).toBeVisible();
});
