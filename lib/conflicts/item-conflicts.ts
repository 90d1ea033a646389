import type { DbOrTx } from "@/lib/db";
import { isoDayOf } from "@/lib/time";
import type { ConflictRow } from "./filters";
import { conflictsOfItem } from "./queries";

/** One item's conflicts with the items involved resolved for links (one extra query). */
export async function itemConflictRows(
  db: DbOrTx,
  summit: { id: string; timeZone: string },
  item: { id: string; startsAt: Date; endsAt: Date },
): Promise<ConflictRow[]> {
  const conflicts = await conflictsOfItem(db, summit.id, item);
  const ids = [...new Set(conflicts.flatMap((c) => c.itemIds))];
  const items = ids.length
    ? await db.programmeItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, startsAt: true, endsAt: true } })
    : [];
  const byId = new Map(items.map((i) => [i.id, { ...i, day: isoDayOf(i.startsAt, summit.timeZone) }]));
  return conflicts.map((c) => ({ ...c, items: c.itemIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) }));
}
