// Whether one side (before or after) of a programme item's audit entry was visible to a reader
// at the time it was recorded: couldSee (lib/programme/policy.ts, the pure twin of
// visibleItemsWhere) applied to the snapshot instead of the item as it is now. A snapshot names
// member participations by member; they count for the member's delegation, as a Participation
// row does. A side without a status or visibility is hidden from non-staff readers.
import { couldSee, type ItemScope, type ScopeReader } from "@/lib/programme/policy";

export type SnapshotReader = {
  actor: ScopeReader;
  /** Member id → delegation id, for at least the members of the reader's delegations. */
  memberDelegations: ReadonlyMap<string, string>;
};

export type SnapshotScope = {
  status?: string;
  visibility?: string;
  delegationIds?: readonly string[];
  memberIds?: readonly string[];
};

/**
 * The snapshot as couldSee reads an item. Audit states do not record agency tasks: `agencyIds`
 * are the agencies the caller knows had a task on the item while it was in this state.
 */
export function snapshotScope(side: SnapshotScope, memberDelegations: ReadonlyMap<string, string>, agencyIds: readonly string[] = []): ItemScope {
  const throughMembers = (side.memberIds ?? []).flatMap((id) => {
    const delegationId = memberDelegations.get(id);
    return delegationId === undefined ? [] : [delegationId];
  });
  return {
    status: side.status,
    visibility: side.visibility,
    delegationIds: [...new Set([...(side.delegationIds ?? []), ...throughMembers])],
    agencyIds,
  };
}

export function snapshotVisibleTo(side: SnapshotScope | null, reader: SnapshotReader, agencyIds: readonly string[] = []): boolean {
  return side !== null && couldSee(reader.actor, snapshotScope(side, reader.memberDelegations, agencyIds));
}
