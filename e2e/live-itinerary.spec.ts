// Live updates in the browser: a planner moves an item in one browser context; the liaison's
// itinerary, open in another, shows the new time within a few seconds without a reload, with an
// "updated" marker on that row, and a liaison of another delegation hears nothing of it. The item
// is Luxembourg's in a copy of the demo summit of the test's own (./own-summit.ts).
import { expect } from "@playwright/test";
import { closeDb, sql } from "./db";
import { test } from "./fixtures";
import { createItem, expectNoReload, itemRow, markDocument, moveItem } from "./live-support";

const query = (text: string, values: unknown[] = []) => sql(text, values);

test.afterAll(closeDb);

test("a planner moves an item; the liaison's open itinerary shows the new time without a reload", async ({ ownSummit }) => {
  // A copy imported and three browser contexts signing in and loading pages.
  test.setTimeout(120_000);
  const title = "Live push briefing for Luxembourg";
  const LU = await ownSummit.delegation("LU");
  const itemId = await createItem(query, title, LU, ownSummit.id);
  const planner = await ownSummit.pageAs("planner");

  const liaison = await ownSummit.pageAs({ liaison: "LU" });
  const liaisonStream = liaison.waitForRequest((r) => r.url().endsWith("/api/events"));
  await liaison.goto(`/itinerary/${LU}`);
  const row = itemRow(liaison, title);
  // Luxembourg's home zone is named apart: its own time follows the summit's.
  await expect(row.getByRole("cell").first()).toHaveText(/^07:00–07:30/);

  // Belgium's liaison has their itinerary open too: the change is not theirs to hear of.
  const other = await ownSummit.pageAs({ liaison: "BE" });
  // A router refresh is an RSC request that is not a prefetch.
  const refreshes: string[] = [];
  other.on("request", (r) => {
    const headers = r.headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) refreshes.push(r.url());
  });
  const otherStream = other.waitForRequest((r) => r.url().endsWith("/api/events"));
  await other.goto(`/itinerary/${await ownSummit.delegation("BE")}`);
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
});

test("the event stream refuses a visitor without a session", async ({ request }) => {
  const response = await request.get("/api/events", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});
