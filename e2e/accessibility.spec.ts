// Every page of every role passes axe (WCAG 2.x A and AA, and axe's best practices) without a
// serious or critical violation, on a laptop (1366×900) and a phone (390×844). One signed-in
// context per role; each page is loaded once and checked at both widths. axe-core runs inside the
// page: nothing is downloaded.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { closeDb } from "./db";
import { test } from "./fixtures";
import { visitReachablePages } from "./pages";

test.afterAll(closeDb);

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

const ROLES = [
  { role: "planner", user: "planner" },
  { role: "liaison", user: "liaisonUA" },
  { role: "agency", user: "police" },
  { role: "admin", user: "admin" },
] as const;

/** The serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  // Only violations are collected (passes and incomplete checks would cost as much again), and axe
  // runs in the page itself: the app has no cross-origin frames to reach through a second page.
  const { violations: found } = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] }).analyze();
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

// Every role in English; the planner, who reaches the most pages, in Dutch too (longer words, the
// same markup).
const RUNS = [...ROLES.map((r) => ({ ...r, lang: "en" as const })), { ...ROLES[0], lang: "nl" as const }];

for (const { role, user, lang } of RUNS) {
  test(`every page a ${role} reaches, in ${lang === "en" ? "English" : "Dutch"}, has no serious or critical axe violation at either width`, async ({ pageAs, baseURL }) => {
    test.setTimeout(600_000);
    const page = await pageAs(user);
    await page.context().addCookies([{ name: "lang", value: lang, url: baseURL! }]);
    // Each page's findings are recorded as it is checked (soft), so a failed run names them all.
    const visited = await visitReachablePages(
      page,
      async (path) => {
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          expect.soft(await violations(page), `${path} at ${size.width} px`).toEqual([]);
        }
        await page.setViewportSize(WIDTHS[0]);
      },
      (path, status) => expect.soft(status, `${path} answered`).toBeLessThan(400),
    );
    expect(visited.length, visited.join("\n")).toBeGreaterThan(2);
  });
}
