// Dutch everywhere: each role, with Dutch chosen, visits every page it can reach and finds no
// English in the navigation, the pages' words or their messages. The words checked are the
// dictionaries' own: every English word or sentence (or the fixed part of a worded phrase) that
// Dutch says differently. What the database holds (names, titles, notes) is data, shown as
// entered, and is taken out of the page's text first.
import { expect, type Page } from "@playwright/test";
import { en } from "@/lib/i18n/en";
import { nl } from "@/lib/i18n/nl";
import { closeDb } from "./db";
import { test } from "./fixtures";
import { storedTexts, visitReachablePages } from "./pages";

test.afterAll(closeDb);

/**
 * Every word of a dictionary: its strings, and the fixed parts of its phrases (functions, and the
 * strings client components fill in: "{name}" placeholders and templates' blanks).
 */
function words(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\{\w+\}|\u0001\d+\u0001/);
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    // A phrase filled with a marker (a number for counts, a string for names), split at it.
    for (const marker of [7777, "\u0001"]) {
      try {
        const out = fn(...Array.from({ length: fn.length }, () => marker));
        if (typeof out === "string") return out.split(String(marker));
      } catch {
        // a phrase that calls a string method on its argument: try the string marker
      }
    }
    return [];
  }
  if (value && typeof value === "object") return Object.values(value).flatMap(words);
  return [];
}

const clean = (text: string) => text.replace(/^[\s:·,.;()–—\-/?!"'…]+|[\s:·,.;()–—\-/?!"'…]+$/g, "");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const asWord = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, "u");

/** The dictionary's English that Dutch does not share: four letters or more, not a word Dutch uses too. */
const DUTCH = [...new Set(words(nl).map(clean))];
const ENGLISH_ONLY = [...new Set(words(en).map(clean))]
  .filter((w) => w.length >= 4 && /\p{L}{2}/u.test(w))
  .filter((w) => !DUTCH.some((d) => asWord(w).test(d)))
  .map((w) => ({ word: w, pattern: asWord(w) }));

const ROLES = [
  { role: "planner", user: "planner" },
  { role: "liaison", user: "liaisonUA" },
  { role: "agency", user: "police" },
  { role: "admin", user: "admin" },
] as const;

let data: string[] = [];
test.beforeAll(async () => {
  data = await storedTexts();
});

/**
 * The page's visible text in Dutch: what is marked as another language (the language switch's
 * "English", an English-only explanation marked lang="en") is left out, as a screen reader would
 * read it in that language.
 */
async function dutchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const others = [...document.body.querySelectorAll<HTMLElement>("[lang]")].filter((el) => el.lang !== "nl");
    const before = others.map((el) => el.style.display);
    for (const el of others) el.style.display = "none";
    const text = document.body.innerText;
    others.forEach((el, i) => (el.style.display = before[i]));
    return text;
  });
}

async function englishOn(page: Page): Promise<string[]> {
  let text = await dutchText(page);
  // Data is taken out as whole words only: a stored "en" must not cut "Downloaden" into "Download".
  for (const value of data) if (text.includes(value)) text = text.replace(new RegExp(asWord(value).source, "gu"), " ¤ ");
  return ENGLISH_ONLY.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
}

test("the checked words are the dictionaries' English that Dutch says otherwise", () => {
  const found = new Set(ENGLISH_ONLY.map((w) => w.word));
  for (const word of ["Conflicts", "Sign out", "Check the highlighted fields", "Something went wrong", "Not found", "Skip to content", "Coverage rules"]) {
    if (words(en).some((w) => clean(w) === word)) expect(found.has(word), word).toBe(true);
  }
  expect(found.has("Status")).toBe(false);
  expect(found.size).toBeGreaterThan(500);
});

for (const { role, user } of ROLES) {
  test(`a ${role} with Dutch chosen meets no English on any page`, async ({ pageAs, baseURL }) => {
    test.setTimeout(600_000);
    const page = await pageAs(user);
    await page.context().addCookies([{ name: "lang", value: "nl", url: baseURL! }]);
    // Each page's findings are recorded as it is checked (soft), so a failed run names them all.
    const visited = await visitReachablePages(
      page,
      async (path) => {
        expect.soft(await page.locator("html").getAttribute("lang"), `${path}: <html lang>`).toBe("nl");
        expect.soft(await englishOn(page), `${path}: English words`).toEqual([]);
      },
      (path, status) => expect.soft(status, `${path} answered`).toBeLessThan(400),
    );
    expect(visited.length, visited.join("\n")).toBeGreaterThan(2);
  });
}

test("the page for something that is not there is Dutch too", async ({ plannerPage: page, baseURL }) => {
  await page.context().addCookies([{ name: "lang", value: "nl", url: baseURL! }]);
  await page.goto("/delegations/no-such-delegation");
  await expect(page.getByRole("heading", { name: nl.app.notFound.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

/** The forms a planner fills in, each submitted empty once: labels, hints and the validation errors. */
const FORMS = ["/programme/items/new", "/movements/items/new", "/tasks/items/new", "/delegations", "/coverage/rules", "/bilaterals/new"];

test("the planners' forms and their validation errors are Dutch", async ({ plannerPage: page, baseURL }) => {
  test.setTimeout(180_000);
  await page.context().addCookies([{ name: "lang", value: "nl", url: baseURL! }]);
  for (const path of FORMS) {
    await page.goto(path);
    expect.soft(await englishOn(page), `${path}: English words`).toEqual([]);
    // Emptied and sent: the errors come from the schemas in the browser and from the server.
    const form = page.locator("main form").last();
    for (const field of await form.locator('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=number]), textarea').all()) {
      if (await field.isEditable()) await field.fill("");
    }
    await form.locator('button[type="submit"]').click();
    await expect(form.locator(".field-error, .form-error, [role=alert]").first()).toBeVisible();
    expect.soft(await englishOn(page), `${path} after an empty submit: English words`).toEqual([]);
  }
});

test("the conflict engine explains itself in Dutch on the conflicts page", async ({ plannerPage: page, baseURL }) => {
  await page.context().addCookies([{ name: "lang", value: "nl", url: baseURL! }]);
  await page.goto("/conflicts");
  const explanations = page.locator("li[data-severity] > p:first-of-type");
  expect(await explanations.count()).toBeGreaterThan(0);
  const dutch = await explanations.evaluateAll((ps) => ps.filter((p) => !p.hasAttribute("lang")).map((p) => p.textContent ?? ""));
  // The fixed parts of the Dutch conflict phrases: a Dutch explanation holds at least one.
  const parts = words(nl.conflictPhrases).map(clean).filter((w) => w.length >= 4);
  expect(dutch.length, "explanations in Dutch").toBeGreaterThan(0);
  for (const text of dutch) expect.soft(parts.some((p) => text.includes(p)), text).toBe(true);
  // Every rule, the movements' labels and the links that fix a conflict speak Dutch: nothing on
  // the page is left marked as English (which englishOn would pass over).
  await expect(page.locator("main [lang=en]")).toHaveCount(0);
  const fixes = await page.locator("li[data-severity] .no-print a").allTextContents();
  expect(fixes.length).toBeGreaterThan(0);
  const fixParts = ["toe voor", "Verschuif", "Wijzig", "ander tijdslot", "op de tijdlijn"];
  for (const text of fixes) expect.soft(fixParts.some((p) => text.includes(p)), text).toBe(true);
  expect(await englishOn(page)).toEqual([]);
});
