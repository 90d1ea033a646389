// Reads what the arrival-sequence check needs for one summit (lib/scheduling/rules/arrival-sequence.ts):
// each sequence's entrance and its parties' arrival times, which are kept as minutes from the
// item's start so they move with it. With a window, only the sequences of items near it (arrivals
// open at most 12 hours before their item).
import type { DbOrTx } from "@/lib/db";
import { arrivalSequenceRule, type ArrivalCheckData, type ConflictRule } from "@/lib/scheduling";
import type { SnapshotOptions } from "@/lib/snapshot/types";

const MINUTE = 60_000;
const LEAD = 12 * 60 * MINUTE;

export async function loadArrivalCheckData(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<ArrivalCheckData> {
  const { window } = options;
  const sequences = await db.arrivalSequence.findMany({
    where: {
      summitId,
      ...(window ? { item: { startsAt: { gt: new Date(window.startsAt.getTime() - LEAD), lt: new Date(window.endsAt.getTime() + LEAD) } } } : {}),
    },
    select: {
      id: true,
      itemId: true,
      item: { select: { startsAt: true } },
      entrance: { select: { id: true, name: true, minGapMinutes: true } },
      slots: {
        select: { delegationId: true, offsetMinutes: true, movementId: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: { id: "asc" },
  });
  return arrivalCheckDataOf(
    sequences.map((s) => ({ id: s.id, itemId: s.itemId, itemStartsAt: s.item.startsAt, entranceId: s.entrance.id, entranceName: s.entrance.name, minGapMinutes: s.entrance.minGapMinutes })),
    sequences.flatMap((s) => s.slots.map((slot) => ({ sequenceId: s.id, ...slot }))),
  );
}

/** A sequence as read: its entrance, and its item's start, which its slots' offsets count from. */
export type ArrivalSequenceRow = { id: string; itemId: string; itemStartsAt: Date; entranceId: string; entranceName: string; minGapMinutes: number };
/** A slot as read, in its sequence's order. */
export type ArrivalSlotRow = { sequenceId: string; delegationId: string; offsetMinutes: number; movementId: string | null };

/** The check's data from the rows (read here, or with the rest of a partial re-check's part). */
export function arrivalCheckDataOf(sequences: readonly ArrivalSequenceRow[], slots: readonly ArrivalSlotRow[]): ArrivalCheckData {
  const starts = new Map(sequences.map((s) => [s.id, s.itemStartsAt.getTime()]));
  return {
    sequences: sequences.map((s) => ({ id: s.id, itemId: s.itemId, entranceId: s.entranceId, entranceName: s.entranceName, minGapMinutes: s.minGapMinutes })),
    slots: slots.map((slot) => ({
      sequenceId: slot.sequenceId,
      delegationId: slot.delegationId,
      arrivesAt: new Date(starts.get(slot.sequenceId)! + slot.offsetMinutes * MINUTE),
      movementId: slot.movementId,
    })),
  };
}

export async function loadArrivalConflictRule(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<ConflictRule> {
  return arrivalSequenceRule(await loadArrivalCheckData(db, summitId, options));
}
