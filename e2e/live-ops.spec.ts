// The summit days: the planner declares the royal dinner 20 minutes late, reviews the cascade
// (its motorcades and their police escorts follow) and applies it; the operations board shows the
// dinner running late. Belgium's liaison and the police each read the applied cascade as one
// entry with its reason. The police coordinator marks Belgium's return motorcade departed: their
// escort tasks show it, and the planner's board shows it on the road, the motorcades still due to
// leave apart, and its clock in the reader's language. It all happens in a copy of the demo summit
// made for this test (./own-summit.ts).
import { expect } from "@playwright/test";
import { closeDb, sql } from "./db";
import { test } from "./fixtures";

const DINNER_TITLE = "Royal dinner hosted by the King and Queen";

test.afterAll(closeDb);

test("the planner applies the royal dinner's 20-minute delay and the board shows it; the police's departed motorcade shows on the road", async ({ ownSummit }) => {
  // Importing the copy and three sign-ins on top of the journey.
  test.setTimeout(120_000);
  const DINNER = await ownSummit.item(DINNER_TITLE);
  const page = await ownSummit.pageAs("planner");
  const liaison = await ownSummit.pageAs({ liaison: "BE" });
  const police = await ownSummit.pageAs("police");
  await page.goto(`/live/items/${DINNER}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Royal dinner hosted by the King and Queen");
  await page.getByRole("link", { name: "Declare a delay" }).click();
  await expect(page).toHaveURL(/\/ops\/delay\?subject=item/);

  const minutes = page.getByLabel("Minutes", { exact: true });
  await expect(minutes).toHaveValue("20");
  await page.getByRole("button", { name: "Show what would change" }).click();
  const lines = page.getByTestId("proposal-lines");
  await expect(lines).toBeVisible();
  // The dinner, its motorcades to and from the palace, their escorts; nothing written yet.
  await expect(lines.getByRole("row").filter({ hasText: "Royal dinner hosted by the King and Queen" }).first()).toContainText("20");
  // Belgium's return motorcade, and its escort and road closure that follow it.
  await expect(lines.getByRole("row").filter({ hasText: "Transfer of Belgium: Huis ten Bosch →" })).toHaveCount(3);
  expect(await lines.getByRole("row").filter({ hasText: "Escort" }).count()).toBeGreaterThan(20);
  await expect(page.getByTestId("affected-agencies")).toContainText("Police");
  await expect(page.getByTestId("affected-delegations")).toContainText("Belgium");
  const [{ startsAt: before }] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "ProgrammeItem" WHERE id = $1`, [DINNER]);

  await page.getByLabel("Reason (recorded with the change)").fill("The King's speech runs long");
  await page.getByRole("button", { name: "Apply as one change" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Applied:" })).toBeVisible();
  const [{ startsAt: after }] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "ProgrammeItem" WHERE id = $1`, [DINNER]);
  expect(after.getTime() - before.getTime()).toBe(20 * 60_000);

  // Belgium's liaison reads the cascade as one change, with its reason.
  await liaison.goto(`/itinerary/${await ownSummit.delegation("BE")}`);
  const liaisonChanges = liaison.getByRole("region", { name: "Changes since last acknowledged" });
  await expect(liaisonChanges.getByRole("listitem").filter({ hasText: "Delay applied" }).filter({ hasText: "The King's speech runs long" })).toHaveCount(1);
  await expect(liaisonChanges).toContainText("Royal dinner hosted by the King and Queen +20 min");
  await liaison.context().close();

  await page.goto("/ops?at=2025-06-24T19:45");
  await expect(page.getByText("Demo clock: as if it were Tue 24 Jun 2025 19:45")).toBeVisible();
  const late = page.getByTestId("running-late");
  await expect(late).toContainText("Royal dinner hosted by the King and Queen");
  await expect(late).toContainText("+20 min");

  // The police coordinator, in a browser of their own, marks Belgium's return motorcade departed.
  // The police read the cascade as one change too: their tasks it moved, under its reason.
  await police.goto("/tasks/2025-06-24");
  const taskChanges = police.getByRole("region", { name: "Changes since you last acknowledged" });
  const cascade = taskChanges.getByRole("listitem").filter({ hasText: "Delay applied · The King's speech runs long" });
  await expect(cascade).toHaveCount(1);
  await expect(cascade).toContainText(/\d+ tasks/);
  await police.goto("/live?day=2025-06-24");
  await police.getByRole("link", { name: /Transfer · Belgium: Huis ten Bosch →/ }).click();
  await expect(police.getByRole("heading", { level: 1 })).toContainText("Belgium");
  await police.getByRole("combobox", { name: "Status" }).selectOption({ label: "Departed" });
  await police.getByLabel("Departed at").fill("2025-06-24T22:56");
  await police.getByLabel("Note").fill("Stuck at A12 junction");
  await police.getByRole("button", { name: "Record" }).click();
  await expect(police.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
  // Their escort of that motorcade shows it departed, with the note.
  await police.goto("/tasks/2025-06-24");
  await expect(police.getByTestId("movement-live").filter({ hasText: "Stuck at A12 junction" }).first()).toContainText("Departed · departed 22:56");
  // The board is the planners': the coordinator is not let in.
  expect((await police.goto("/ops"))?.status()).toBe(404);
  await police.context().close();

  await page.goto("/ops?at=2025-06-24T23:00");
  const road = page.getByTestId("on-the-road");
  await expect(road).toContainText("Belgium");
  await expect(road).toContainText("departed 22:56");
  await expect(road).toContainText("Stuck at A12 junction");
  // The other motorcades from the palace were due at 22:55 and later: nobody has marked them departed.
  const due = page.getByTestId("due-to-leave");
  await expect(due).toBeVisible();
  await expect(due).not.toContainText("Belgium");

  // In Dutch, the clock names the day in Dutch.
  await page.goto("/ops?at=2025-06-24T23:00&lang=nl");
  await expect(page.getByRole("timer")).toContainText("di 24 jun 2025");
  await page.goto("/ops?lang=en");
});
