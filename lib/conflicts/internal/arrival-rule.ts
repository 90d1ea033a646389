// Reads what the arrival-sequence check needs for one summit (lib/scheduling/rules/arrival-sequence.ts):
// each sequence's entrance and its parties' arrival times, which are kept as minutes from the
// item's start so they move with it. With a window, only the sequences of items near it (arrivals
// open at most 12 hours before their item).
import type { DbOrTx } from "@/lib/db";
import { arrivalSequenceRule, type ArrivalCheckData, type ConflictRule } from "@/lib/scheduling";
import type { SnapshotOptions } from "@/lib/snapshot/types";

const MINUTE = 60_000;
const LEAD = 12 * 60 * MINUTE;

/** With `delegationIds`, only those delegations' slots (a partial re-check's: see incremental.ts). */
export type ArrivalLoadOptions = SnapshotOptions & { delegationIds?: readonly string[] };

export async function loadArrivalCheckData(db: DbOrTx, summitId: string, options: ArrivalLoadOptions = {}): Promise<ArrivalCheckData> {
  const { window, delegationIds } = options;
  const sequences = await db.arrivalSequence.findMany({
    where: {
      summitId,
      ...(window ? { item: { startsAt: { gt: new Date(window.start.getTime() - LEAD), lt: new Date(window.end.getTime() + LEAD) } } } : {}),
    },
    select: {
      id: true,
      itemId: true,
      item: { select: { startsAt: true } },
      entrance: { select: { id: true, name: true, minGapMinutes: true } },
      slots: {
        ...(delegationIds ? { where: { delegationId: { in: [...delegationIds] } } } : {}),
        select: { delegationId: true, offsetMinutes: true, movementId: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: { id: "asc" },
  });
  return {
    sequences: sequences.map((s) => ({ id: s.id, itemId: s.itemId, entranceId: s.entrance.id, entranceName: s.entrance.name, minGapMinutes: s.entrance.minGapMinutes })),
    slots: sequences.flatMap((s) =>
      s.slots.map((slot) => ({
        sequenceId: s.id,
        delegationId: slot.delegationId,
        arrivesAt: new Date(s.item.startsAt.getTime() + slot.offsetMinutes * MINUTE),
        movementId: slot.movementId,
      })),
    ),
  };
}

export async function loadArrivalConflictRule(db: DbOrTx, summitId: string, options: ArrivalLoadOptions = {}): Promise<ConflictRule> {
  return arrivalSequenceRule(await loadArrivalCheckData(db, summitId, options));
}
