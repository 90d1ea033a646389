// The reader's language sticks: a language picked on one bilingual page (itinerary, downloads,
// calendar feed) is remembered in a cookie, so the next page opened without ?lang= shows it too.
// Downloads in the other language do not change it, and the calendar feed page speaks Dutch (to a
// liaison of a copy of the demo summit made for it, ./own-summit.ts, whose address it makes and revokes).
import { expect, request } from "@playwright/test";
import { test } from "./fixtures";

const UA = "/itinerary/demo-deleg-ua";

test("a liaison who picks Dutch on the itinerary keeps Dutch on the next pages until choosing English", async ({ liaisonUAPage: page }) => {
  const title = page.getByRole("heading", { level: 1 });

  await page.goto(`${UA}?lang=nl`);
  await expect(title).toHaveText("Reisschema · Ukraine");
  // Screen readers are told the page is Dutch.
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");

  // The main navigation speaks the reader's language, its links carry none; the calendar feed page still speaks Dutch.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda-abonnement" }).click();
  await expect(page).toHaveURL(/\/account\/calendar$/);
  await expect(title).toHaveText("Agenda-abonnement");
  await expect(page.getByRole("button", { name: "Abonnementsadres maken" })).toBeVisible();

  await page.goto("/exports");
  await expect(title).toHaveText("Downloaden: Dagprogramma");

  // The itinerary without ?lang= (the list redirects a one-delegation liaison to it, keeping no lang).
  await page.goto("/itinerary");
  await expect(page).toHaveURL(new RegExp(`${UA}$`));
  await expect(title).toHaveText("Reisschema · Ukraine");
  await expect(page.getByRole("heading", { name: "di 24 jun 2025" })).toBeVisible();
  // Downloads still name their language explicitly.
  await expect(page.locator(`a[href="/exports/itinerary/demo-deleg-ua/pdf?lang=nl"]`)).toBeVisible();

  await page.getByRole("navigation", { name: "Taal" }).getByRole("link", { name: "English" }).click();
  await expect(title).toHaveText("Itinerary · Ukraine");
  await page.goto(UA);
  await expect(title).toHaveText("Itinerary · Ukraine");
  await expect(page.locator(`a[href="/exports/itinerary/demo-deleg-ua/pdf?lang=en"]`)).toBeVisible();
  await page.goto("/account/calendar");
  await expect(title).toHaveText("Calendar feed");
  await expect(page.getByRole("button", { name: "Create feed address" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the calendar feed page in Dutch: Dutch confirmations and messages, and a Dutch feed", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs({ liaison: "NL" });
  const title = page.getByRole("heading", { level: 1 });
  await page.goto("/account/calendar");
  await expect(title).toHaveText("Calendar feed");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Nederlands" }).click();
  await expect(title).toHaveText("Agenda-abonnement");
  await expect(page.getByText("U hebt nog geen abonnementsadres.")).toBeVisible();

  await page.getByRole("button", { name: "Abonnementsadres maken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw abonnementsadres is gemaakt." })).toBeVisible();
  const address = await page.getByLabel(/Uw abonnementsadres/).inputValue();
  expect(address).toMatch(/\/feeds\/[A-Za-z0-9_-]{43}\.ics\?lang=nl$/);
  await expect(page.getByText(/^U hebt een abonnementsadres, gemaakt op /)).toBeVisible();

  const anonymous = await request.newContext();
  const feed = await anonymous.get(address);
  expect(feed.status()).toBe(200);
  const { default: ICAL } = await import("ical.js");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  expect(String(calendar.getFirstPropertyValue("x-wr-calname"))).toContain("Topagenda");

  const questions: string[] = [];
  page.on("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Adres intrekken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het adres is ingetrokken." })).toBeVisible();
  expect(questions).toEqual(["Het adres intrekken? Agenda's die erop zijn geabonneerd, worden dan niet meer bijgewerkt."]);
  expect((await anonymous.get(address)).status()).toBe(404);
  await anonymous.dispose();
});

test("downloading a Dutch file does not change the language of the pages", async ({ policePage: page }) => {
  const title = page.getByRole("heading", { level: 1 });
  await page.goto("/account/calendar");
  await expect(title).toHaveText("Calendar feed");

  for (const url of ["/exports/tasks/2025-06-24?lang=nl", "/exports/programme/csv?lang=nl"]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
  }
  await page.goto("/account/calendar");
  await expect(title).toHaveText("Calendar feed");
  await page.goto("/exports");
  await expect(title).toHaveText("Download: Day programme");
});
