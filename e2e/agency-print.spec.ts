// Printing an agency's task day: the first page carries the task list (it used to come out blank
// but for the header: the hidden timeline and a card that may not break across pages pushed the
// list to page two). Printed through Chromium's own print-to-PDF and read back with pdfjs.
import path from "node:path";
import { expect } from "@playwright/test";
import { test } from "./fixtures";

async function pdfPages(data: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  await pdf.destroy();
  return pages;
}

test("the police coordinator prints their task day: the first page already lists tasks", async ({ policePage: page }) => {
  await page.goto("/tasks/2025-06-24");
  await expect(page.getByRole("row", { name: /^Escort \d\d:\d\d–\d\d:\d\d for / }).first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pages = await pdfPages(await page.pdf({ format: "A4", printBackground: false }));
  expect(pages.length).toBeGreaterThan(1);
  // Task rows (type, time, what they cover) are on page one, not only the header.
  expect(pages[0]).toMatch(/Escort/);
  expect(pages[0]).toMatch(/\d\d:\d\d–\d\d:\d\d/);
  // No page is empty.
  for (const text of pages) expect(text.trim().length).toBeGreaterThan(0);
});
