// The scoped programme for exports and feeds: the whole summit, one day, one venue, or (for an
// agency's calendar) the items behind its own tasks. Visibility comes from visibleItemsWhere and,
// of an agency's items it sees only for its tasks, itemAsReadBy, exactly as on the day programme
// page (lib/programme/queries.ts).
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { itemAsReadBy, mayReadStaffNotes, visibleItemsWhere } from "@/lib/programme/policy";
import { dayBounds, type IsoDay } from "@/lib/time";
import { byTime, itemSelect, toItemEntry } from "./entries";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import type { Programme } from "./types";

export type ProgrammeQuery = {
  day?: IsoDay | null;
  venueId?: string | null;
  /** Agencies only: just the items their own tasks are tied to. */
  ownTasksOnly?: boolean;
};

export async function getProgramme(db: DbOrTx, actor: Actor, query: ProgrammeQuery = {}): Promise<Programme> {
  const summit = await requireCurrentSummit(db, actor);
  const day = query.day ?? null;
  if (day !== null && !summit.days.includes(day)) throw new NotFoundError();

  // A venue is named only if it holds an item the actor may see; otherwise it is not found.
  let venue: Programme["venue"] = null;
  if (query.venueId) {
    venue = await db.venue.findFirst({
      where: { id: query.venueId, summitId: summit.id, spaces: { some: { items: { some: visibleItemsWhere(actor) } } } },
      select: { id: true, name: true },
    });
    if (!venue) throw new NotFoundError();
  }

  const filters: Prisma.ProgrammeItemWhereInput[] = [visibleItemsWhere(actor), { summitId: summit.id }];
  if (day) {
    const bounds = dayBounds(day, summit.timeZone);
    filters.push({ startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } });
  }
  if (venue) {
    filters.push({ OR: [{ space: { venueId: venue.id } }, { spaceId: null, parent: { space: { venueId: venue.id } } }] });
  }
  if (query.ownTasksOnly) {
    if (actor.role !== "AGENCY" || !actor.agencyId) throw new NotFoundError();
    filters.push({ tasks: { some: { agencyId: actor.agencyId } } });
  }

  const rows = await db.programmeItem.findMany({
    where: { AND: filters },
    select: itemSelect(mayReadStaffNotes(actor)),
  });
  return { summit, venue, day, entries: rows.map((row) => toItemEntry(itemAsReadBy(actor, row))).sort(byTime) };
}

/** Venues holding at least one item the actor may see, for the per-venue exports. */
export async function listProgrammeVenues(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }[]> {
  const summit = await requireCurrentSummit(db, actor);
  return db.venue.findMany({
    where: { summitId: summit.id, spaces: { some: { items: { some: visibleItemsWhere(actor) } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
