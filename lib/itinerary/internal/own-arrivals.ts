// A delegation's own arrivals at the items it attends in protocol order (lib/arrivals writes
// them): its entrance, its time at the door and its motorcade's departure. Read from the slot of
// this delegation only, so the order, the place in it and the other parties never leave the
// database. The caller attaches them to the items the reader may already see.
import type { DbOrTx } from "@/lib/db";
import type { ItemArrival } from "../types";

const MINUTE = 60_000;

/** The delegation's arrival per item id, for the summit's items that are not cancelled. */
export async function readOwnArrivals(db: DbOrTx, summitId: string, delegationId: string): Promise<Map<string, ItemArrival>> {
  const slots = await db.arrivalSlot.findMany({
    where: { delegationId, sequence: { summitId, item: { status: { not: "CANCELLED" } } } },
    select: {
      offsetMinutes: true,
      delegation: { select: { name: true } },
      movement: { select: { startsAt: true, fromVenue: { select: { name: true } } } },
      sequence: { select: { itemId: true, item: { select: { startsAt: true } }, entrance: { select: { name: true, venue: { select: { name: true } } } } } },
    },
  });
  return new Map(
    slots.map((s) => [
      s.sequence.itemId,
      {
        party: s.delegation.name,
        entrance: s.sequence.entrance.name,
        venue: s.sequence.entrance.venue.name,
        arrivesAt: new Date(s.sequence.item.startsAt.getTime() + s.offsetMinutes * MINUTE),
        departsAt: s.movement?.startsAt ?? null,
        from: s.movement?.fromVenue?.name ?? null,
      },
    ]),
  );
}
