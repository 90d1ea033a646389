import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";

export type FeedStatus = { active: { createdAt: Date } | null; revokedCount: number };

/** Whether the actor has a live feed address (its secret is never readable again). */
export async function getFeedStatus(db: DbOrTx, actor: Actor): Promise<FeedStatus> {
  const [active, revokedCount] = await Promise.all([
    db.calendarToken.findFirst({
      where: { userId: actor.userId, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    db.calendarToken.count({ where: { userId: actor.userId, revokedAt: { not: null } } }),
  ]);
  return { active, revokedCount };
}
