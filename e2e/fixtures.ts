import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-summit-2025";

export const DEMO = {
  admin: "admin@demo.summit",
  planner: "planner@demo.summit",
  liaisonUA: "liaison.ua@demo.summit",
  liaisonUS: "liaison.us@demo.summit",
  liaisonBE: "liaison.be@demo.summit",
  liaisonNL: "liaison.nl@demo.summit",
  police: "police@demo.summit",
  viewer: "viewer@demo.summit",
} as const;

/** Sign in through next-auth's API (no typing), sharing cookies with the page's browser context. */
export async function apiSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.id, `sign-in as ${email} failed`).toBeTruthy();
}

/**
 * Waits until the element is on the page and React has hydrated the page (the root layout marks
 * `<html data-hydrated>` from an effect that runs after the rest of the page's). A form filled
 * before that can have a field re-set by react-hook-form's registration between Playwright's
 * select-all and typing ("19:0019:30"): seen on a slow CI machine.
 */
export async function hydrated(locator: Locator) {
  await locator.first().waitFor({ state: "attached" });
  await expect(locator.page().locator("html"), "the page never hydrated").toHaveAttribute("data-hydrated", "true");
}
