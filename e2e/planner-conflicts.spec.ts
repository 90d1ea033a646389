import { expect } from "@playwright/test";
import { test } from "./fixtures";

const DAY = "2025-06-24";
const TITLE = "Interview of the Prime Minister with NOS";

test("a planner double-books the Dutch prime minister, sees why, moves the item on the timeline and the conflict disappears", async ({ ownSummit }) => {
  // It creates and moves an item: in a copy of the demo summit of its own (./own-summit.ts).
  const page = await ownSummit.pageAs("planner");
  await page.goto(`/programme/items/new?day=${DAY}`);
  const form = page.getByRole("form", { name: "New item" });
  await form.getByLabel("Title").fill(TITLE);
  await form.getByLabel("Kind").selectOption({ label: "Press moment" });
  await form.getByLabel("Start").fill("14:00");
  await form.getByLabel("End", { exact: true }).fill("14:20");
  await form.getByLabel("Space").selectOption({ label: "World Forum · Press Centre (300)" });
  // Named members: a searchable combobox (components/forms/multi-select.tsx); the Dutch group lists him.
  await form.getByRole("combobox", { name: "Named members" }).fill("Netherlands");
  await form.getByRole("listbox", { name: "Named members" }).getByRole("group", { name: "Netherlands" }).getByRole("option", { name: "Prime Minister of the Netherlands", exact: true }).click();
  await expect(form.getByRole("button", { name: "Remove Prime Minister of the Netherlands" })).toBeVisible();
  await form.getByRole("button", { name: "Create item" }).click();

  // Saved as a draft, with the clash explained in words and a link to the other item.
  await expect(page).toHaveURL(/\/programme\/items\/[^/]+\/edit\?saved=1$/);
  const editUrl = page.url().replace(/\?.*$/, "");
  const conflicts = page.getByRole("region", { name: "Conflicts" });
  await expect(conflicts).toContainText(
    `Prime Minister of the Netherlands is in ${TITLE} (14:00–14:20) and Bilateral: Netherlands – New Zealand (14:00–14:30) at the same time`,
  );
  await expect(conflicts.getByRole("link", { name: "Bilateral: Netherlands – New Zealand" })).toBeVisible();

  // The conflicts page lists it under the Netherlands on that day, as hard (a person cannot be in
  // two places), linking both items.
  await page.goto(`/conflicts?day=${DAY}&delegation=${await ownSummit.delegation("NL")}`);
  const listed = page.getByRole("list", { name: "Conflicts" }).getByRole("listitem").filter({ hasText: TITLE });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("Person in two places");
  await expect(listed).toContainText("Hard");
  await expect(listed.getByRole("link", { name: TITLE, exact: true })).toHaveAttribute("href", new URL(editUrl).pathname);
  // Its day and time, whom it affects, and a link to the item on the timeline, highlighted.
  await expect(listed).toContainText("Tue 24 Jun 2025, 14:00–14:30");
  await expect(listed).toContainText("Prime Minister of the Netherlands");
  await expect(listed.getByRole("link", { name: `Open ${TITLE} on the timeline` })).toHaveAttribute("href", /^\/timeline\/2025-06-24\?highlight=/);
  // The other item is a confirmed bilateral: its request's slot finder is a way out too.
  await expect(listed.getByRole("link", { name: "Find another slot for Bilateral: Netherlands – New Zealand" })).toHaveAttribute(
    "href",
    `/bilaterals/${await ownSummit.bilateral("Bilateral: Netherlands – New Zealand")}#finder-heading`,
  );
  await page.getByLabel("Severity").selectOption("warning");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/severity=warning/);
  await expect(page.getByText(TITLE)).toHaveCount(0);

  // On the timeline the item carries a conflict marker; pick it up (M) and move it 90 minutes earlier by keyboard.
  await page.goto(`/timeline/${DAY}`);
  const item = page.getByRole("gridcell", { name: new RegExp(`^${TITLE}, 14:00–14:20, Press Centre, World Forum, draft, 1 conflict$`) });
  await expect(item).toBeVisible();
  await item.focus();
  await page.keyboard.press("m");
  for (let i = 0; i < 6; i++) await page.keyboard.press("Shift+ArrowLeft");
  const status = page.getByRole("status", { name: "Move" });
  await expect(status).toContainText(`Move ${TITLE} to 12:30–12:50, Press Centre.`);
  // The preview runs the conflict check before anything is saved.
  await expect(status).toContainText("No conflicts.");
  await page.keyboard.press("Enter");
  await expect(status).toContainText(`Moved ${TITLE}.`);
  await expect(status).not.toContainText("Prime Minister of the Netherlands is in");
  await expect(page.getByRole("gridcell", { name: new RegExp(`^${TITLE}, 12:30–12:50, Press Centre, World Forum, draft$`) })).toBeVisible();

  await page.goto(editUrl);
  await expect(page.getByRole("region", { name: "Conflicts" })).toContainText("No conflicts");
  await expect(page.getByLabel("Start")).toHaveValue("12:30");
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row", { name: /Moved/ })).toContainText("Tue 24 Jun 2025 14:00 → Tue 24 Jun 2025 12:30");
});

test("the conflicts page keeps other delegations' coverage gaps out of Japan's list, and links a gap to its fix and its item on the timeline", async ({ plannerPage: page }) => {
  // Iceland's and Montenegro's transfers to and from the royal dinner have no escort (deliberate in
  // the demo); Japan attends the dinner, but the gaps are not Japan's.
  await page.goto("/conflicts?delegation=demo-deleg-jp");
  await expect(page.getByRole("heading", { name: "Conflicts", exact: true })).toBeVisible();
  await expect(page.getByText(/Transfer of (Iceland|Montenegro)/)).toHaveCount(0);

  await page.goto("/conflicts");
  const form = page.getByRole("form", { name: "Filter conflicts" });
  await form.getByLabel("Delegation").selectOption({ label: "Iceland" });
  await form.getByLabel("Kind").selectOption({ label: "Agency coverage missing" });
  await form.getByRole("button", { name: "Filter" }).press("Enter");
  await expect(page).toHaveURL(/delegation=demo-deleg-is.*kind=MISSING_COVERAGE/);
  const gap = page.getByRole("list", { name: "Conflicts" }).getByRole("listitem").filter({ hasText: /Transfer of Iceland .* has no escort coverage/ });
  await expect(gap).toHaveCount(1);
  await expect(gap).toContainText("Tue 24 Jun 2025");
  await expect(gap.getByRole("link", { name: /^Add escort for Transfer of Iceland/ })).toHaveAttribute(
    "href",
    "/tasks/items/new?day=2025-06-24&subject=movement%3Ademo-move-is-to-palace&type=ESCORT",
  );
  await expect(gap.getByRole("link", { name: /^Shift Transfer of Iceland/ })).toHaveAttribute("href", "/movements/items/demo-move-is-to-palace/edit");

  await gap.getByRole("link", { name: "Open Royal dinner hosted by the King and Queen on the timeline" }).click();
  await expect(page).toHaveURL(/\/timeline\/2025-06-24\?highlight=demo-item-royal-dinner$/);
  const dinner = page.getByRole("gridcell", { name: /^Royal dinner hosted by the King and Queen, 19:30–22:30/ });
  await expect(dinner).toHaveAttribute("aria-current", "true");
  await expect(dinner).toBeInViewport();
  await expect(page.getByText("Highlighted: Royal dinner hosted by the King and Queen")).toBeVisible();

  await page.goto("/conflicts?kind=OVER_CAPACITY&delegation=demo-deleg-is&day=2025-06-25");
  await expect(page.getByText("No conflict matches these filters")).toBeVisible();
});

test("clicking an item on the timeline selects it, a double click opens its edit form", async ({ plannerPage: page }) => {
  await page.goto(`/timeline/${DAY}`);
  const dinner = page.getByRole("gridcell", { name: /^Royal dinner hosted by the King and Queen, 19:30–22:30/ });
  await dinner.click();
  await expect(dinner).toHaveAttribute("aria-selected", "true");
  await expect(dinner).toBeFocused();
  await expect(page.getByText("Selected:", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open", exact: true })).toHaveAttribute("href", "/programme/items/demo-item-royal-dinner/edit");
  await expect(page).toHaveURL(new RegExp(`/timeline/${DAY}$`));
  await dinner.dblclick();
  await expect(page).toHaveURL(/\/programme\/items\/demo-item-royal-dinner\/edit$/);
  await expect(page.getByLabel("Title")).toHaveValue("Royal dinner hosted by the King and Queen");
});

test("confirming into a booked room is refused with a message naming the booking", async ({ plannerPage: page }) => {
  await page.goto(`/programme/items/new?day=${DAY}`);
  const form = page.getByRole("form", { name: "New item" });
  await form.getByLabel("Title").fill("Extra bilateral");
  await form.getByLabel("Status").selectOption({ label: "Confirmed" });
  await form.getByLabel("Start").fill("14:10");
  await form.getByLabel("End", { exact: true }).fill("14:40");
  await form.getByLabel("Space").selectOption({ label: "World Forum · Bilateral Room 1 (20)" });
  await form.getByRole("button", { name: "Create item" }).click();
  await expect(form.getByRole("alert").first()).toContainText(
    "World Forum Bilateral Room 1 is already booked by 'Bilateral: Netherlands – New Zealand' 14:00–14:30",
  );
  await expect(page).toHaveURL(/\/programme\/items\/new/);
});

test("a viewer gets 404 for the timeline and the conflicts page", async ({ viewerPage: page }) => {
  for (const path of ["/timeline", `/timeline/${DAY}`, "/conflicts", "/programme/items/new", "/programme/items/demo-item-royal-dinner/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
