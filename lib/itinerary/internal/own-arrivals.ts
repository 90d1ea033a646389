// A delegation's own arrivals at the items it attends in protocol order (lib/arrivals writes
// them): its entrance, its time at the door and its motorcade's departure. Read from the slot of
// this delegation only, so the order, the place in it and the other parties never leave the
// database. The delegation's items statement (delegation-items.ts) reads it beside each item the
// reader may already see, so it needs no round trip of its own.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemArrival } from "../types";

const MINUTE = 60_000;

/** The slot as the statement below gives it: the item's start is the caller's. */
export type OwnArrivalRow = { party: string; entrance: string; venue: string; offsetMinutes: number; departsAt: string | null; from: string | null };

/**
 * The delegation's arrival at the item `i` (a row of "ProgrammeItem" in the caller's statement)
 * as JSON, null when it has none or the item is cancelled.
 */
export function ownArrivalSql(summitId: string, delegationId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT json_build_object('party', own.name, 'entrance', en.name, 'venue', ev.name, 'offsetMinutes', sl."offsetMinutes",
                             'departsAt', mv."startsAt", 'from', fv.name)
      FROM "ArrivalSlot" sl
      JOIN "ArrivalSequence" sq ON sq.id = sl."sequenceId"
      JOIN "Entrance" en ON en.id = sq."entranceId" JOIN "Venue" ev ON ev.id = en."venueId"
      JOIN "Delegation" own ON own.id = sl."delegationId"
      LEFT JOIN "Movement" mv ON mv.id = sl."movementId" LEFT JOIN "Venue" fv ON fv.id = mv."fromVenueId"
     WHERE sq."itemId" = i.id AND sq."summitId" = ${summitId} AND sl."delegationId" = ${delegationId} AND i.status <> 'CANCELLED')`;
}

/** The arrival of a row of ownArrivalSql at an item starting at `itemStartsAt`. */
export function toOwnArrival(row: OwnArrivalRow, itemStartsAt: Date): ItemArrival {
  return {
    party: row.party,
    entrance: row.entrance,
    venue: row.venue,
    arrivesAt: new Date(itemStartsAt.getTime() + row.offsetMinutes * MINUTE),
    departsAt: row.departsAt === null ? null : new Date(row.departsAt),
    from: row.from,
  };
}
