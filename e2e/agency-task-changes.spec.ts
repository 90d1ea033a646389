// An agency coordinator learns that a task of theirs moved: a planner gives the police a perimeter
// on the royal dinner and then moves the dinner; the police coordinator sees the perimeter under
// "Changes since you last acknowledged" with its old and new time, acknowledges, and the panel is
// empty. All in a copy of the demo summit of its own (./own-summit.ts).
import { expect } from "@playwright/test";
import { hydrated, moveInEditor, test } from "./fixtures";

const DAY = "2025-06-24";
// The dinner is for the delegations, not public: the police know it only as the neutral title.
const SUBJECT = "Security perimeter · Restricted event";

test("a planner moves the royal dinner; the police coordinator sees their perimeter moved, acknowledges, and the panel empties", async ({ ownSummit }) => {
  // Two people and a dozen page loads and saves on two shared cores, so the slow allowance.
  test.slow();
  const dinner = await ownSummit.item("Royal dinner hosted by the King and Queen");
  const police = await ownSummit.pageAs("police");
  const planner = await ownSummit.pageAs("planner");

  // The police start from an acknowledged, empty list.
  await police.goto(`/tasks/${DAY}`);
  const changes = police.getByRole("region", { name: "Changes since you last acknowledged" });
  const acknowledge = changes.getByRole("button", { name: "Acknowledge these changes" });
  if (await acknowledge.isVisible()) {
    await hydrated(acknowledge);
    await acknowledge.click();
    await expect(changes.getByRole("status")).toContainText("Changes acknowledged");
  }
  await expect(changes).toContainText(/No changes (since .+|to your agency's tasks yet)\./);

  // The planner gives the police a perimeter on the royal dinner, then moves the dinner half an hour earlier.
  await planner.goto(`/tasks/items/new?day=${DAY}&subject=item:${dinner}&agency=${await ownSummit.agency("Police")}&type=SECURITY_PERIMETER`);
  // Each time is one of the summit's days (a select) and a 24-hour "HH:mm" (components/forms/date-time-field.tsx).
  const starts = planner.getByRole("group", { name: "Starts", exact: true });
  const ends = planner.getByRole("group", { name: "Ends", exact: true });
  await hydrated(starts.getByLabel("Time", { exact: true }));
  await planner.getByLabel("Agency", { exact: true }).selectOption({ label: "National Police" });
  await planner.getByLabel("Covers", { exact: true }).selectOption(`item:${dinner}`);
  await starts.getByLabel("Date", { exact: true }).selectOption(DAY);
  await starts.getByLabel("Time", { exact: true }).fill("18:30");
  await ends.getByLabel("Date", { exact: true }).selectOption(DAY);
  await ends.getByLabel("Time", { exact: true }).fill("22:30");
  await planner.getByLabel("Location", { exact: true }).fill("Haagse Bos — outer ring");
  await planner.getByRole("button", { name: "Create task" }).click();
  await expect(planner).toHaveURL(/\/tasks\/2025-06-24/);
  // The new perimeter: one entry, and its row marked until acknowledged.
  await police.reload();
  await expect(changes.getByRole("heading")).toContainText(/\d+ unacknowledged changes?/);
  await expect(changes.getByRole("listitem").filter({ hasText: SUBJECT }).filter({ hasText: "New" })).toContainText("Tue 24 Jun 2025 18:30–22:30");
  const newRow = police.getByRole("row", { name: /Security perimeter/ }).filter({ hasText: "Haagse Bos — outer ring" });
  await expect(newRow).toContainText("Changed: New");
  await hydrated(acknowledge);
  await acknowledge.click();
  await expect(changes.getByRole("status")).toBeFocused();
  await expect(newRow).not.toContainText("Changed:");

  await moveInEditor(planner, dinner, "19:00", "22:00");

  await police.reload();
  await expect(changes.getByRole("heading")).toContainText(/\d+ unacknowledged changes?/);
  const moved = changes.getByRole("listitem").filter({ hasText: SUBJECT }).filter({ hasText: "Moved" });
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText("Tue 24 Jun 2025 18:30–22:30 → Tue 24 Jun 2025 18:00–22:00");
  await expect(moved).toContainText("by E2E planner");
  await expect(newRow).toContainText("Changed: Moved");
  await expect(changes).not.toContainText("Royal dinner hosted by the King and Queen");
  // The task list itself has the new time.
  await expect(police.getByRole("row", { name: /Security perimeter/ }).filter({ hasText: "Haagse Bos — outer ring" })).toContainText("18:00–22:00");
  // The planner sees that the police have not acknowledged it yet.
  await planner.goto(`/tasks/${DAY}`);
  const pending = planner.getByRole("region", { name: "Agencies with unacknowledged task changes" });
  await expect(pending.getByRole("row").filter({ hasText: "National Police" })).toContainText(/\d+ changes?/);

  // Keyboard: the button is reachable and acknowledges; focus lands on the announced confirmation.
  await acknowledge.focus();
  await police.keyboard.press("Enter");
  await expect(changes.getByRole("status")).toContainText(/^Changes acknowledged \(\d\d:\d\d\)/);
  await expect(changes.getByRole("status")).toBeFocused();
  await expect(changes).toContainText(/No changes since .+ \(E2E agency\)\./);
  await police.reload();
  await expect(changes.getByText(/unacknowledged change/)).toHaveCount(0);
  await expect(newRow).not.toContainText("Changed:");
  await expect(changes.getByRole("listitem")).toHaveCount(0);
  // …and the planner's overview no longer lists them.
  await planner.reload();
  await expect(pending).toBeVisible();
  await expect(pending.getByRole("row").filter({ hasText: "National Police" })).toHaveCount(0);
});
