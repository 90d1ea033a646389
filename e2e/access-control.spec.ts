// Need-to-know from the attacker's side: a liaison asks for another delegation's itinerary,
// export and bilateral by URL, and a viewer posts straight to a planner's server action.
import { expect } from "@playwright/test";
import { closeDb, sql } from "./db";
import { test } from "./fixtures";
import { postServerAction, serverAction } from "./server-actions";

test.afterAll(closeDb);

// What the Belgian liaison must never learn of: Ukraine's delegation and its US bilateral.
const SECRETS = ["Ukraine", "United States", "President of the United States"];

test("the Belgian liaison gets a bare 404 for Ukraine's itinerary, exports and bilateral", async ({ liaisonBEPage: page }) => {
  const urls = [
    "/itinerary/demo-deleg-ua",
    "/itinerary/demo-deleg-ua?member=demo-member-ua-head",
    "/exports/itinerary/demo-deleg-ua/pdf",
    "/exports/itinerary/demo-deleg-ua/ics",
    "/exports/itinerary/demo-deleg-ua/csv?lang=nl",
    "/bilaterals/demo-bilat-us-ua",
    "/bilaterals/demo-bilat-nl-ua",
  ];
  for (const url of urls) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
    const body = await res.text();
    for (const secret of SECRETS) expect(body, `${url} leaks ${secret}`).not.toContain(secret);
    expect(res.headers()["content-disposition"] ?? "", url).not.toMatch(/ua|ukraine/i);
  }
  await page.goto("/bilaterals/demo-bilat-us-ua");
  expect(await page.title()).not.toMatch(/Ukraine|United States/);
});

test("a viewer POSTing directly to a planner's server action is refused and the item is unchanged", async ({ viewerPage: page }) => {
  const [before] = await sql<{ status: string; version: number }>(`SELECT status, version FROM "ProgrammeItem" WHERE id = 'demo-item-royal-dinner'`);
  const action = serverAction("lib/programme/actions.ts", "cancelItemAction");
  const res = await postServerAction(page, action, [{ id: "demo-item-royal-dinner", version: before.version }], "/programme/2025-06-24");
  const body = await res.text();
  expect(body).toContain("Not found.");
  expect(body).not.toContain("Royal dinner");
  const [after] = await sql<{ status: string; version: number }>(`SELECT status, version FROM "ProgrammeItem" WHERE id = 'demo-item-royal-dinner'`);
  expect(after).toEqual(before);
  expect(before.status).toBe("CONFIRMED");
});

test("an anonymous request to an export or a server action gets nothing", async ({ page }) => {
  const exportRes = await page.request.get("/exports/itinerary/demo-deleg-ua/csv", { maxRedirects: 0 });
  expect([307, 404]).toContain(exportRes.status());
  expect(await exportRes.text()).not.toContain("Ukraine");
  const action = serverAction("lib/programme/actions.ts", "cancelItemAction");
  const res = await postServerAction(page, action, [{ id: "demo-item-royal-dinner", version: 1 }], "/sign-in");
  expect(await res.text()).not.toContain("Royal dinner");
  const [item] = await sql<{ status: string }>(`SELECT status FROM "ProgrammeItem" WHERE id = 'demo-item-royal-dinner'`);
  expect(item.status).toBe("CONFIRMED");
});
