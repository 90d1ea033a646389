// The conflicts page's data: every conflict of the summit, filtered and in triage order, each
// with its facts and the links that fix it. Beside the stored conflicts and what describes them,
// one read of the movements the conflicts name and one of the bilateral requests behind the
// bilateral items involved.
import { readAll, type DbOrTx } from "@/lib/db";
import type { SummitSnapshot } from "@/lib/scheduling";
import { movementIdsOf, type TriageConflict } from "./facts";
import { filterConflicts, type ConflictFilters, type TriageRow } from "./filters";
import { fixLinks, type FixLink, type FixPermissions } from "./fix-links";
import { storedConflicts } from "@/lib/conflict-store/queries";
import { loadOverrides, withOverrides } from "./overrides";
import { loadNamedSnapshot } from "@/lib/snapshot/queries";

export type TriageCard = TriageRow & { fixes: FixLink[] };
export type ConflictTriage = { snapshot: SummitSnapshot; total: number; rows: TriageCard[] };

export async function conflictTriage(
  db: DbOrTx,
  summit: { id: string; timeZone: string },
  filters: ConflictFilters,
  may: FixPermissions,
): Promise<ConflictTriage> {
  // The stored conflicts, and of the summit only what describes them: not the whole snapshot.
  const [stored, overrides] = await readAll(db, [() => storedConflicts(db, summit.id), () => loadOverrides(db, summit.id)] as const);
  const conflicts: readonly TriageConflict[] = withOverrides(stored, overrides);
  const snapshot = await loadNamedSnapshot(db, summit.id, {
    itemIds: [...new Set(conflicts.flatMap((c) => c.itemIds))],
    memberIds: [...new Set(conflicts.flatMap((c) => (c.memberId ? [c.memberId] : [])))],
  });
  const movementIds = [...new Set(conflicts.flatMap(movementIdsOf))];
  const kindOf = new Map(snapshot.items.map((i) => [i.id, i.kind]));
  const bilateralItemIds = [...new Set(conflicts.flatMap((c) => c.itemIds).filter((id) => kindOf.get(id) === "BILATERAL"))];
  const [movements, bilaterals] = await readAll(db, [
    async () => movementIds.length
      ? db.movement.findMany({
          where: { summitId: summit.id, id: { in: movementIds } },
          select: { id: true, kind: true, delegationId: true, startsAt: true, endsAt: true, fromVenueId: true, toVenueId: true },
        })
      : [],
    async () => bilateralItemIds.length
      ? db.bilateralRequest.findMany({ where: { summitId: summit.id, itemId: { in: bilateralItemIds } }, select: { id: true, itemId: true } })
      : [],
  ] as const);
  const bilateralOfItem = new Map(bilaterals.flatMap((b) => (b.itemId ? [[b.itemId, b.id] as const] : [])));
  const rows = filterConflicts(snapshot, conflicts, filters, movements).map((row) => ({
    ...row,
    fixes: fixLinks(row, { timeZone: summit.timeZone, bilateralOfItem, may }),
  }));
  return { snapshot, total: conflicts.length, rows };
}
