// Two summits in one installation, in the browser: an administrator creates a second summit from
// the demo (its venues and spaces copied), a planner switches to it with the header's switcher and
// sees its programme and nothing of the demo's, then switches back from the keyboard and sees the
// demo's again. The second summit is dated before the demo, so it is nobody's default; the planner
// is made for this test, so no shared demo account keeps a choice. Both are removed afterwards.
import { expect } from "@playwright/test";
import { closeDb, count, makeUser, sql, TEST_PASSWORD } from "./db";
import { apiSignIn, hydrated, test } from "./fixtures";

const stamp = Date.now().toString(36);
const SECOND = { name: `Second Summit ${stamp}`, slug: `second-${stamp}`, day: "2024-05-14" };
const SECOND_ITEM = `Second summit opening ${stamp}`;
const DEMO_NAME = "NATO Summit The Hague 2025";
const DEMO_DINNER = /Royal dinner hosted by the King and Queen/;
let summitId = "";
let plannerId = "";

test.afterAll(async () => {
  if (plannerId) await sql(`DELETE FROM "User" WHERE id = $1`, [plannerId]);
  if (summitId) await sql(`DELETE FROM "Summit" WHERE id = $1`, [summitId]);
  await closeDb();
});

test("a planner switches between two summits and sees each one's programme", async ({ adminPage: admin, browser }) => {
  // The second summit, made by an administrator from the demo's reference data.
  await admin.goto("/admin/summits/new");
  const name = admin.getByLabel("Name", { exact: true });
  await hydrated(name);
  await name.fill(SECOND.name);
  await admin.getByLabel("Slug", { exact: true }).fill(SECOND.slug);
  await admin.getByLabel("Host", { exact: true }).fill("Kingdom of the Netherlands");
  await admin.getByLabel("First day").fill(SECOND.day);
  await admin.getByLabel("Last day").fill("2024-05-15");
  await admin.getByLabel("Time zone", { exact: true }).fill("Europe/Amsterdam");
  await admin.getByLabel("Working languages").fill("en, nl");
  await admin.getByLabel("Start from an earlier summit").selectOption({ label: DEMO_NAME });
  await admin.getByRole("button", { name: "Create summit" }).click();
  await expect(admin).toHaveURL(/\/admin\/summits\/(?!new$)[^/]+$/);
  summitId = new URL(admin.url()).pathname.split("/").pop()!;
  await expect(admin.getByRole("link", { name: "Download archive" })).toHaveAttribute("href", `/admin/summits/${summitId}/archive`);
  expect(await count(`SELECT 1 FROM "Venue" WHERE "summitId" = $1`, [summitId])).toBeGreaterThan(0);
  expect(await count(`SELECT 1 FROM "Delegation" WHERE "summitId" = $1`, [summitId])).toBe(0);
  await admin.goto("/admin/summits");
  await expect(admin.getByRole("row", { name: new RegExp(SECOND.name) })).toContainText("Active");
  await admin.close();

  // One published item in a copied space: the second summit's programme.
  const [space] = await sql<{ id: string }>(
    `SELECT s.id FROM "Space" s JOIN "Venue" v ON v.id = s."venueId" WHERE v."summitId" = $1 ORDER BY v.name, s.name LIMIT 1`,
    [summitId],
  );
  await sql(
    `INSERT INTO "ProgrammeItem" (id, "summitId", kind, title, status, visibility, "startsAt", "endsAt", "spaceId", "updatedAt")
     VALUES ($1, $2, 'PLENARY', $3, 'CONFIRMED', 'PUBLIC', $4, $5, $6, now())`,
    [`e2e-item-${stamp}`, summitId, SECOND_ITEM, new Date(`${SECOND.day}T09:00:00+02:00`), new Date(`${SECOND.day}T10:00:00+02:00`), space.id],
  );

  // A planner who has chosen nothing works on the demo, the most recent summit.
  const planner = await makeUser("PLANNER");
  plannerId = planner.id;
  const page = await browser.newPage();
  await apiSignIn(page, planner.email, TEST_PASSWORD);
  await page.goto("/programme/2025-06-24");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: new RegExp(DEMO_NAME) })).toBeVisible();
  await expect(page.getByRole("row", { name: DEMO_DINNER })).toBeVisible();
  await expect(page.getByText(SECOND_ITEM)).toHaveCount(0);

  // Switch to the second summit: the same section (the programme) opens on its first day.
  await header.getByLabel("Summit").selectOption({ label: SECOND.name });
  await header.getByRole("button", { name: "Switch" }).click();
  await expect(page).toHaveURL(new RegExp(`/programme/${SECOND.day}$`));
  await expect(header.getByRole("link", { name: new RegExp(SECOND.name) })).toBeVisible();
  await expect(header.getByLabel("Summit")).toHaveValue(summitId);
  await expect(page.getByText(SECOND_ITEM)).toBeVisible();
  await expect(page.getByRole("row", { name: DEMO_DINNER })).toHaveCount(0);
  expect(await count(`SELECT 1 FROM "User" WHERE id = $1 AND "currentSummitId" = $2`, [plannerId, summitId])).toBe(1);
  // The demo's days are not this summit's: not found.
  expect((await page.request.get("/programme/2025-06-24")).status()).toBe(404);
  // The choice holds on the next request and in another section.
  await page.goto("/timeline");
  await expect(page).toHaveURL(new RegExp(`/timeline/${SECOND.day}$`));
  await expect(page.getByText(SECOND_ITEM).first()).toBeVisible();

  // Back to the demo from the keyboard: the select, then Enter on the button.
  await page.goto(`/programme/${SECOND.day}`);
  const select = header.getByLabel("Summit");
  await select.focus();
  await select.selectOption({ label: DEMO_NAME });
  await page.keyboard.press("Tab");
  await expect(header.getByRole("button", { name: "Switch" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/programme\/2025-06-2[45]$/);
  await page.goto("/programme/2025-06-24");
  await expect(header.getByRole("link", { name: new RegExp(DEMO_NAME) })).toBeVisible();
  await expect(page.getByRole("row", { name: DEMO_DINNER })).toBeVisible();
  await expect(page.getByText(SECOND_ITEM)).toHaveCount(0);
  expect((await page.request.get(`/programme/${SECOND.day}`)).status()).toBe(404);
});
