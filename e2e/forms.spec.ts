// Forms that scale to forty delegations, by keyboard: a planner adds delegations and members to a
// programme item through the searchable combobox (type, arrows, Enter, Backspace, chip buttons),
// uses the "whole delegation" shortcuts, types 24-hour times, is taken to the first error after an
// invalid submit and to the confirmation after saving. The tests that save do so in a copy of the
// demo summit of their own (./own-summit.ts).
import { expect, type Locator, type Page } from "@playwright/test";
import { closeDb, sql } from "./db";
import { hydrated, test } from "./fixtures";

test.afterAll(closeDb);

const DAY = "2025-06-25";
const TITLE = "E2E: keyboard-planned side meeting";

const chips = (form: Locator, label: string) => form.getByRole("list", { name: new RegExp(`^${label}: \\d+ chosen$`) }).getByRole("listitem");

async function typeInto(page: Page, combobox: Locator, text: string) {
  await combobox.focus();
  await page.keyboard.type(text);
}

test.describe("the programme item form", () => {
  test("adds delegations and members by keyboard, with the whole-delegation shortcuts, in 24-hour time, and confirms the save", async ({ ownSummit }) => {
    test.slow();
    const page = await ownSummit.pageAs("planner");
    const [BE, IS, UA] = [await ownSummit.delegation("BE"), await ownSummit.delegation("IS"), await ownSummit.delegation("UA")];
    await page.goto(`/programme/items/new?day=${DAY}&start=15:10`);
    const form = page.getByRole("form", { name: "New item" });
    const delegations = form.getByRole("combobox", { name: "Whole delegations" });
    const members = form.getByRole("combobox", { name: "Named members" });
    await hydrated(delegations);
    await form.getByLabel("Title").fill(TITLE);

    // A whole delegation: type to filter, Enter adds the active option.
    await typeInto(page, delegations, "belg");
    await expect(delegations).toHaveAttribute("aria-expanded", "true");
    const delegationList = form.getByRole("listbox", { name: "Whole delegations" });
    await expect(delegationList.getByRole("option")).toHaveText(["Belgium"]);
    const active = delegationList.getByRole("option", { selected: true });
    await expect(active).toHaveText("Belgium");
    await expect(delegations).toHaveAttribute("aria-activedescendant", (await active.getAttribute("id"))!);
    await page.keyboard.press("Enter");
    await expect(delegations).toHaveValue("");
    await expect(delegations).toHaveAttribute("aria-expanded", "false");
    await expect(chips(form, "Whole delegations")).toHaveText(["Belgium"]);
    await expect(form.getByRole("button", { name: "Remove Belgium" })).toBeVisible();

    // Arrows move through the matches: "land" finds several; Down then Enter takes the second.
    await typeInto(page, delegations, "land");
    await expect(delegationList.getByRole("option").first()).toBeVisible();
    const landOptions = await delegationList.getByRole("option").allTextContents();
    expect(landOptions.length).toBeGreaterThan(2);
    await page.keyboard.press("ArrowDown");
    await expect(delegationList.getByRole("option", { selected: true })).toHaveText(landOptions[1]);
    await page.keyboard.press("Enter");
    await expect(chips(form, "Whole delegations")).toHaveText(["Belgium", landOptions[1]]);
    // Backspace in the empty box removes the last chip.
    await page.keyboard.press("Backspace");
    await expect(chips(form, "Whole delegations")).toHaveText(["Belgium"]);

    // The "whole delegation" shortcuts in the member list: all of Ukraine's members at once…
    const ukraine = await sql<{ title: string }>(`SELECT title FROM "Member" WHERE "delegationId" = $1 ORDER BY precedence, title`, [UA]);
    expect(ukraine.length).toBeGreaterThan(1);
    await typeInto(page, members, "Ukraine");
    const memberList = form.getByRole("listbox", { name: "Named members" });
    await expect(memberList.getByRole("group", { name: "Whole delegation" }).getByRole("option")).toHaveText([
      "All members of Ukraine",
      "Ukraine, the delegation (its principal)",
    ]);
    await expect(memberList.getByRole("group", { name: "Ukraine" }).getByRole("option")).toHaveText(ukraine.map((m) => m.title));
    await page.keyboard.press("Enter");
    await expect(chips(form, "Named members")).toHaveText(ukraine.map((m) => m.title));
    // …and Iceland itself as a participant (its principal), from the same list.
    await typeInto(page, members, "Iceland");
    await page.keyboard.press("ArrowDown");
    await expect(memberList.getByRole("option", { selected: true })).toHaveText("Iceland, the delegation (its principal)");
    await page.keyboard.press("Enter");
    await expect(chips(form, "Whole delegations")).toHaveText(["Belgium", "Iceland"]);

    // A named member by name, then removed with its chip's button (keyboard: focus and Enter).
    await typeInto(page, members, "foreign minister belg");
    await expect(memberList.getByRole("option")).toHaveText(["Foreign Minister of Belgium"]);
    await page.keyboard.press("Enter");
    await expect(chips(form, "Named members")).toHaveText([...ukraine.map((m) => m.title), "Foreign Minister of Belgium"]);
    await form.getByRole("button", { name: "Remove Foreign Minister of Belgium" }).focus();
    await page.keyboard.press("Enter");
    await expect(chips(form, "Named members")).toHaveText(ukraine.map((m) => m.title));
    await expect(members).toBeFocused();
    // Escape closes the list without adding anything; Enter in a closed box adds nothing.
    await page.keyboard.type("Belgium");
    await page.keyboard.press("Escape");
    await expect(members).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Escape");
    await expect(members).toHaveValue("");

    // 24-hour times: typed, and stepped with the arrow keys (5 minutes).
    const start = form.getByLabel("Start");
    const end = form.getByLabel("End", { exact: true });
    await expect(start).toHaveValue("15:10");
    await end.fill("15:40");
    await end.press("ArrowUp");
    await expect(end).toHaveValue("15:45");
    await start.press("ArrowDown");
    await expect(start).toHaveValue("15:05");

    await form.getByRole("button", { name: "Create item" }).click();
    await expect(page).toHaveURL(/\/programme\/items\/[^/]+\/edit\?saved=1$/);
    const itemId = page.url().split("/items/")[1].split("/")[0];
    // The confirmation is shown, announced and focused.
    const saved = page.getByRole("status").filter({ hasText: "Saved (version 1)." });
    await expect(saved).toBeVisible();
    await expect(saved).toBeFocused();

    // What was saved is exactly what was chosen.
    const [item] = await sql<{ startsAt: Date; endsAt: Date }>(`SELECT "startsAt", "endsAt" FROM "ProgrammeItem" WHERE id = $1`, [itemId]);
    expect([item.startsAt.toISOString(), item.endsAt.toISOString()]).toEqual(["2025-06-25T13:05:00.000Z", "2025-06-25T13:45:00.000Z"]);
    const rows = await sql<{ delegationId: string; memberId: string | null }>(
      `SELECT "delegationId", "memberId" FROM "Participation" WHERE "itemId" = $1 ORDER BY "delegationId", "memberId" NULLS FIRST`,
      [itemId],
    );
    const whole = rows.filter((r) => r.memberId === null).map((r) => r.delegationId);
    expect(whole.sort()).toEqual([BE, IS].sort());
    expect(rows.filter((r) => r.memberId !== null).every((r) => r.delegationId === UA)).toBe(true);
    expect(rows.filter((r) => r.memberId !== null)).toHaveLength(ukraine.length);

    // The edit form shows the same chips back (in the order the database gives them).
    const edit = page.getByRole("form", { name: "Edit item" });
    await expect(chips(edit, "Whole delegations")).toHaveCount(2);
    expect((await chips(edit, "Whole delegations").allTextContents()).sort()).toEqual(["Belgium", "Iceland"]);
    await expect(chips(edit, "Named members")).toHaveCount(ukraine.length);
    expect((await chips(edit, "Named members").allTextContents()).sort()).toEqual(ukraine.map((m) => m.title).sort());
  });

  test("an invalid submit takes focus to the first field in error, described by its message", async ({ plannerPage: page }) => {
    await page.goto(`/programme/items/new?day=${DAY}`);
    const form = page.getByRole("form", { name: "New item" });
    const title = form.getByLabel("Title");
    await hydrated(title);
    await form.getByLabel("Start").fill("16:00");
    await form.getByLabel("End", { exact: true }).fill("15:30");
    await form.getByRole("button", { name: "Create item" }).click();

    // A missing title is found first (the times are compared once every field reads): focus goes there.
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toHaveAttribute("aria-describedby", /(^| )title-error( |$)/);
    await expect(form.locator("#title-error")).toHaveRole("alert");

    // Fixed the title: the next submit goes to the end, described by its message.
    await title.fill(TITLE);
    await form.getByRole("button", { name: "Create item" }).click();
    const end = form.getByLabel("End", { exact: true });
    await expect(end).toBeFocused();
    await expect(end).toHaveAttribute("aria-invalid", "true");
    await expect(end).toHaveAttribute("aria-describedby", "endTime-hint endTime-error");
    await expect(form.locator("#endTime-error")).toHaveText("The end must be after the start.");

    // A 12-hour time is refused at the start.
    await form.getByLabel("Start").fill("4:00 PM");
    await form.getByRole("button", { name: "Create item" }).click();
    await expect(form.getByLabel("Start")).toBeFocused();
    await expect(form.locator("#startTime-error")).toHaveText("Use HH:mm, e.g. 09:30.");
    await expect(page).toHaveURL(/\/programme\/items\/new/);
  });

  test("a space already booked: focus goes to the space, described by the booking", async ({ plannerPage: page }) => {
    await page.goto("/programme/items/new?day=2025-06-24");
    const form = page.getByRole("form", { name: "New item" });
    await hydrated(form.getByLabel("Title"));
    await form.getByLabel("Title").fill("E2E: clashing room");
    await form.getByLabel("Status").selectOption({ label: "Confirmed" });
    await form.getByLabel("Start").fill("14:10");
    await form.getByLabel("End", { exact: true }).fill("14:40");
    const space = form.getByLabel("Space");
    await space.selectOption({ label: "World Forum · Bilateral Room 1 (20)" });
    await form.getByRole("button", { name: "Create item" }).click();
    await expect(space).toBeFocused();
    await expect(space).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#spaceId-error")).toContainText("World Forum Bilateral Room 1 is already booked by 'Bilateral: Netherlands – New Zealand' 14:00–14:30");
    await expect(space).toHaveAttribute("aria-describedby", "spaceId-error");
    await expect(page).toHaveURL(/\/programme\/items\/new/);
  });
});

test("date-time fields show and take 24-hour times; a 12-hour time is refused with focus on it; saving confirms", async ({ ownSummit }) => {
  test.slow();
  // It saves a delegation: in a copy of the demo summit of its own.
  const page = await ownSummit.pageAs("planner");
  const dinner = await ownSummit.item("Royal dinner hosted by the King and Queen");
  // The task form suggests the royal dinner's times: shown on the 24-hour clock.
  await page.goto(`/tasks/items/new?day=2025-06-24&subject=item:${dinner}&agency=${await ownSummit.agency("Police")}&type=SECURITY_PERIMETER`);
  const starts = page.getByRole("group", { name: "Starts", exact: true });
  await hydrated(starts.getByLabel("Time", { exact: true }));
  await page.getByLabel("Covers", { exact: true }).selectOption(`item:${dinner}`);
  await expect(starts.getByLabel("Date", { exact: true })).toHaveValue("2025-06-24");
  await expect(starts.getByLabel("Time", { exact: true })).toHaveValue("19:30");
  await expect(page.getByRole("group", { name: "Ends", exact: true }).getByLabel("Time", { exact: true })).toHaveValue("22:30");
  await expect(page.locator('input[type="datetime-local"]')).toHaveCount(0);

  // The delegation form: Iceland's arrival, saved with the value it has.
  await page.goto(`/delegations/${await ownSummit.delegation("IS")}`);
  const arrives = page.getByRole("group", { name: /^Arrives/ });
  const time = arrives.getByLabel("Time", { exact: true });
  await hydrated(time);
  const original = await time.inputValue();
  expect(original).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  await expect(arrives.getByLabel("Date", { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(time).toHaveAttribute("aria-describedby", "arrivesAt-hint");
  await expect(arrives.getByText("24-hour clock, HH:mm")).toBeVisible();

  await time.fill("6:30 PM");
  await page.getByRole("button", { name: "Save delegation" }).click();
  await expect(time).toBeFocused();
  await expect(time).toHaveAttribute("aria-invalid", "true");
  await expect(time).toHaveAttribute("aria-describedby", "arrivesAt-hint arrivesAt-error");
  await expect(page.locator("#arrivesAt-error")).toHaveText("Use a date and time.");

  await time.fill(original);
  await page.getByRole("button", { name: "Save delegation" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Saved." });
  await expect(saved).toBeVisible();
  await expect(saved).toBeFocused();
  await expect(time).not.toHaveAttribute("aria-invalid", "true");
});
