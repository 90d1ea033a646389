import { cache } from "react";
import type { DbOrTx } from "@/lib/db";
import { daysBetween, isoDayOfDateColumn, type IsoDay } from "@/lib/time";

export type SummitSummary = {
  id: string;
  slug: string;
  name: string;
  host: string;
  timeZone: string;
  days: IsoDay[];
  travelBufferMinutes: number;
};

/**
 * The summit the app serves: SUMMIT_SLUG when set, otherwise the most recent one.
 * Null on an empty installation (pages show an empty state). Read once per request: the layout
 * and the page both need it (React's cache is per request, and a no-op outside rendering).
 */
export const getCurrentSummit = cache(async (db: DbOrTx): Promise<SummitSummary | null> => {
  const slug = process.env.SUMMIT_SLUG;
  const summit = await db.summit.findFirst({
    where: slug ? { slug } : {},
    orderBy: { startDate: "desc" },
    select: { id: true, slug: true, name: true, host: true, timeZone: true, startDate: true, endDate: true, travelBufferMinutes: true },
  });
  if (!summit) return null;
  const { startDate, endDate, ...rest } = summit;
  return { ...rest, days: daysBetween(isoDayOfDateColumn(startDate), isoDayOfDateColumn(endDate)) };
});
