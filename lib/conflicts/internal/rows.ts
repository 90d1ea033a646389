// A conflict as the store keeps it: the conflict itself, its place in the engine's order, the
// spans a day's page selects by, and the keys a partial re-check replaces by.
import type { Prisma } from "@/lib/generated/prisma/client";
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

