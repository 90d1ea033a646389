// A summit of the spec's own. A spec that changes the programme (moves the royal dinner, declares
// it late, generates its arrivals) works on a copy of the demo summit made for it: the demo as the
// server seeded it (exported once, scripts/e2e-server.mjs), imported under a new slug with new
// ids, with users of its own. The copy and its users are deleted when the test ends, so no spec
// depends on what another changed, and none has anything to put back.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { e2eSettings } from "../scripts/lib/e2e-settings.mjs";
import { makeUser, sql, TEST_PASSWORD } from "./db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..");

export type OwnRole = "planner" | "admin" | "police" | { liaison: string };

export type OwnSummit = {
  id: string;
  slug: string;
  /** The copy's programme item of this title. */
  item(title: string): Promise<string>;
  /** The copy's bilateral request whose programme item has this title. */
  bilateral(itemTitle: string): Promise<string>;
  /** The copy's delegation of this code ("BE", "UA"). */
  delegation(code: string): Promise<string>;
  /** The copy's agency of this short name ("Police"). */
  agency(shortName: string): Promise<string>;
  /** A user of the copy made for this test, for a test that signs in through the form. */
  account(role: OwnRole): Promise<{ email: string; password: string }>;
  /** A page of its own browser context, signed in as a user of the copy made for this test. */
  pageAs(role: OwnRole): Promise<Page>;
};

async function one(text: string, values: unknown[], what: string): Promise<string> {
  const rows = await sql<{ id: string }>(text, values);
  expect(rows, `the copy has one ${what}`).toHaveLength(1);
  return rows[0].id;
}

/** Imports the seeded demo as a new summit; returns it and a teardown that deletes it and its users. */
export async function ownSummit(
  browser: Browser,
  baseURL: string,
  signIn: (page: Page, email: string, password: string) => Promise<void>,
): Promise<{ summit: OwnSummit; remove: () => Promise<void> }> {
  const settings = e2eSettings();
  const slug = `e2e-${crypto.randomUUID().slice(0, 8)}`;
  await run(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/summit-import.ts", settings.demoArchive, "--slug", slug], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: settings.databaseUrl },
  });
  const id = await one(`SELECT id FROM "Summit" WHERE slug = $1`, [slug], "summit");
  const users: string[] = [];
  const contexts: BrowserContext[] = [];

  const summit: OwnSummit = {
    id,
    slug,
    item: (title) => one(`SELECT id FROM "ProgrammeItem" WHERE "summitId" = $1 AND title = $2`, [id, title], `item "${title}"`),
    bilateral: (itemTitle) =>
      one(
        `SELECT b.id FROM "BilateralRequest" b JOIN "ProgrammeItem" i ON i.id = b."itemId" WHERE b."summitId" = $1 AND i.title = $2`,
        [id, itemTitle],
        `bilateral "${itemTitle}"`,
      ),
    delegation: (code) => one(`SELECT id FROM "Delegation" WHERE "summitId" = $1 AND code = $2`, [id, code], `delegation ${code}`),
    agency: (shortName) => one(`SELECT id FROM "Agency" WHERE "summitId" = $1 AND "shortName" = $2`, [id, shortName], `agency ${shortName}`),
    async account(role) {
      const user =
        role === "planner"
          ? await makeUser("PLANNER")
          : role === "admin"
            ? await makeUser("ADMIN")
            : role === "police"
              ? await makeUser("AGENCY", { agencyId: await summit.agency("Police") })
              : await makeUser("LIAISON", { delegationIds: [await summit.delegation(role.liaison)] });
      users.push(user.id);
      // Liaisons of two delegations in one test are told apart by name, as the demo's are ("E2E liaison UA").
      if (typeof role === "object") await sql(`UPDATE "User" SET name = $2 WHERE id = $1`, [user.id, `E2E liaison ${role.liaison}`]);
      // Staff work on the summit they chose: this one.
      await sql(`UPDATE "User" SET "currentSummitId" = $2 WHERE id = $1`, [user.id, id]);
      return { email: user.email, password: TEST_PASSWORD };
    },
    async pageAs(role) {
      const { email, password } = await summit.account(role);
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, email, password);
      return page;
    },
  };

  const remove = async () => {
    for (const context of contexts) await context.close();
    if (users.length > 0) await sql(`DELETE FROM "User" WHERE id = ANY($1::text[])`, [users]);
    await sql(`DELETE FROM "Summit" WHERE id = $1`, [id]);
  };
  return { summit, remove };
}
