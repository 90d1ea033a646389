// The US–Ukraine bilateral end to end: requested by the Ukrainian liaison, a slot proposed by a
// planner through the board's inline finder, accepted by both liaisons, confirmed by the planner,
// then in both delegations' programmes, and invisible to the Belgian liaison (404, no names).
// The demo already holds a confirmed "Bilateral: United States – Ukraine"; this one is requested
// by Ukraine, so its title is "Bilateral: Ukraine – United States", and it carries its own notes.
// The whole flow happens in one copy of the demo summit (./own-summit.ts), made before its first
// test with a planner and three liaisons of its own, and deleted, bilateral and all, after its last.
import { expect, type Page } from "@playwright/test";
import { closeDb, sql } from "./db";
import { apiSignIn, test } from "./fixtures";
import { ownSummit, type OwnSummit } from "./own-summit";
import { postServerAction, serverAction } from "./server-actions";

test.describe.configure({ mode: "serial" });

let summit: OwnSummit;
let removeSummit = async () => {};
let planner: Page;
let liaisonUA: Page;
let liaisonUS: Page;
let liaisonBE: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  // Importing the copy and four sign-ins.
  testInfo.setTimeout(120_000);
  const own = await ownSummit(browser, testInfo.project.use.baseURL!, apiSignIn);
  summit = own.summit;
  removeSummit = own.remove;
  planner = await summit.pageAs("planner");
  liaisonUA = await summit.pageAs({ liaison: "UA" });
  liaisonUS = await summit.pageAs({ liaison: "US" });
  liaisonBE = await summit.pageAs({ liaison: "BE" });
});

test.afterAll(async () => {
  await removeSummit();
  await closeDb();
});

const NOTES = "E2E: follow-up on the drone coalition";
const TITLE = "Bilateral: Ukraine – United States";
let requestId = "";
let programmeDay = "";
let slot = "";

const request = (page: Page) => page.getByRole("region", { name: "Request", exact: true });
const status = (page: Page) => request(page).locator("dd").first();

test("the Ukrainian liaison requests a bilateral with the United States at principal level", async () => {
  const page = liaisonUA;
  await page.goto("/bilaterals");
  await page.getByRole("link", { name: "Request a bilateral" }).click();
  await expect(page.getByLabel("Requesting delegation")).toHaveValue(await summit.delegation("UA"));
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
  await expect(page.getByRole("region", { name: "History" })).toContainText("E2E liaison UA: Requested (Ukraine – United States, principals, 40 min)");
});

test("a planner finds a slot on the board and proposes it", async () => {
  const page = planner;
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

test("both liaisons accept the proposed slot", async () => {
  for (const [page, name] of [[liaisonUA, "Ukraine"], [liaisonUS, "United States"]] as const) {
    await page.goto("/bilaterals");
    // Their list holds it next to the (copied) demo's earlier US–Ukraine meeting.
    await expect(page.getByRole("link", { name: "Ukraine – United States", exact: true })).toHaveCount(2);
    await page.goto(`/bilaterals/${requestId}`);
    // A liaison answers only for their own delegation.
    await expect(page.getByRole("button", { name: /^Accept for / })).toHaveText([`Accept for ${name}`]);
    await page.getByRole("button", { name: `Accept for ${name}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(`^${name} Accepted$`) })).toBeVisible();
  }
});

test("the planner confirms it into the programme", async () => {
  const page = planner;
  await page.goto(`/bilaterals/${requestId}`);
  await expect(status(page)).toHaveText("Accepted by all");
  await page.getByRole("button", { name: "Confirm bilateral" }).click();
  await expect(status(page)).toHaveText("Confirmed");
  const link = page.getByRole("link", { name: "In the programme" });
  programmeDay = (await link.getAttribute("href"))!.split("/").pop()!;
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).toContainText("E2E liaison US: United States accepted the proposed slot");
  await expect(history).toContainText("E2E planner: Confirmed");

  const [item] = await sql<{ kind: string; status: string; visibility: string }>(
    `SELECT i.kind, i.status, i.visibility FROM "ProgrammeItem" i JOIN "BilateralRequest" b ON b."itemId" = i.id WHERE b.id = $1`,
    [requestId],
  );
  expect(item).toEqual({ kind: "BILATERAL", status: "CONFIRMED", visibility: "PARTICIPANTS" });
});

test("the bilateral is in both delegations' itineraries and day programmes", async () => {
  const words = slot.split(" ");
  const [dayLabel, time] = [words.slice(0, 4).join(" "), words[4]];
  for (const [page, delegationId] of [[liaisonUA, await summit.delegation("UA")], [liaisonUS, await summit.delegation("US")]] as const) {
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

test("the Belgian liaison sees nothing of it", async () => {
  const page = liaisonBE;
  const BE = await summit.delegation("BE");
  const response = await page.goto(`/bilaterals/${requestId}`);
  expect(response?.status()).toBe(404);
  const html = await response!.text();
  for (const name of ["Ukraine", "United States", NOTES]) expect(html).not.toContain(name);
  await expect(page).not.toHaveTitle(/Ukraine|United States/);

  await page.goto("/bilaterals");
  await expect(page.getByText("Ukraine")).toHaveCount(0);
  await page.goto(`/programme/${programmeDay}`);
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toHaveCount(0);
  await page.goto(`/itinerary/${BE}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Belgium");
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toHaveCount(0);

  // Answering for Belgium through the server action directly: the same "Not found", no names.
  const respond = serverAction("lib/bilaterals/actions.ts", "respondAction");
  const res = await postServerAction(page, respond, [{ id: requestId, version: 1, delegationId: BE, response: "ACCEPTED" }], "/bilaterals");
  const body = await res.text();
  expect(body).toContain("Not found.");
  for (const name of ["Ukraine", "United States"]) expect(body).not.toContain(name);
});
