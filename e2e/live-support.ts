// Shared steps of the live-update specs: an item of Luxembourg's own, moved by a planner through
// the same server action as the timeline, and the liaison's open itinerary showing the new time
// without a reload.
import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { postServerAction, serverAction } from "./server-actions";

export type Query = (text: string, values?: unknown[]) => Promise<unknown[]>;

export const SUMMIT = "demo-summit-nato-2025";
export const LU = "demo-deleg-lu";
// The second morning: Luxembourg has arrived (the first day at 14:45) and has not left yet.
const at = (hhmm: string) => new Date(`2025-06-25T${hhmm}:00+02:00`);

/** A confirmed item for Luxembourg alone (of the demo, or of `summitId`'s copy), 07:00–07:30 on the second day, outside any space. */
export async function createItem(query: Query, title: string, delegationId = LU, summitId = SUMMIT): Promise<string> {
  const id = `e2e-live-${crypto.randomUUID()}`;
  await query(
    `INSERT INTO "ProgrammeItem" (id, "summitId", kind, title, status, visibility, "startsAt", "endsAt", "updatedAt")
     VALUES ($1, $2, 'SIDE_EVENT', $3, 'CONFIRMED', 'PARTICIPANTS', $4, $5, now())`,
    [id, summitId, title, at("07:00"), at("07:30")],
  );
  await query(`INSERT INTO "Participation" (id, "itemId", "delegationId") VALUES ($1, $2, $3)`, [`${id}-p`, id, delegationId]);
  return id;
}

/**
 * The planner moves the item (moveItemAction, as the timeline does); returns the response. `origin`
 * sends it to one instance directly (the session cookie is the browser context's).
 */
export async function moveItem(planner: Page, id: string, version: number, start: string, end: string, origin = "") {
  const action = serverAction("lib/programme/actions.ts", "moveItemAction");
  // React's encoding of a Date argument.
  const date = (hhmm: string) => `$D${at(hhmm).toISOString()}`;
  const response = await postServerAction(planner, action, [{ id, version, startsAt: date(start), endsAt: date(end), spaceId: null }], `${origin}/programme/2025-06-24`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"ok":true');
  return response;
}

/** The item's row on the liaison's open itinerary. */
export const itemRow = (page: Page, title: string) => page.getByRole("row").filter({ hasText: title });

/** Marks the document so a reload would be noticed. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __liveMarker: true }));
}

export async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __liveMarker?: boolean }).__liveMarker)).toBe(true);
}
