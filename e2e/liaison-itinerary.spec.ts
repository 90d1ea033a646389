// A liaison's itinerary end to end: downloads read back (PDF text, iCalendar events), a
// planner's move showing up under "changes since last acknowledged", acknowledging it, the
// calendar feed without a session, and the cross-delegation 404s leaking no name.
import fs from "node:fs";
import { expect, request, type Download, type Page } from "@playwright/test";
import { hydrated, moveInEditor, test } from "./fixtures";

const UA = "/itinerary/demo-deleg-ua";

async function download(page: Page, href: string): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`a[href="${href}"]`).click()]);
  const saved = await (file as Download).path();
  return { name: file.suggestedFilename(), data: fs.readFileSync(saved) };
}

async function pdfText(data: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/`, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n");
}

async function icsEvents(text: string) {
  const { default: ICAL } = await import("ical.js");
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    method: calendar.getFirstPropertyValue("method"),
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(), status: v.getFirstPropertyValue("status"), sequence: e.sequence };
    }),
  };
}

test("a liaison lands on their itinerary and downloads it as PDF and iCalendar", async ({ liaisonUAPage: page }) => {
  await page.goto("/itinerary");
  await expect(page).toHaveURL(new RegExp(`${UA}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Itinerary · Ukraine");
  const dinner = page.getByRole("row", { name: /Royal dinner hosted by the King and Queen/ });
  await expect(dinner.getByRole("cell").first()).toHaveText("19:30–22:30 20:30–23:30 (Europe/Kyiv)");

  const pdf = await download(page, "/exports/itinerary/demo-deleg-ua/pdf?lang=en");
  expect(pdf.name).toBe("itinerary-UA-all-days-en.pdf");
  const text = await pdfText(pdf.data);
  expect(text).toContain("Itinerary: Ukraine");
  expect(text).toContain("Royal dinner hosted by the King and Queen");
  expect(text).toContain("19:30–22:30");
  expect(text).toContain("Speech by the President of Ukraine");
  expect(text).not.toContain("Belgium");

  const ics = await download(page, "/exports/itinerary/demo-deleg-ua/ics?lang=en");
  expect(ics.name).toBe("itinerary-UA-all-days-en.ics");
  const { method, events } = await icsEvents(ics.data.toString("utf8"));
  expect(method).toBe("PUBLISH");
  const royal = events.find((e) => e.uid === "demo-item-royal-dinner.liaison-UA.att-UA.en@summit-logistics");
  expect(royal).toMatchObject({ summary: "Royal dinner hosted by the King and Queen", start: "2025-06-24T17:30:00.000Z", status: "CONFIRMED" });
  expect(events.map((e) => e.summary)).toContain("Arrival at Rotterdam The Hague Airport (UKR 01)");
});

test("a planner moves an item; the liaison sees it under changes, acknowledges, and the marker clears", async ({ ownSummit }) => {
  // Two people, an editor save and several page loads on two shared cores: the slow allowance.
  test.slow();
  // The move happens in a copy of the demo summit of its own (./own-summit.ts).
  const planner = await ownSummit.pageAs("planner");
  const liaison = await ownSummit.pageAs({ liaison: "UA" });
  const UA = `/itinerary/${await ownSummit.delegation("UA")}`;

  // The planner moves the Netherlands–Ukraine bilateral by a quarter of an hour in the editor.
  await moveInEditor(planner, await ownSummit.item("Bilateral: Netherlands – Ukraine"), "17:15", "18:00");

  await liaison.goto(UA);
  const changes = liaison.getByRole("region", { name: "Changes since last acknowledged" });
  await expect(changes.getByRole("heading")).toContainText(/\d+ unacknowledged changes?/);
  const moved = changes.getByRole("listitem").filter({ hasText: "Bilateral: Netherlands – Ukraine" });
  await expect(moved).toContainText("Moved");
  await expect(moved).toContainText("Tue 24 Jun 2025 17:00–17:45, Garden Room, Huis ten Bosch → Tue 24 Jun 2025 17:15–18:00, Garden Room, Huis ten Bosch");
  await expect(moved).toContainText("by E2E planner");
  await expect(liaison.getByRole("row", { name: /Bilateral: Netherlands – Ukraine/ }).getByRole("cell").first()).toContainText("17:15–18:00");

  // The planner sees Ukraine among the delegations that have not acknowledged.
  await planner.goto("/itinerary");
  const pending = planner.getByRole("region", { name: "Delegations with unacknowledged changes" });
  await expect(pending.getByRole("row", { name: /Ukraine/ })).toBeVisible();

  // The changed row is marked until acknowledged.
  const row = liaison.getByRole("row", { name: /Bilateral: Netherlands – Ukraine/ });
  await expect(row).toContainText("Changed: Moved");
  await hydrated(changes.getByRole("button", { name: "Acknowledge these changes" }));
  await changes.getByRole("button", { name: "Acknowledge these changes" }).click();
  // Focus goes to the confirmation, which is announced (role=status); the list and the marks clear.
  await expect(changes.getByRole("status")).toContainText(/^Changes acknowledged \(\d\d:\d\d\)/);
  await expect(changes.getByRole("status")).toBeFocused();
  await expect(changes).toContainText("No changes since you acknowledged on");
  await expect(row).not.toContainText("Changed:");
  await liaison.reload();
  await expect(liaison.getByRole("region", { name: "Changes since last acknowledged" }).getByText(/unacknowledged change/)).toHaveCount(0);

  await planner.reload();
  await expect(pending.getByRole("row", { name: /Ukraine/ })).toHaveCount(0);
  await expect(pending.getByRole("row", { name: /Netherlands/ })).toBeVisible();
});

test("another delegation's itinerary and export are a 404 that names nothing", async ({ liaisonUAPage: page }) => {
  const response = await page.goto("/itinerary/demo-deleg-be");
  expect(response?.status()).toBe(404);
  expect(await page.title()).not.toContain("Belgium");
  expect(await page.content()).not.toContain("Belgium");
  for (const url of ["/exports/itinerary/demo-deleg-be/pdf", "/exports/itinerary/demo-deleg-be/ics?lang=nl", "/itinerary/demo-deleg-be?member=demo-member-be-head"]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(404);
    expect(await res.text()).not.toContain("Belgium");
  }
  const bad = await page.request.get("/exports/itinerary/demo-deleg-ua/pdf?lang=fr");
  expect(bad.status()).toBe(400);
  expect(await (await page.request.get("/exports/itinerary/demo-deleg-ua/csv?day=24-06-2025")).text()).toBe("Bad request: check day");
  // Ukraine's own page says nothing of Belgium either.
  await page.goto(UA);
  expect(await page.content()).not.toContain("Belgium");
});

test("the itinerary switches to Dutch labels, for the page and the export links", async ({ liaisonUAPage: page }) => {
  await page.goto(UA);
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reisschema · Ukraine");
  await expect(page.getByRole("heading", { name: "di 24 jun 2025" })).toBeVisible();
  const csv = await page.request.get("/exports/itinerary/demo-deleg-ua/csv?lang=nl");
  const body = await csv.text();
  // Dutch Excel expects semicolons between columns.
  expect(body.startsWith("\uFEFFID;Datum;Begin;Einde;Thuistijd (Europe/Kyiv);Titel")).toBe(true);
});

test("a liaison subscribes to the calendar feed, which works without a session until revoked", async ({ ownSummit }) => {
  // The address is made and revoked by a liaison of a copy of the demo summit (./own-summit.ts).
  const page = await ownSummit.pageAs({ liaison: "UA" });
  const dinner = await ownSummit.item("Royal dinner hosted by the King and Queen");
  await page.goto("/account/calendar");
  await page.getByRole("button", { name: "Create feed address" }).click();
  const address = await page.getByLabel(/Your feed address/).inputValue();
  expect(address).toMatch(/\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByRole("link", { name: /Subscribe in your calendar app/ })).toHaveAttribute("href", address.replace(/^https?:/, "webcal:"));

  const anonymous = await request.newContext();
  const feed = await anonymous.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const { events } = await icsEvents(await feed.text());
  expect(events.map((e) => e.uid)).toContain(`${dinner}.liaison-UA.att-UA.en@summit-logistics`);
  expect(events.map((e) => e.summary).join("\n")).not.toContain("Belgium");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The address was revoked." })).toBeVisible();
  expect((await anonymous.get(address)).status()).toBe(404);
  expect((await anonymous.get(address.replace(/[A-Za-z0-9_-]{43}/, "x".repeat(43)))).status()).toBe(404);
  await anonymous.dispose();
});
