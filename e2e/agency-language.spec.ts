// The agency's task day in Dutch: the police coordinator picks Nederlands on their tasks, reads
// Dutch headings, task types and statuses, downloads Dutch files, keeps Dutch on the next day
// (the proxy remembers the choice), and goes back to English. A planner's agency filter survives
// the language switch.
import Papa from "papaparse";
import { expect } from "@playwright/test";
import { test } from "./fixtures";

const DAY = "2025-06-24";
const NEXT_DAY = "2025-06-25";

test("the police coordinator reads the task day in Dutch, keeps Dutch on the next day, and switches back", async ({ policePage: page }) => {
  const title = page.getByRole("heading", { level: 1 });
  await page.goto(`/tasks/${DAY}`);
  await expect(title).toHaveText("Tasks · Tue 24 Jun 2025");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${DAY}\\?lang=nl$`));
  await expect(title).toHaveText("Taken · di 24 jun 2025");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByText("National Police · tijden in Europe/Amsterdam")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Tijdlijn" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ taken$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Wijzigingen sinds uw laatste bevestiging" })).toBeVisible();
  for (const column of ["Tijd", "Taak", "Voor", "Locatie en notitie", "Status"]) {
    await expect(page.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  // Task types and statuses by their Dutch names: rows, badges, the status form and the legend.
  const escorts = page.getByRole("row", { name: /^Escorte \d\d:\d\d–\d\d:\d\d voor / });
  expect(await escorts.count()).toBeGreaterThan(50);
  await expect(page.getByRole("row", { name: /^Beveiligingsperimeter / }).first()).toBeVisible();
  // No English type names on rows, and none of the page's own English words (task notes are the planners' text).
  await expect(page.getByRole("row", { name: /^(Escort|Security perimeter) / })).toHaveCount(0);
  const main = page.locator("main");
  for (const english of ["Tasks ·", "times in", "Timeline", "Location and note", "Note for the agency", "Download CSV", "Changes since", "Planned", "Save"]) {
    await expect(main).not.toContainText(english);
  }
  const row = escorts.first();
  await expect(row.locator(".badge")).toHaveText(/^(Gepland|Gezien|Bezig|Gereed|Probleem)$/);
  // The status controls are a group named for the task (not a form landmark: a day has hundreds).
  await expect(row.getByRole("group", { name: /^Status van Escorte / })).toBeVisible();
  await expect(row.getByLabel("Status", { exact: true }).locator("option")).toHaveText(["Gepland", "Gezien", "Bezig", "Gereed", "Probleem"]);
  // The planners' instruction, read-only and labelled in Dutch; the note field is the agency's own.
  await expect(row).toContainText("Notitie voor de dienst: Motorcade escort by the protection unit.");
  await expect(row.getByLabel("Notitie", { exact: true })).toHaveAttribute("placeholder", "Notitie voor de planners");
  await expect(row.getByRole("button", { name: "Opslaan" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Taken op een tijdlijn" })).toContainText("Gepland");

  // The downloads are in the page's language, and the CSV behind them is Dutch, separated by semicolons.
  const downloads = page.getByRole("group", { name: "Taken van deze dag downloaden" }).getByRole("link");
  await expect(downloads).toHaveText(["CSV downloaden", "Excel downloaden", "PDF downloaden", "iCalendar downloaden"]);
  const hrefs = await downloads.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual([
    `/exports/tasks/${DAY}?lang=nl`, `/exports/tasks/${DAY}?format=xlsx&lang=nl`, `/exports/tasks/${DAY}?format=pdf&lang=nl`, `/exports/tasks/${DAY}?format=ics&lang=nl`,
  ]);
  const csv = await page.request.get(hrefs[0]!);
  expect(csv.status()).toBe(200);
  const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.meta.delimiter).toBe(";");
  expect(parsed.meta.fields).toContain("Soort taak");
  expect(parsed.data.some((r) => r["Soort taak"] === "Escorte")).toBe(true);

  // The next day, reached through the Dutch day links without ?lang=, is still Dutch.
  await page.getByRole("navigation", { name: "Topdagen" }).getByRole("link", { name: "wo 25 jun 2025" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${NEXT_DAY}$`));
  await expect(title).toHaveText("Taken · wo 25 jun 2025");
  await expect(page.getByRole("row", { name: /^Beveiligingsperimeter 06:00–15:30 voor / }).filter({ hasText: "World Forum — red ring" }).locator(".badge")).toHaveText("Gezien");

  // Back to English, by keyboard, and English it stays.
  await page.getByRole("navigation", { name: "Taal" }).getByRole("link", { name: "English" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tasks/${NEXT_DAY}\\?lang=en$`));
  await expect(title).toHaveText("Tasks · Wed 25 Jun 2025");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto(`/tasks/${DAY}`);
  await expect(title).toHaveText("Tasks · Tue 24 Jun 2025");
  await expect(page.getByRole("row", { name: /^Escort \d\d:\d\d–\d\d:\d\d for / }).first()).toBeVisible();
  await expect(page.getByRole("group", { name: "Download this day's tasks" }).getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", `/exports/tasks/${DAY}?format=pdf`);
});

test("a planner's agency filter is kept when switching language, and the filter speaks Dutch", async ({ plannerPage: page }) => {
  const title = page.getByRole("heading", { level: 1 });
  await page.goto(`/tasks/${DAY}?agency=demo-agency-police`);
  await expect(title).toHaveText("Tasks · Tue 24 Jun 2025");

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${DAY}\\?agency=demo-agency-police&lang=nl$`));
  await expect(title).toHaveText("Taken · di 24 jun 2025");
  await expect(page.getByText("National Police · tijden in Europe/Amsterdam")).toBeVisible();
  const filter = page.getByRole("search", { name: "Taken filteren" });
  await expect(filter.getByLabel("Dienst", { exact: true })).toHaveValue("demo-agency-police");
  await expect(page.getByRole("link", { name: "Nieuwe taak" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Diensten met onbevestigde wijzigingen in hun taken" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Taken van deze dag downloaden" }).getByRole("link", { name: "PDF downloaden" }))
    .toHaveAttribute("href", `/exports/tasks/${DAY}?format=pdf&lang=nl&agencyId=demo-agency-police`);

  // Every agency's tasks, still in Dutch (the GET form drops ?lang=; the cookie keeps it).
  await filter.getByLabel("Dienst", { exact: true }).selectOption({ label: "Alle diensten" });
  await filter.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${DAY}\\?agency=(&|$)`));
  await expect(page.getByText("Alle diensten · tijden in Europe/Amsterdam")).toBeVisible();
  await expect(page.getByRole("row", { name: /^[^:]+: Wegafsluiting / }).first()).toBeVisible();
});
