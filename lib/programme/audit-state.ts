// The state of an item as recorded in the audit trail. The shape is a contract: the item history
// page and the liaisons' "changes since last acknowledged" both read exactly these fields.
import type { DbOrTx } from "@/lib/db";
import type { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";

export type ItemAuditState = {
  title: string;
  kind: ItemKind;
  status: ItemStatus;
  visibility: Visibility;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  spaceId: string | null;
  spaceName: string | null;
  venueName: string | null;
  /** Whole-delegation participations, sorted. */
  delegationIds: string[];
  /** Named member participations, sorted. */
  memberIds: string[];
};

export const ITEM_AUDIT_ENTITY = "ProgrammeItem";
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
