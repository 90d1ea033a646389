import { expect } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { e2eSettings } from "../scripts/lib/e2e-settings.mjs";
import { closeDb, count, makeUser, sql, TEST_PASSWORD } from "./db";
import { apiSignIn, DEMO, test } from "./fixtures";
import { postServerAction, serverAction } from "./server-actions";

test.afterAll(closeDb);

// Planners, administrators, liaisons and agencies have a start page of their own at "/"; a viewer reads the programme.
const START = /^https?:\/\/[^/]+\/$/;
const HOMES: [string, RegExp, string][] = [
  [DEMO.planner, START, "Start"],
  [DEMO.viewer, /\/programme\/2025-06-2[45]$/, "Programme"],
  [DEMO.admin, START, "Start"],
  [DEMO.liaisonUA, START, "Start"],
  [DEMO.police, START, "Start"],
];

for (const [email, home, heading] of HOMES) {
  test(`${email} lands on their home`, async ({ page }) => {
    await apiSignIn(page, email);
    await page.goto("/");
    await expect(page).toHaveURL(home);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  });
}

test("navigation shows only what the role may use", async ({ viewerPage: page }) => {
  await page.goto("/programme/2025-06-24");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Programme", "Downloads"]);
  const adminPage = await page.request.get("/admin/users");
  expect(adminPage.status()).toBe(404);
});

test("a viewer POSTing directly to an admin server action is refused and nothing is written", async ({ viewerPage: page }) => {
  const action = serverAction("lib/users/actions.ts", "createUserAction");
  const email = `intruder-${Date.now()}@example.org`;
  const res = await postServerAction(page, action, [{ email, name: "Intruder", password: "a-long-enough-password", role: "ADMIN", delegationIds: [], agencyId: null }], "/programme/2025-06-24");
  const body = await res.text();
  expect(body).not.toContain(email);
  expect(body).toContain("Not found.");
  expect(await count(`SELECT 1 FROM "User" WHERE email = $1`, [email])).toBe(0);
});

test("five failed sign-ins lock the account, also for the right password", async ({ page }) => {
  const user = await makeUser("VIEWER");
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".form-error")).toHaveText("The e-mail address or password is not correct.");
  }
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toContainText("Too many failed attempts");
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await count(`SELECT 1 FROM "LoginFailure" WHERE email = $1`, [user.email])).toBe(5);
});

test("a deactivated user is signed out on the next request", async ({ page }) => {
  const user = await makeUser("PLANNER");
  await apiSignIn(page, user.email, TEST_PASSWORD);
  await page.goto("/programme/2025-06-24");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Programme");
  await sql(`UPDATE "User" SET active = false WHERE id = $1`, [user.id]);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a forged or tampered session token grants nothing", async ({ page, context }) => {
  const viewer = await makeUser("VIEWER");
  const { baseUrl, secret } = e2eSettings();
  // Signed with the wrong secret: treated as no session at all.
  const forged = await encode({ token: { sub: viewer.id }, secret: "not-the-server-secret" });
  await context.addCookies([{ name: "next-auth.session-token", value: forged, url: baseUrl }]);
  await page.goto("/programme/2025-06-24");
  await expect(page).toHaveURL(/\/sign-in$/);
  // Correctly signed but claiming a role: the role is read from the database, never the token.
  const tampered = await encode({ token: { sub: viewer.id, role: "ADMIN" }, secret });
  await context.addCookies([{ name: "next-auth.session-token", value: tampered, url: baseUrl }]);
  const res = await page.request.get("/admin/users");
  expect(res.status()).toBe(404);
  await page.goto("/programme/2025-06-24");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["Programme", "Downloads"]);
});

test("an expired session token is no session", async ({ page, context }) => {
  const user = await makeUser("PLANNER");
  const { baseUrl, secret } = e2eSettings();
  // Expired a minute ago (beyond next-auth's 15 s clock tolerance).
  const expired = await encode({ token: { sub: user.id }, secret, maxAge: -60 });
  await context.addCookies([{ name: "next-auth.session-token", value: expired, url: baseUrl }]);
  await page.goto("/programme/2025-06-24");
  await expect(page).toHaveURL(/\/sign-in$/);
  // A download link followed with the stale cookie also ends on the sign-in page, not a bare 404.
  await page.goto("/exports/programme/csv?day=2025-06-24");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("oversized or missing credentials are refused with the generic answer and nothing is written", async ({ page }) => {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const huge = `${"a".repeat(5000)}@example.org`;
  for (const form of [{ email: huge, password: "x" }, { email: DEMO.viewer, password: "p".repeat(10_000) }, { email: "", password: "" }]) {
    const res = await page.request.post("/api/auth/callback/credentials", { form: { ...form, csrfToken: csrf.csrfToken, json: "true" }, maxRedirects: 0 });
    expect(await res.text()).not.toContain("Error:");
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();
  }
  expect(await count(`SELECT 1 FROM "LoginFailure" WHERE length(email) > 1000`)).toBe(0);
});

test("security headers and session cookie flags", async ({ page }) => {
  const res = await page.request.get("/sign-in");
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  await apiSignIn(page, DEMO.viewer);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Plain http here; behind https next-auth switches to __Secure- cookies with the Secure flag.
  expect(cookie?.secure).toBe(false);
});

test("after an admin resets a password, old sessions end and the user must choose a new one", async ({ browser, adminPage: admin }) => {
  const user = await makeUser("VIEWER");
  const victim = await browser.newPage();
  await apiSignIn(victim, user.email, TEST_PASSWORD);
  await victim.goto("/programme/2025-06-24");
  await expect(victim.getByRole("heading", { level: 1 })).toContainText("Programme");

  await admin.goto(`/admin/users/${user.id}`);
  await admin.getByLabel("Temporary password").fill("temporary-password-9");
  await admin.getByRole("button", { name: "Reset password" }).click();
  await expect(admin.getByRole("status")).toContainText("Password reset.");

  // The session from before the reset is gone.
  await victim.reload();
  await expect(victim).toHaveURL(/\/sign-in$/);

  await victim.getByLabel("E-mail").fill(user.email);
  await victim.getByLabel("Password").fill("temporary-password-9");
  await victim.getByRole("button", { name: "Sign in" }).click();
  await expect(victim).toHaveURL(/\/account\/password$/);
  await victim.getByLabel("Current or temporary password").fill("temporary-password-9");
  await victim.getByLabel("New password", { exact: true }).fill("my-own-password-77");
  await victim.getByLabel("Repeat the new password").fill("my-own-password-77");
  await victim.getByRole("button", { name: "Save password" }).click();
  await expect(victim).toHaveURL(/\/sign-in$/);
  await victim.getByLabel("E-mail").fill(user.email);
  await victim.getByLabel("Password").fill("my-own-password-77");
  await victim.getByRole("button", { name: "Sign in" }).click();
  await expect(victim).toHaveURL(/\/programme\/2025-06-2[45]$/);
});
