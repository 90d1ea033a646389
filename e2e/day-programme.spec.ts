import { expect } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, test } from "./fixtures";

test("the sign-in form signs a planner in, lands on the start page and opens the programme from it", async ({ page }) => {
  await page.goto("/programme/2025-06-24");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("E-mail").fill(DEMO.planner);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start");
  await page.getByRole("link", { name: "Day programme" }).click();
  await expect(page).toHaveURL(/\/programme\/2025-06-2[45]$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Programme");
});

test("a wrong password is refused with a generic message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(DEMO.viewer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toHaveText("The e-mail address or password is not correct.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the day page for 24 June shows the royal dinner at Huis ten Bosch in summit time", async ({ plannerPage: page }) => {
  await page.goto("/programme/2025-06-24");
  const palace = page.getByRole("region", { name: "Huis ten Bosch" });
  await expect(palace).toBeVisible();
  const dinner = palace.getByRole("row", { name: /Royal dinner hosted by the King and Queen/ });
  await expect(dinner).toBeVisible();
  await expect(dinner.getByRole("cell").first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
  await page.getByRole("link", { name: /Wed 25 Jun/ }).click();
  await expect(page).toHaveURL(/\/programme\/2025-06-25$/);
  await expect(page.getByText(/North Atlantic Council/).first()).toBeVisible();
});
