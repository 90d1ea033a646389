// Call a server action the way a hand-crafted request would: by id, bypassing the UI entirely.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

export function serverAction(filename: string, exportedName: string): { id: string; page: string } {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!entry) throw new Error(`server action ${filename}#${exportedName} not in the build`);
  const [id, { workers }] = entry;
  const page = Object.keys(workers)[0].replace(/^app/, "").replace(/\/page$/, "") || "/";
  return { id, page };
}

export async function postServerAction(page: Page, action: { id: string; page: string }, args: unknown[], pagePath = action.page) {
  return page.request.post(pagePath, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
