// What every item write shares: one transaction, a summit-wide write lock so conflict checks and
// writes of one summit never interleave, a per-space lock so racing confirmations queue instead of
// deadlocking, the optimistic-version refusal naming who changed the item, and the
// database's space-overlap refusal turned into a message naming the item that holds the space.
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { ConstraintError, StaleVersionError, translateDbError } from "@/lib/errors";
import { refusal, worded } from "@/lib/i18n/errors";
import { formatTime } from "@/lib/time";
import { ITEM_AUDIT_ENTITY } from "./audit-state";

const SPACE_OVERLAP = "ProgrammeItem_no_confirmed_space_overlap";

export type Booking = {
  summitId: string;
  itemId: string | null;
  spaceId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
};

/**
 * Serialise all programme writes of one summit (item writes and bilateral confirmations take the
 * same key): the member-overlap and travel checks read under READ COMMITTED, so without it two
 * writes in different spaces could each miss the other and book one principal twice. Writes are
 * rare; correctness wins. Take it first, before the space lock and any row lock.
 */
export async function lockSummitWrites(tx: Tx, summitId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`programme:${summitId}`}))`;
}

/**
 * Serialise writes into one space. The exclusion constraint alone is race-free, but concurrent
 * inserts waiting on each other's uncommitted rows can deadlock; queueing on the space first
 * makes the loser see the winner's committed row and fail with the constraint instead.
 * Take it before any row lock of the transaction.
 */
export async function lockSpace(tx: Tx, spaceId: string | null): Promise<void> {
  if (!spaceId) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`space:${spaceId}`}))`;
}

/** "Changed by Anna Planner at 14:05", from the item's latest audit entry. */
export async function staleVersionError(db: DbOrTx, itemId: string, timeZone: string): Promise<StaleVersionError> {
  const latest = await db.auditEntry.findFirst({
    where: { entity: ITEM_AUDIT_ENTITY, entityId: itemId },
    orderBy: { at: "desc" },
    select: { actorName: true, at: true },
  });
  if (!latest) return new StaleVersionError(refusal("itemChangedMeanwhile", ["version"]));
  const at = formatTime(latest.at, timeZone);
  return new StaleVersionError(worded("itemChangedBy", (t) => t.itemChangedBy(latest.actorName, at), ["version"]));
}

/** The message for a refused confirmed booking: which item already holds the space, and when. */
async function spaceTakenError(db: DbOrTx, booking: Booking, original: ConstraintError): Promise<ConstraintError> {
  if (!booking.spaceId) return original;
  const holder = await db.programmeItem.findFirst({
    where: {
      spaceId: booking.spaceId,
      status: "CONFIRMED",
      startsAt: { lt: booking.endsAt },
      endsAt: { gt: booking.startsAt },
      ...(booking.itemId ? { id: { not: booking.itemId } } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { title: true, startsAt: true, endsAt: true, space: { select: { name: true, venue: { select: { name: true } } } } },
  });
  if (!holder?.space) return original;
  const { timeZone } = booking;
  const space = `${holder.space.venue.name} ${holder.space.name}`;
  const [from, to] = [formatTime(holder.startsAt, timeZone), formatTime(holder.endsAt, timeZone)];
  return new ConstraintError(worded("spaceBookedBy", (t) => t.spaceBookedBy(space, holder.title, from, to), ["spaceId"]), SPACE_OVERLAP);
}

/**
 * Run one item write in a transaction holding the summit write lock and the booked space's lock;
 * a constraint refusal changes nothing and is explained.
 */
export async function inItemTransaction<T>(db: Db, booking: Booking, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await inCheckedTransaction(db, booking.summitId, async (tx) => {
      await lockSummitWrites(tx, booking.summitId);
      await lockSpace(tx, booking.spaceId);
      return work(tx);
    }, { maxWait: 10_000, timeout: 20_000 });
  } catch (error) {
    try {
      translateDbError(error);
    } catch (translated) {
      if (translated instanceof ConstraintError && translated.constraint === SPACE_OVERLAP) {
        throw await spaceTakenError(db, booking, translated);
      }
      throw translated;
    }
  }
}
