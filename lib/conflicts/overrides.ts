// Overrides: a planner's written decision to accept a hard conflict. A hard conflict stops
// Confirmed on every write path (lib/conflicts/guard.ts) unless one exists for it. Keyed by the
// engine's deterministic conflict id (the same people, items and movements) and held only while
// the conflict reads as it did when accepted (its message names the times): an overlap accepted
// at 30 minutes asks again once it grows to three hours. Shown on the conflict everywhere.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { DbOrTx, Tx } from "@/lib/db";
import type { Conflict } from "@/lib/scheduling";

export const OVERRIDE_ENTITY = "ConflictOverride";

export type ConflictOverrideView = { reason: string; createdByName: string; createdAt: Date };
type StoredOverride = ConflictOverrideView & { message: string };
export type ConflictWithOverride = Conflict & { override?: ConflictOverrideView };

/** The overrides of these conflicts (all of the summit's when no ids are given). */
export async function loadOverrides(db: DbOrTx, summitId: string, conflictIds?: readonly string[]): Promise<Map<string, StoredOverride>> {
  if (conflictIds && conflictIds.length === 0) return new Map();
  const rows = await db.conflictOverride.findMany({
    where: { summitId, ...(conflictIds ? { conflictId: { in: [...conflictIds] } } : {}) },
    select: { conflictId: true, reason: true, createdByName: true, createdAt: true, message: true },
  });
  return new Map(rows.map(({ conflictId, ...view }) => [conflictId, view]));
}

/** The conflicts with the overrides that still hold for them attached, in the order given. */
export function withOverrides(conflicts: readonly Conflict[], overrides: ReadonlyMap<string, StoredOverride>): ConflictWithOverride[] {
  return conflicts.map((c) => {
    const stored = overrides.get(c.id);
    if (!stored || stored.message !== c.message) return c;
    const { message, ...override } = stored;
    void message;
    return { ...c, override };
  });
}

/** Record (or renew) the override of each conflict, audited with its reason; inside the write's transaction. */
export async function recordOverrides(tx: Tx, actor: Actor, summitId: string, conflicts: readonly Conflict[], reason: string): Promise<void> {
  for (const conflict of conflicts) {
    const data = { message: conflict.message, reason, createdById: actor.userId, createdByName: actor.name, createdAt: new Date() };
    const row = await tx.conflictOverride.upsert({
      where: { summitId_conflictId: { summitId, conflictId: conflict.id } },
      create: { summitId, conflictId: conflict.id, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      summitId,
      entity: OVERRIDE_ENTITY,
      entityId: row.id,
      action: "override",
      after: { conflictId: conflict.id, type: conflict.type, message: conflict.message, itemIds: conflict.itemIds, movementIds: conflict.movementIds ?? [], reason },
    });
  }
}
