// Setting up a summit from nothing, in the browser: an administrator creates the summit, works on
// it through the header's switcher, adds an agency and a delegation (a new summit has none), and
// creates a liaison officer assigned to that delegation; the liaison signs in and lands on the
// delegation's itinerary in that summit, empty. The summit is dated before the demo summit, so it
// never becomes anyone's default, and it is removed afterwards with the admin's choice restored.
import { expect, type Page } from "@playwright/test";
import { closeDb, count, sql } from "./db";
import { apiSignIn, DEMO, hydrated, test } from "./fixtures";

const stamp = Date.now().toString(36);
const SUMMIT = { name: `Setup Summit ${stamp}`, slug: `setup-${stamp}`, host: "Kingdom of the Netherlands" };
const LIAISON = { email: `setup-liaison-${stamp}@example.org`, name: "Setup Liaison", password: "setup-liaison-password-1" };
let adminChoice: string | null = null;
let summitId = "";

test.beforeAll(async () => {
  const [admin] = await sql<{ currentSummitId: string | null }>(`SELECT "currentSummitId" FROM "User" WHERE email = $1`, [DEMO.admin]);
  adminChoice = admin.currentSummitId;
});

test.afterAll(async () => {
  await sql(`UPDATE "User" SET "currentSummitId" = $2 WHERE email = $1`, [DEMO.admin, adminChoice]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [LIAISON.email]);
  if (summitId) await sql(`DELETE FROM "Summit" WHERE id = $1`, [summitId]);
  await closeDb();
});

/** The id at the end of the page's URL after a form sent it to the new record. */
function idFromUrl(page: Page): string {
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("an administrator sets up a summit from empty; its liaison officer sees the summit's itinerary, empty", async ({ adminPage: admin, browser }) => {

  // The summit.
  await admin.goto("/admin/summits/new");
  const name = admin.getByLabel("Name", { exact: true });
  await hydrated(name);
  await name.fill(SUMMIT.name);
  await admin.getByLabel("Slug", { exact: true }).fill(SUMMIT.slug);
  await admin.getByLabel("Host", { exact: true }).fill(SUMMIT.host);
  await admin.getByLabel("First day").fill("2024-05-14");
  await admin.getByLabel("Last day").fill("2024-05-15");
  await admin.getByLabel("Time zone", { exact: true }).fill("Europe/Amsterdam");
  await admin.getByLabel("Travel buffer (minutes)").fill("15");
  await admin.getByLabel("Working languages").fill("en, nl");
  await admin.getByRole("button", { name: "Create summit" }).click();
  await expect(admin).toHaveURL(/\/admin\/summits\/(?!new$)[^/]+$/);
  summitId = idFromUrl(admin);
  const [summit] = await sql<{ slug: string; timeZone: string; travelBufferMinutes: number; languages: string[] }>(
    `SELECT slug, "timeZone", "travelBufferMinutes", languages FROM "Summit" WHERE id = $1`,
    [summitId],
  );
  expect(summit).toEqual({ slug: SUMMIT.slug, timeZone: "Europe/Amsterdam", travelBufferMinutes: 15, languages: ["en", "nl"] });

  // Work on it: the header's switcher.
  const header = admin.getByRole("banner");
  await header.getByLabel("Summit").selectOption({ label: SUMMIT.name });
  await header.getByRole("button", { name: "Switch" }).click();
  await expect(header.getByRole("link", { name: new RegExp(SUMMIT.name) })).toBeVisible();

  // An agency of it.
  await admin.goto("/admin/agencies/new");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("New agency");
  await expect(admin.getByText(`Summit: ${SUMMIT.name}`)).toBeVisible();
  const agencyName = admin.getByLabel("Name", { exact: true });
  await hydrated(agencyName);
  await agencyName.fill("Setup Police");
  await admin.getByLabel("Short name").fill("SetupPol");
  await admin.getByLabel("Kind").selectOption({ label: "Police" });
  await admin.getByRole("button", { name: "Create agency" }).click();
  await expect(admin).toHaveURL(/\/admin\/agencies\/(?!new$)[^/]+$/);
  const agencyId = idFromUrl(admin);
  await admin.goto("/admin/agencies");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Agencies");
  const agencyRow = admin.getByRole("row", { name: /Setup Police/ });
  await expect(agencyRow.getByRole("cell")).toHaveText(["Setup Police", "SetupPol", "Police", "Active", "0", "0", "—"]);
  expect(await count(`SELECT 1 FROM "Agency" WHERE id = $1 AND "summitId" = $2 AND kind = 'POLICE' AND "deactivatedAt" IS NULL`, [agencyId, summitId])).toBe(1);

  // A delegation: a new summit has none.
  await admin.goto("/delegations");
  await expect(admin.getByRole("main")).toContainText("0 delegations");
  const code = admin.getByLabel("Code");
  await hydrated(code);
  await code.fill("SX");
  await admin.getByRole("main").getByLabel("Name", { exact: true }).fill("Setupland");
  await admin.getByRole("button", { name: "Create delegation" }).click();
  await expect(admin).toHaveURL(/\/delegations\/[^/]+$/);
  const delegationId = idFromUrl(admin);
  expect(await count(`SELECT 1 FROM "Delegation" WHERE id = $1 AND "summitId" = $2 AND code = 'SX'`, [delegationId, summitId])).toBe(1);

  // The liaison officer, assigned to that delegation of that summit.
  await admin.goto("/admin/users/new");
  const form = admin.getByRole("main");
  const email = form.getByLabel("E-mail");
  await hydrated(email);
  await email.fill(LIAISON.email);
  await form.getByLabel("Name", { exact: true }).fill(LIAISON.name);
  await form.getByLabel("Initial password").fill(LIAISON.password);
  await form.getByLabel("Role").selectOption({ label: "Liaison officer" });
  // The summit the admin works on is the first choice.
  await expect(form.getByLabel("Summit")).toHaveValue(summitId);
  const delegations = form.getByRole("group", { name: "Delegations" });
  await expect(delegations.getByRole("checkbox")).toHaveCount(1);
  await delegations.getByLabel("Setupland").check();
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(admin).toHaveURL(/\/admin\/users$/);
  await expect(admin.getByRole("row", { name: new RegExp(LIAISON.email) })).toContainText(`Setupland · ${SUMMIT.name}`);
  expect(
    await count(`SELECT 1 FROM "LiaisonAssignment" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1 AND u.role = 'LIAISON' AND a."delegationId" = $2`, [LIAISON.email, delegationId]),
  ).toBe(1);

  // Who is assigned where, in the summit the admin works on.
  await admin.goto("/admin/assignments");
  await expect(admin.getByRole("row", { name: /Setupland/ })).toContainText(LIAISON.name);
  await expect(admin.getByRole("row", { name: /Setup Police/ })).toContainText("Nobody assigned");

  // The liaison signs in and lands on the delegation's itinerary in the new summit: nothing planned yet.
  const liaison = await browser.newPage();
  await apiSignIn(liaison, LIAISON.email, LIAISON.password);
  await liaison.goto("/itinerary");
  await expect(liaison).toHaveURL(new RegExp(`/itinerary/${delegationId}$`));
  await expect(liaison.getByRole("heading", { level: 1 })).toHaveText("Itinerary · Setupland");
  await expect(liaison.getByRole("banner").getByRole("link", { name: new RegExp(SUMMIT.name) })).toBeVisible();
  await expect(liaison.getByText("Nothing planned that you may see.")).toBeVisible();
  await expect(liaison.getByRole("main")).not.toContainText("Royal dinner");
});
