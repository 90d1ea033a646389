import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { SummitSummary } from "@/lib/summits/queries";
import { dayBounds, type IsoDay } from "@/lib/time";
import { itemAsReadBy, mayReadStaffNotes, visibleItemsWhere } from "./policy";

export type ProgrammeEntry = {
  id: string;
  /** The neutral title when `restricted` (an agency's item it sees only for its task, see itemAsReadBy). */
  title: string;
  /** Null when `restricted`. */
  kind: ItemKind | null;
  restricted: boolean;
  status: ItemStatus;
  visibility: Visibility;
  startsAt: Date;
  endsAt: Date;
  organiser: string | null;
  dressCode: string | null;
  staffNotes: string | null;
  parentId: string | null;
  space: { id: string; name: string } | null;
  participantCount: number;
};

export type VenueProgramme = { venue: { id: string; name: string } | null; items: ProgrammeEntry[] };

/**
 * The programme of one summit-local day, grouped by venue (venues by first item, items by time),
 * containing only what the actor may see (of an agency's items behind its tasks, only what the
 * task needs: itemAsReadBy). Items without a space are grouped last.
 */
export async function getDayProgramme(
  db: DbOrTx,
  actor: Actor,
  summit: SummitSummary,
  day: IsoDay,
): Promise<VenueProgramme[]> {
  const bounds = dayBounds(day, summit.timeZone);
  const rows = await db.programmeItem.findMany({
    where: {
      AND: [visibleItemsWhere(actor), { summitId: summit.id, startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } }],
    },
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      visibility: true,
      startsAt: true,
      endsAt: true,
      organiser: true,
      dressCode: true,
      staffNotes: mayReadStaffNotes(actor),
      parentId: true,
      space: { select: { id: true, name: true, venue: { select: { id: true, name: true } } } },
      // Sessions of a side event usually take place in the event's own space.
      parent: { select: { space: { select: { id: true, name: true, venue: { select: { id: true, name: true } } } } } },
      _count: { select: { participations: true } },
    },
  });

  const groups = new Map<string, VenueProgramme>();
  for (const read of rows) {
    const row = itemAsReadBy(actor, { ...read, staffNotes: read.staffNotes ?? null });
    const space = row.space ?? row.parent?.space ?? null;
    const venue = space?.venue ?? null;
    const key = venue?.id ?? "";
    if (!groups.has(key)) groups.set(key, { venue, items: [] });
    groups.get(key)!.items.push({
      id: row.id,
      title: row.title,
      kind: row.kind,
      restricted: row.restricted,
      status: row.status,
      visibility: row.visibility,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      organiser: row.organiser,
      dressCode: row.dressCode,
      staffNotes: row.staffNotes,
      parentId: row.parentId,
      space: space ? { id: space.id, name: space.name } : null,
      participantCount: row._count.participations,
    });
  }
  return [...groups.values()].sort((a, b) => (a.venue === null ? 1 : b.venue === null ? -1 : 0));
}
