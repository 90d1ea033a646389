// A user has at most one live feed address. Creating, regenerating and revoking act on the
// signed-in user's own tokens only (they take no input), ask the feed's policy first, and run each
// in one transaction with its audit entry.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import { mayManageOwnFeed } from "./policy";
import { feedPath, hashToken, newToken } from "./token";

export type NewFeed = { token: string; path: string };

/** Asked first by every write; the gate answers anyone else "Not found." too. */
function assertMayManage(actor: Actor) {
  if (!mayManageOwnFeed(actor)) throw new NotFoundError();
}

/** Serialise concurrent token changes of one user, so there is never more than one live address. */
async function lockUser(tx: Tx, actor: Actor): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${actor.userId} FOR UPDATE`;
}

async function revokeActive(tx: Tx, actor: Actor, now: Date): Promise<number> {
  const { count } = await tx.calendarToken.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

async function issue(tx: Tx, actor: Actor, action: "create" | "regenerate"): Promise<NewFeed> {
  const token = newToken();
  const row = await tx.calendarToken.create({ data: { userId: actor.userId, tokenHash: hashToken(token) }, select: { id: true } });
  await recordAudit(tx, { actor, entity: "CalendarToken", entityId: row.id, action });
  return { token, path: feedPath(token) };
}

/** A first feed address; refused while one is live (regenerate instead). */
export async function createFeedToken(db: Db, actor: Actor): Promise<NewFeed> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    await lockUser(tx, actor);
    const live = await tx.calendarToken.count({ where: { userId: actor.userId, revokedAt: null } });
    if (live > 0) throw new ValidationError(refusal("feedExists"));
    return issue(tx, actor, "create");
  });
}

/** Revoke the live address and issue a new one: subscriptions to the old address stop working. */
export async function regenerateFeedToken(db: Db, actor: Actor): Promise<NewFeed> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    await lockUser(tx, actor);
    await revokeActive(tx, actor, new Date());
    return issue(tx, actor, "regenerate");
  });
}

/** Revoke the live address; the feed answers 404 from then on. */
export async function revokeFeedToken(db: Db, actor: Actor): Promise<{ revoked: number }> {
  assertMayManage(actor);
  return db.$transaction(async (tx) => {
    await lockUser(tx, actor);
    const revoked = await revokeActive(tx, actor, new Date());
    if (revoked > 0) await recordAudit(tx, { actor, entity: "CalendarToken", entityId: actor.userId, action: "revoke" });
    return { revoked };
  });
}
