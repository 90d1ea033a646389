// The US–Ukraine bilateral end to end: requested by the Ukrainian liaison, a slot proposed by a
// planner through the board's inline finder, accepted by both liaisons, confirmed by the planner,
// then in both delegations' programmes, and invisible to the Belgian liaison (404, no names).
// The demo already holds a confirmed "Bilateral: United States – Ukraine"; this one is requested
// by Ukraine, so its title is "Bilateral: Ukraine – United States", and it carries its own notes.
import { expect, type Page } from "@playwright/test";
import { closeDb, sql } from "./db";
import { test } from "./fixtures";
import { postServerAction, serverAction } from "./server-actions";

test.describe.configure({ mode: "serial" });
// The bilateral this spec confirms goes again at its end: the finder's best slot is the earliest
// both principals are free, which can be midnight, and later specs read the demo's day as it was.
test.afterAll(async () => {
  if (requestId) {
    const [row] = await sql<{ itemId: string | null }>(`SELECT "itemId" FROM "BilateralRequest" WHERE id = $1`, [requestId]);
    await sql(`DELETE FROM "BilateralRequest" WHERE id = $1`, [requestId]);
    if (row?.itemId) await sql(`DELETE FROM "ProgrammeItem" WHERE id = $1`, [row.itemId]);
  }
  await closeDb();
});

const NOTES = "E2E: follow-up on the drone coalition";
const TITLE = "Bilateral: Ukraine – United States";
let requestId = "";
let programmeDay = "";
let slot = "";

const request = (page: Page) => page.getByRole("region", { name: "Request", exact: true });
const status = (page: Page) => request(page).locator("dd").first();

test("the Ukrainian liaison requests a bilateral with the United States at principal level", async ({ liaisonUAPage: page }) => {
  await page.goto("/bilaterals");
  await page.getByRole("link", { name: "Request a bilateral" }).click();
  await expect(page.getByLabel("Requesting delegation")).toHaveValue("demo-deleg-ua");
  const others = page.getByRole("group", { name: "Meet with" });
  await expect(others.getByRole("checkbox", { name: "Ukraine", exact: true })).toHaveCount(0);
  await others.getByRole("checkbox", { name: "United States", exact: true }).check();
  await page.getByRole("radio", { name: "Principals" }).check();
  await page.getByLabel("Duration (minutes)").fill("40");
  await page.getByRole("checkbox", { name: "Wed 25 Jun 2025" }).check();
  await page.getByLabel("Notes").fill(NOTES);
  await page.getByRole("button", { name: "Request bilateral" }).click();

  await expect(page).toHaveURL(/\/bilaterals\/(?!new)[^/]+$/);
  requestId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(status(page)).toHaveText("Requested");
  await expect(page.getByText(NOTES)).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Demo Liaison Ukraine: Requested (Ukraine – United States, principals, 40 min)");
});

test("a planner finds a slot on the board and proposes it", async ({ plannerPage: page }) => {
  await page.goto("/bilaterals");
  const requested = page.getByRole("region", { name: /^Requested/ });
  const row = requested.getByRole("row").filter({ has: page.getByRole("link", { name: "Ukraine – United States", exact: true }) });
  await row.getByText("Find a slot").click();
  await row.getByRole("button", { name: "Find slots" }).click();
  const first = row.getByRole("button", { name: /^Propose / }).first();
  await expect(first).toBeVisible();
  await expect(row.getByText("Free for President of Ukraine and President of the United States")).toBeVisible();
  slot = (await first.getAttribute("aria-label"))!.replace(/^Propose /, "");
  await first.click();
  await expect(page.getByRole("region", { name: /^Slot proposed/ }).getByRole("link", { name: "Ukraine – United States", exact: true })).toBeVisible();

  await page.goto(`/bilaterals/${requestId}`);
  await expect(status(page)).toHaveText("Slot proposed");
  const [when, room] = slot.split(" in ");
  await expect(request(page)).toContainText(when);
  await expect(request(page)).toContainText(room);
});

test("both liaisons accept the proposed slot", async ({ liaisonUAPage, liaisonUSPage }) => {
  for (const [page, name] of [[liaisonUAPage, "Ukraine"], [liaisonUSPage, "United States"]] as const) {
    await page.goto("/bilaterals");
    // Their list holds it next to the demo's earlier US–Ukraine meeting.
    await expect(page.getByRole("link", { name: "Ukraine – United States", exact: true })).toHaveCount(2);
    await page.goto(`/bilaterals/${requestId}`);
    // A liaison answers only for their own delegation.
    await expect(page.getByRole("button", { name: /^Accept for / })).toHaveText([`Accept for ${name}`]);
    await page.getByRole("button", { name: `Accept for ${name}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(`^${name} Accepted$`) })).toBeVisible();
  }
});

test("the planner confirms it into the programme", async ({ plannerPage: page }) => {
  await page.goto(`/bilaterals/${requestId}`);
  await expect(status(page)).toHaveText("Accepted by all");
  await page.getByRole("button", { name: "Confirm bilateral" }).click();
  await expect(status(page)).toHaveText("Confirmed");
  const link = page.getByRole("link", { name: "In the programme" });
  programmeDay = (await link.getAttribute("href"))!.split("/").pop()!;
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).toContainText("Demo Liaison United States: United States accepted the proposed slot");
  await expect(history).toContainText("Demo Planner: Confirmed");

  const [item] = await sql<{ kind: string; status: string; visibility: string }>(
    `SELECT i.kind, i.status, i.visibility FROM "ProgrammeItem" i JOIN "BilateralRequest" b ON b."itemId" = i.id WHERE b.id = $1`,
    [requestId],
  );
  expect(item).toEqual({ kind: "BILATERAL", status: "CONFIRMED", visibility: "PARTICIPANTS" });
});

test("the bilateral is in both delegations' itineraries and day programmes", async ({ liaisonUAPage, liaisonUSPage }) => {
  const words = slot.split(" ");
  const [dayLabel, time] = [words.slice(0, 4).join(" "), words[4]];
  for (const [page, delegationId] of [[liaisonUAPage, "demo-deleg-ua"], [liaisonUSPage, "demo-deleg-us"]] as const) {
    await page.goto(`/itinerary/${delegationId}`);
    const entry = page.getByRole("region", { name: dayLabel, exact: true }).getByRole("row", { name: new RegExp(TITLE) });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole("cell").first()).toContainText(time);
    await page.goto(`/programme/${programmeDay}`);
    const row = page.getByRole("row", { name: new RegExp(TITLE) });
    await expect(row).toBeVisible();
    await expect(row.getByRole("cell").first()).toHaveText(time);
  }
});

test("the Belgian liaison sees nothing of it", async ({ liaisonBEPage: page }) => {
  const response = await page.goto(`/bilaterals/${requestId}`);
  expect(response?.status()).toBe(404);
  const html = await response!.text();
  for (const name of ["Ukraine", "United States", NOTES]) expect(html).not.toContain(name);
  await expect(page).not.toHaveTitle(/Ukraine|United States/);

  await page.goto("/bilaterals");
  await expect(page.getByText("Ukraine")).toHaveCount(0);
  await page.goto(`/programme/${programmeDay}`);
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toHaveCount(0);
  await page.goto("/itinerary/demo-deleg-be");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Belgium");
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toHaveCount(0);

  // Answering for Belgium through the server action directly: the same "Not found", no names.
  const respond = serverAction("lib/bilaterals/actions.ts", "respondAction");
  const res = await postServerAction(page, respond, [{ id: requestId, version: 1, delegationId: "demo-deleg-be", response: "ACCEPTED" }], "/bilaterals");
  const body = await res.text();
  expect(body).toContain("Not found.");
  for (const name of ["Ukraine", "United States"]) expect(body).not.toContain(name);
});
