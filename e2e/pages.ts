// Every page a signed-in role can reach, found the way a reader finds them: from the start page,
// through the header's navigation and the links on each page. One page per kind of address (the
// first delegation's page stands for every delegation's, the first day for every day), downloads
// and other routes that are not pages left out. Used by the accessibility and Dutch-language specs.
import type { Page } from "@playwright/test";
import { sql } from "./db";

/** Route handlers: files, feeds, the archive, auth and the API. Never a page. */
const NOT_A_PAGE = /^\/(api|feeds)\/|^\/exports\/.|^\/import\/(templates|export)\/|^\/admin\/summits\/[^/]+\/archive\/?$|^\/sign-in/;

/** "/delegations/:id", "/programme/:day" … : the kind of page an address is. */
export function pageKind(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/^\d{4}-\d{2}-\d{2}$/.test(segment) ? ":day" : /\d|^demo-|^c[a-z0-9]{20,}$/.test(segment) ? ":id" : segment))
    .join("/");
}

/**
 * Visits every kind of page the signed-in context of `page` reaches from "/", calling `check` on
 * each once it has loaded (its final address, after any redirect). At most `limit` pages. A page
 * that answers with an error is reported to `failed` and not checked.
 */
export async function visitReachablePages(
  page: Page,
  check: (path: string) => Promise<void>,
  failed: (path: string, status: number) => void,
  limit = 60,
): Promise<string[]> {
  const queue = ["/"];
  const seen = new Set<string>([pageKind("/")]);
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const url = queue.shift()!;
    const response = await page.goto(url, { waitUntil: "load" });
    const final = new URL(page.url());
    // A redirect to a page already seen (the index of a section to its first day) is that page.
    const kind = pageKind(final.pathname);
    if (final.pathname !== new URL(url, final).pathname) {
      if (seen.has(kind) && url !== "/") continue;
      seen.add(kind);
    }
    visited.push(final.pathname + final.search);
    if (!response || response.status() >= 400) {
      failed(final.pathname + final.search, response?.status() ?? 0);
      continue;
    }
    await check(final.pathname + final.search);
    const hrefs = await page.$$eval("a[href]:not([download])", (links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const next = new URL(href, final);
      if (next.searchParams.has("lang") || NOT_A_PAGE.test(next.pathname)) continue;
      const nextKind = pageKind(next.pathname);
      if (seen.has(nextKind)) continue;
      seen.add(nextKind);
      queue.push(next.pathname + next.search);
    }
  }
  return visited;
}

/**
 * Every text the database holds (names, titles, notes …): data, shown as it was entered, in
 * whatever language it was entered. Longest first, so a name is removed before a part of it.
 */
export async function storedTexts(): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name NOT LIKE '\\_%'`,
  );
  const texts = new Set<string>();
  for (const { table_name, column_name } of columns) {
    const rows = await sql<{ v: string }>(`SELECT DISTINCT "${column_name}" AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL AND length("${column_name}") BETWEEN 2 AND 500`);
    for (const { v } of rows) texts.add(v);
  }
  return [...texts].sort((a, b) => b.length - a.length);
}
