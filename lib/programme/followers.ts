// What follows an item when it moves: the transfers linked to it. A transfer that goes to the item
// keeps its lead on the item's start (the motorcade still sets down 45 minutes before the dinner);
// one that leaves from the item keeps its lag behind the item's end (it still leaves as the dinner
// ends). The agency tasks on a transfer move with it. Pure: the preview shows exactly what the
// save path then writes.
import type { Span } from "@/lib/time";

export type LinkedTransfer = {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  fromItemId: string | null;
  toItemId: string | null;
};

export type FollowerShift<T extends LinkedTransfer = LinkedTransfer> = {
  movement: T;
  /** How far the transfer and its tasks move, in milliseconds (never 0). */
  byMs: number;
  startsAt: Date;
  endsAt: Date | null;
};

/** The transfers that move when the item goes from `before` to `after`, and by how much. */
export function followerShifts<T extends LinkedTransfer>(itemId: string, before: Span, after: Span, transfers: readonly T[]): FollowerShift<T>[] {
  const byStart = after.startsAt.getTime() - before.startsAt.getTime();
  const byEnd = after.endsAt.getTime() - before.endsAt.getTime();
  const shifts: FollowerShift<T>[] = [];
  for (const movement of transfers) {
    // Reaching the item matters more than leaving it: a transfer linked both ways cannot exist
    // (the database refuses it), but should one, it follows the start.
    const byMs = movement.toItemId === itemId ? byStart : movement.fromItemId === itemId ? byEnd : 0;
    if (byMs === 0) continue;
    shifts.push({
      movement,
      byMs,
      startsAt: new Date(movement.startsAt.getTime() + byMs),
      endsAt: movement.endsAt ? new Date(movement.endsAt.getTime() + byMs) : null,
    });
  }
  return shifts;
}

export type SessionShift = { id: string; byMs: number; before: Span; after: Span };

/** Everything that follows one item: its sessions (by the change of its start) and the transfers of both. */
export type FollowPlan<T extends LinkedTransfer = LinkedTransfer> = { sessions: SessionShift[]; transfers: FollowerShift<T>[] };

/**
 * The sessions of a side event keep their place in it (they move by the change of its start), and
 * every transfer linked to the event or to one of its sessions follows the item it serves.
 */
export function planFollowers<T extends LinkedTransfer>(
  item: { id: string; before: Span; after: Span },
  sessions: readonly { id: string; startsAt: Date; endsAt: Date }[],
  transfers: readonly T[],
): FollowPlan<T> {
  const byMs = item.after.startsAt.getTime() - item.before.startsAt.getTime();
  const moved: SessionShift[] = byMs === 0 ? [] : sessions.map((s) => ({
    id: s.id,
    byMs,
    before: { startsAt: s.startsAt, endsAt: s.endsAt },
    after: { startsAt: new Date(s.startsAt.getTime() + byMs), endsAt: new Date(s.endsAt.getTime() + byMs) },
  }));
  // A transfer between two sessions of the event is found twice (all move by the same amount):
  // it is moved once.
  const seen = new Set<string>();
  const shifts = [
    ...followerShifts(item.id, item.before, item.after, transfers),
    ...moved.flatMap((s) => followerShifts(s.id, s.before, s.after, transfers)),
  ].filter((shift) => !seen.has(shift.movement.id) && seen.add(shift.movement.id));
  return { sessions: moved, transfers: shifts };
}
