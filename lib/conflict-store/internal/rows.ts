// A conflict as the store keeps it: the conflict itself, its place in the engine's order, the
// spans a day's page selects by, and the keys a partial re-check replaces by.
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Conflict, OrderedConflict, SummitSnapshot } from "@/lib/scheduling";

export function spansOf(conflict: Conflict, itemsById: Map<string, { startsAt: Date; endsAt: Date }>) {
  const starts: Date[] = [];
  const ends: Date[] = [];
  for (const id of conflict.itemIds) {
    const item = itemsById.get(id);
    if (!item) continue;
    starts.push(item.startsAt);
    ends.push(item.endsAt);
  }
  return starts.length === 0
    ? { itemsStart: null, itemsEnd: null, itemStarts: starts, itemEnds: ends }
    : {
        itemsStart: new Date(Math.min(...starts.map((d) => d.getTime()))),
        itemsEnd: new Date(Math.max(...ends.map((d) => d.getTime()))),
        itemStarts: starts,
        itemEnds: ends,
      };
}

/** Stored rows of checked conflicts, with their order keys and what a partial re-check selects by. */
export function storedRows(summitId: string, ordered: readonly OrderedConflict[], snapshot: SummitSnapshot): Prisma.StoredConflictCreateManyInput[] {
  const itemsById = new Map(snapshot.items.map((item) => [item.id, item]));
  return ordered.map(({ conflict, start, rank }) => ({
    summitId,
    conflictId: conflict.id,
    sortStart: Number.isFinite(start) ? new Date(start) : null,
    typeRank: rank,
    severity: conflict.severity,
    type: conflict.type,
    itemIds: conflict.itemIds,
    movementIds: conflict.movementIds ?? [],
    memberId: conflict.memberId ?? null,
    spaceId: conflict.spaceId ?? null,
    delegationId: conflict.delegationId ?? null,
    ...spansOf(conflict, itemsById),
    conflict: conflict as unknown as Prisma.InputJsonObject,
  }));
}


/** What a re-check puts in the store: the stored conflicts matching `doomed` (a condition on the alias c) give way to `rows`. */
export type Replacement = { doomed: Prisma.Sql; rows: readonly Prisma.StoredConflictCreateManyInput[] };

/**
 * Replace a summit's stored conflicts, in one statement: the rows travel as one JSON parameter, so
 * a few cost a round trip and no more, and a whole summit's meet no parameter limit. A stored row
 * the re-check found again unchanged stays as it is: rewriting it would leave a dead row and dead
 * index entries behind for every conflict in scope, which the next re-checks step over until a
 * vacuum (a travel time changed checks the whole summit, and most of its conflicts stay the same).
 * `alongside`, a statement that writes, runs in the same one (a data-modifying WITH runs whether
 * read or not): the re-check records what it has seen without a round trip of its own.
 */
export async function replaceStoredRows(db: DbOrTx, summitId: string, { doomed, rows }: Replacement, alongside?: Prisma.Sql): Promise<void> {
  // Every part of the statement reads the table as it was before it: "same" is a stored row in
  // scope that the replacement holds column for column.
  const same = Prisma.sql`c."summitId" = ${summitId} AND ${doomed} AND c."conflictId" = r."conflictId" AND (c.*) IS NOT DISTINCT FROM (r.*)`;
  await db.$executeRaw`
    WITH r AS MATERIALIZED (SELECT * FROM json_populate_recordset(NULL::"StoredConflict", ${JSON.stringify(rows)}::json)),
    gone AS (
      DELETE FROM "StoredConflict" c WHERE c."summitId" = ${summitId} AND ${doomed}
        AND NOT EXISTS (SELECT 1 FROM r WHERE ${same})
      RETURNING 1)
    ${alongside ? Prisma.sql`, alongside AS (${alongside})` : Prisma.empty}
    INSERT INTO "StoredConflict" ("summitId", "conflictId", "sortStart", "typeRank", "severity", "type", "itemIds", "movementIds",
                                  "memberId", "spaceId", "delegationId", "itemsStart", "itemsEnd", "itemStarts", "itemEnds", "conflict")
    SELECT r."summitId", r."conflictId", r."sortStart", r."typeRank", r."severity", r."type", r."itemIds", r."movementIds",
           r."memberId", r."spaceId", r."delegationId", r."itemsStart", r."itemsEnd", r."itemStarts", r."itemEnds", r."conflict"
    FROM r
    -- Read the deletion first: a conflict that changed comes back under its own key.
    WHERE (SELECT count(*) FROM gone) >= 0
      AND NOT EXISTS (SELECT 1 FROM "StoredConflict" c WHERE ${same})`;
}
