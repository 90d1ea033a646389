// The demo users and how a spec signs in as one. A spec that acts as a demo role asks for that
// role's page (`plannerPage`, `policePage`, …): each is a fresh browser context holding a session
// made once per worker through next-auth's API and kept as a storage-state file, so no test signs
// in through the form unless the form is what it tests.
import fs from "node:fs/promises";
import path from "node:path";
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { ownSummit, type OwnSummit } from "./own-summit";

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

export type DemoRole = keyof typeof DEMO;

/** Signs in through next-auth's API (no typing); the session cookie lands in `request`'s jar. */
async function signInThrough(request: APIRequestContext, email: string, password: string) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.id, `sign-in as ${email} failed`).toBeTruthy();
}

/** Sign in through next-auth's API (no typing), sharing cookies with the page's browser context. */
export async function apiSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await signInThrough(page.request, email, password);
}

type RolePages = { [R in DemoRole as `${R}Page`]: Page } & {
  /** A new page signed in as `role`, each in a context of its own, for tests that loop over roles. */
  pageAs: (role: DemoRole) => Promise<Page>;
  /** A copy of the demo summit for this test alone, with users of its own (./own-summit.ts). */
  ownSummit: OwnSummit;
};

type WorkerFixtures = {
  /** The storage-state file of a demo role's session, made on first use in this worker. */
  demoSession: (role: DemoRole) => Promise<string>;
};

/** A page of its own browser context, signed in as the demo `role`; closed after the test. */
function rolePage(role: DemoRole) {
  return async ({ browser, demoSession }: { browser: Browser; demoSession: WorkerFixtures["demoSession"] }, use: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ storageState: await demoSession(role) });
    await use(await context.newPage());
    await context.close();
  };
}

export const test = base.extend<RolePages, WorkerFixtures>({
  demoSession: [
    async ({ playwright }, use, workerInfo) => {
      const dir = path.join(workerInfo.project.outputDir, ".auth", `worker-${workerInfo.workerIndex}`);
      const made = new Map<DemoRole, Promise<string>>();
      const make = async (role: DemoRole) => {
        const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
        try {
          await signInThrough(request, DEMO[role], DEMO_PASSWORD);
          const file = path.join(dir, `${role}.json`);
          await fs.mkdir(dir, { recursive: true });
          await request.storageState({ path: file });
          return file;
        } finally {
          await request.dispose();
        }
      };
      await use((role) => {
        let file = made.get(role);
        if (!file) {
          file = make(role);
          made.set(role, file);
          // A failed sign-in is tried again by the next test that asks, not remembered.
          file.catch(() => made.delete(role));
        }
        return file;
      });
    },
    { scope: "worker" },
  ],
  pageAs: async ({ browser, demoSession }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role) => {
      const context = await browser.newContext({ storageState: await demoSession(role) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  ownSummit: async ({ browser, baseURL }, provide) => {
    const { summit, remove } = await ownSummit(browser, baseURL!, apiSignIn);
    try {
      await provide(summit);
    } finally {
      await remove();
    }
  },
  adminPage: rolePage("admin"),
  plannerPage: rolePage("planner"),
  liaisonUAPage: rolePage("liaisonUA"),
  liaisonUSPage: rolePage("liaisonUS"),
  liaisonBEPage: rolePage("liaisonBE"),
  liaisonNLPage: rolePage("liaisonNL"),
  policePage: rolePage("police"),
  viewerPage: rolePage("viewer"),
});

export { expect };

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

/** A planner moves an item from its edit form to new summit times ("17:15") and sees it saved. */
export async function moveInEditor(planner: Page, itemId: string, start: string, end: string) {
  await planner.goto(`/programme/items/${itemId}/edit`);
  await hydrated(planner.getByLabel("Start"));
  await planner.getByLabel("Start").fill(start);
  await planner.getByLabel("End", { exact: true }).fill(end);
  await planner.getByRole("button", { name: "Save changes" }).click();
  await expect(planner.getByRole("status").filter({ hasText: /Saved \(version \d+\)/ })).toBeVisible();
}
