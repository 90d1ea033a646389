// The state of an item as recorded in the audit trail. The shape is a contract, written down as a
// zod schema in lib/audit/schema.ts: the item history page, the liaisons' "changes since last
// acknowledged" and the calendars' vanished items read exactly these fields, parsed with it.
import type { DbOrTx } from "@/lib/db";
import type { ItemSnapshot } from "@/lib/audit/schema";

/** The recorded state (itemSnapshotSchema in lib/audit/schema.ts, which readers parse it with). */
export type ItemAuditState = ItemSnapshot;

export const ITEM_AUDIT_ENTITY = "ProgrammeItem" as const;
export type ItemAuditAction = "create" | "update" | "move" | "cancel";

/** The item's audit state and current version; null when it does not exist. */
export async function loadItemAuditState(
  db: DbOrTx,
  itemId: string,
): Promise<{ summitId: string; version: number; state: ItemAuditState } | null> {
  const item = await db.programmeItem.findUnique({
    where: { id: itemId },
    select: {
      summitId: true,
      version: true,
      title: true,
      kind: true,
      status: true,
      visibility: true,
      startsAt: true,
      endsAt: true,
      spaceId: true,
      space: { select: { name: true, venue: { select: { name: true } } } },
      participations: { select: { delegationId: true, memberId: true } },
    },
  });
  if (!item) return null;
  const delegationIds = item.participations.filter((p) => p.memberId === null).map((p) => p.delegationId);
  const memberIds = item.participations.flatMap((p) => (p.memberId === null ? [] : [p.memberId]));
  return {
    summitId: item.summitId,
    version: item.version,
    state: {
      title: item.title,
      kind: item.kind,
      status: item.status,
      visibility: item.visibility,
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt.toISOString(),
      spaceId: item.spaceId,
      spaceName: item.space?.name ?? null,
      venueName: item.space?.venue.name ?? null,
      delegationIds: [...new Set(delegationIds)].sort(),
      memberIds: [...new Set(memberIds)].sort(),
    },
  };
}
