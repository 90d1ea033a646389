// A declared delay as the primary move it stands for, refused for what can no longer be late: an
// item that ended or was cancelled, a movement that has arrived.
import type { DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import type { DelayDeclaration, ProposalSource } from "../schema";
import type { PrimaryMove } from "../types";

const MINUTE = 60_000;

/** The delay in signed minutes: later is positive, earlier negative. */
export const signedMinutes = (delay: DelayDeclaration): number => (delay.direction === "earlier" ? -delay.minutes : delay.minutes);

export async function delayMove(db: DbOrTx, summitId: string, delay: DelayDeclaration): Promise<PrimaryMove> {
  const by = signedMinutes(delay) * MINUTE;
  if (delay.subject === "item") {
    const item = await db.programmeItem.findFirst({
      where: { id: delay.id, summitId },
      select: { id: true, status: true, startsAt: true, endsAt: true, live: { select: { state: true } } },
    });
    if (!item) throw new NotFoundError();
    if (item.status === "CANCELLED" || item.live?.state === "CANCELLED") {
      throw new ValidationError(refusal("delayOnCancelled", { minutes: refusal("itemIsCancelled") }));
    }
    if (item.live?.state === "ENDED") {
      throw new ValidationError(refusal("delayOnEnded", { minutes: refusal("itemHasEnded") }));
    }
    const endsAt = new Date(item.endsAt.getTime() + by);
    const startsAt = delay.mode === "overrun" ? item.startsAt : new Date(item.startsAt.getTime() + by);
    if (endsAt <= startsAt) throw new ValidationError(refusal("delayEndsBeforeStart", { minutes: refusal("tooManyMinutesEarlier") }));
    return { entity: "ProgrammeItem", id: item.id, startsAt, endsAt };
  }
  const movement = await db.movement.findFirst({
    where: { id: delay.id, summitId },
    select: { id: true, startsAt: true, endsAt: true, live: { select: { state: true } } },
  });
  if (!movement) throw new NotFoundError();
  if (movement.live?.state === "ARRIVED") {
    throw new ValidationError(refusal("delayOnArrived", { minutes: refusal("movementHasArrived") }));
  }
  return {
    entity: "Movement",
    id: movement.id,
    startsAt: new Date(movement.startsAt.getTime() + by),
    endsAt: movement.endsAt ? new Date(movement.endsAt.getTime() + by) : null,
  };
}

/** The primary moves a proposal's source stands for. */
export async function movesOf(db: DbOrTx, summitId: string, source: ProposalSource): Promise<PrimaryMove[]> {
  // A repair's moves first: written first, they clear the way (a room) the delayed item takes.
  if (source.kind === "delay") return [...source.repairs, await delayMove(db, summitId, source.delay)];
  return source.moves;
}
