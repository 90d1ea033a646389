// Live updates in the browser: a planner moves an item in one browser context; the liaison's
// itinerary, open in another, shows the new time within a few seconds without a reload, with an
// "updated" marker on that row, and a liaison of another delegation hears nothing of it.
import { expect } from "@playwright/test";
import { closeDb, makeUser, sql, TEST_PASSWORD } from "./db";
import { apiSignIn, test } from "./fixtures";
import { createItem, expectNoReload, itemRow, LU, markDocument, moveItem, removeItem } from "./live-support";

const query = (text: string, values: unknown[] = []) => sql(text, values);
let itemId = "";

test.afterAll(async () => {
  if (itemId) await removeItem(query, itemId);
  await closeDb();
});

test("a planner moves an item; the liaison's open itinerary shows the new time without a reload", async ({ browser, plannerPage: planner }) => {
  // Three browser contexts signing in and loading pages.
  test.setTimeout(120_000);
  const title = "Live push briefing for Luxembourg";
  itemId = await createItem(query, title);
  const liaisonUser = await makeUser("LIAISON", { delegationIds: [LU] });
  const otherUser = await makeUser("LIAISON", { delegationIds: ["demo-deleg-be"] });

  const liaisonContext = await browser.newContext();
  const liaison = await liaisonContext.newPage();
  await apiSignIn(liaison, liaisonUser.email, TEST_PASSWORD);
  const liaisonStream = liaison.waitForRequest((r) => r.url().endsWith("/api/events"));
  await liaison.goto(`/itinerary/${LU}`);
  const row = itemRow(liaison, title);
  // Luxembourg's home zone is named apart: its own time follows the summit's.
  await expect(row.getByRole("cell").first()).toHaveText(/^07:00–07:30/);

  // Belgium's liaison has their itinerary open too: the change is not theirs to hear of.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await apiSignIn(other, otherUser.email, TEST_PASSWORD);
  // A router refresh is an RSC request that is not a prefetch.
  const refreshes: string[] = [];
  other.on("request", (r) => {
    const headers = r.headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) refreshes.push(r.url());
  });
  const otherStream = other.waitForRequest((r) => r.url().endsWith("/api/events"));
  await other.goto("/itinerary/demo-deleg-be");
  // Both streams asked for; a moment for the server to subscribe them before the move.
  await Promise.all([liaisonStream, otherStream]);
  await liaison.waitForTimeout(1_000);
  await markDocument(liaison);
  await markDocument(other);
  const otherReads = refreshes.length;

  await moveItem(planner, itemId, 1, "07:15", "07:45");

  await expect(row.getByRole("cell").first()).toHaveText(/^07:15–07:45/, { timeout: 5_000 });
  await expect(row).toContainText(/updated \d\d:\d\d/);
  await expectNoReload(liaison);

  // Belgium's page re-read nothing (no router refresh: no RSC request to its itinerary).
  await liaison.waitForTimeout(500);
  expect(refreshes).toHaveLength(otherReads);
  await expectNoReload(other);

  const [audit] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEntry" WHERE "entityId" = $1`, [itemId]);
  expect(Number(audit.n)).toBe(1);
  await Promise.all([liaisonContext.close(), otherContext.close(), planner.context().close()]);
});

test("the event stream refuses a visitor without a session", async ({ request }) => {
  const response = await request.get("/api/events", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});
