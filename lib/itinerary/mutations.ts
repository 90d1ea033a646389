import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AcknowledgeInput } from "./schema";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { scopedDelegation } from "./scope";

/**
 * Mark the delegation's changes as seen. With `seenUpTo` (the newest change on the reader's
 * screen), a change saved while the reader was looking stays unacknowledged. Only a liaison of
 * the delegation may acknowledge; staff, who may read any delegation's changes, may not.
 */
export async function acknowledgeChanges(db: Db, actor: Actor, input: AcknowledgeInput): Promise<{ acknowledgedAt: Date }> {
  if (!actor.delegationIds.includes(input.delegationId)) throw new NotFoundError();
  const now = new Date();
  const seen = input.seenUpTo ? new Date(input.seenUpTo) : now;
  const acknowledgedAt = seen.getTime() > now.getTime() ? now : seen;
  return db.$transaction(async (tx) => {
    const summit = await requireCurrentSummit(tx, actor);
    const delegation = await scopedDelegation(tx, actor, summit.id, input.delegationId);
    const row = await tx.acknowledgement.create({
      data: { delegationId: delegation.id, userId: actor.userId, acknowledgedAt },
      select: { id: true, acknowledgedAt: true },
    });
    await recordAudit(tx, {
      actor,
      summitId: summit.id,
      entity: "Acknowledgement",
      entityId: row.id,
      action: "create",
      after: { delegationId: delegation.id, acknowledgedAt },
    });
    return { acknowledgedAt: row.acknowledgedAt };
  });
}
