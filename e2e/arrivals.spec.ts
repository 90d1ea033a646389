import Papa from "papaparse";
import { expect } from "@playwright/test";
import { closeDb } from "./db";
import { hydrated, test } from "./fixtures";

const DINNER = "/arrivals/demo-item-royal-dinner";
const DINNER_FILES = "/exports/arrivals/demo-item-royal-dinner";

test.afterAll(closeDb);

test("a planner generates the royal-dinner arrivals, moves one delegation two places later, and its motorcade and the police schedule follow", async ({ ownSummit }) => {
  // In a copy of the demo summit of its own (./own-summit.ts): it generates escorts and moves arrivals.
  test.slow();
  const dinner = `/arrivals/${await ownSummit.item("Royal dinner hosted by the King and Queen")}`;
  const page = await ownSummit.pageAs("planner");
  const police = await ownSummit.pageAs("police");
  await page.goto("/arrivals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrivals in protocol order");
  await page.getByRole("link", { name: "Royal dinner hosted by the King and Queen" }).click();
  await expect(page).toHaveURL(new RegExp(`${dinner}$`));

  const generate = page.getByRole("button", { name: "Generate again" });
  await hydrated(generate);
  await page.getByLabel("Escort").selectOption({ label: "National Police" });
  await generate.click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(39);
  const second = rows.nth(1);
  const testId = (await second.getAttribute("data-testid"))!;
  const code = testId.replace("arrival-", "");
  const party = (await second.getByRole("cell").nth(2).textContent())!;
  const departsBefore = (await page.getByTestId(`departs-${code}`).textContent())!;
  const arrivesFourth = await rows.nth(3).locator("input[type=time]").inputValue();

  // The police's motorcade schedule before the move.
  const schedule = async () => {
    const csv = await (await police.request.get("/exports/arrivals/motorcades?format=csv&lang=en")).text();
    return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data.find((r) => r.Party === party);
  };
  expect((await schedule())?.["Motorcade leaves"]).toBe(departsBefore);

  // Two places later, by keyboard: the party takes the fourth arrival time.
  await second.getByRole("button", { name: `Move ${party} later` }).click();
  await expect(rows.nth(2)).toHaveAttribute("data-testid", testId);
  await rows.nth(2).getByRole("button", { name: `Move ${party} later` }).click();
  await expect(rows.nth(3)).toHaveAttribute("data-testid", testId);
  await expect(rows.nth(3).locator("input[type=time]")).toHaveValue(arrivesFourth);

  const departsAfter = page.getByTestId(`departs-${code}`);
  await expect(departsAfter).not.toHaveText(departsBefore);
  const moved = (await departsAfter.textContent())!;
  await expect.poll(async () => (await schedule())?.["Motorcade leaves"]).toBe(moved);

  // And back, two places earlier: it leaves when it did.
  await rows.nth(3).getByRole("button", { name: `Move ${party} earlier` }).click();
  await expect(rows.nth(2)).toHaveAttribute("data-testid", testId);
  await rows.nth(2).getByRole("button", { name: `Move ${party} earlier` }).click();
  await expect(rows.nth(1)).toHaveAttribute("data-testid", testId);
  await expect(page.getByTestId(`departs-${code}`)).toHaveText(departsBefore);
});

test("the arrival list and family photo download as PDF, drawn by the export worker pool of the running server", async ({ plannerPage: page }) => {
  for (const path of [`${DINNER_FILES}/list?format=pdf&lang=nl`, `${DINNER_FILES}/photo?lang=en`, `${DINNER_FILES}/list?format=xlsx&lang=en`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.body();
    expect(body.subarray(0, 4).toString("latin1"), path).toBe(path.includes("xlsx") ? "PK\u0003\u0004" : "%PDF");
  }
});

test("the police find their motorcade schedule on their task page, as PDF, CSV and iCalendar in their language", async ({ policePage: page }) => {
  await page.goto("/tasks/2025-06-24?lang=nl");
  const schedule = page.getByRole("group", { name: "Colonneschema voor de aankomsten, alle dagen" });
  await expect(schedule.getByRole("link")).toHaveText(["Colonneschema (PDF)", "Colonneschema (CSV)", "Colonneschema (iCalendar)"]);
  const pdf = await page.request.get((await schedule.getByRole("link", { name: "Colonneschema (PDF)" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  const csv = await (await page.request.get((await schedule.getByRole("link", { name: "Colonneschema (CSV)" }).getAttribute("href"))!)).text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, delimiter: ";" }).data;
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r["Taak"] === "Escorte")).toBe(true);
});

test("another role does not reach the arrivals pages", async ({ liaisonBEPage: page }) => {
  const response = await page.goto(DINNER);
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText("Palace forecourt");
});

test("a liaison's itinerary shows its own arrival at the royal dinner and links its own arrival times, never the order", async ({ liaisonBEPage: page }) => {
  await page.goto("/itinerary/demo-deleg-be");
  const dinner = page.locator("tbody tr", { hasText: "Royal dinner hosted by the King and Queen" });
  await expect(dinner.getByTestId("own-arrival")).toHaveText(/^Arrival in protocol order: Arrives at .+ at \d\d:\d\d · Motorcade leaves .+ at \d\d:\d\d$/);
  // Its motorcade's row names the entrance, not its place among the parties.
  await expect(page.locator("main")).not.toContainText(/Arrival \d+ of \d+/);

  // The Arrivals links beside the exports: the delegation's own arrival times alone.
  const link = page.locator('a[href^="/exports/arrivals/own/demo-deleg-be?"]', { hasText: "CSV" });
  await expect(link).toHaveCount(1);
  const csv = await (await page.request.get((await link.getAttribute("href"))!)).text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.Item)).toContain("Royal dinner hosted by the King and Queen");
  expect(Object.keys(rows[0])).not.toContain("Party");

  await page.goto("/itinerary/demo-deleg-be?lang=nl");
  await expect(page.locator("tbody tr", { hasText: "Royal dinner" }).getByTestId("own-arrival")).toContainText("Aankomst in protocolvolgorde: Aankomst bij");
});
