// Whether one side (before or after) of a programme item's audit entry was visible to a reader
// at the time it was recorded. A pure mirror of visibleItemsWhere (lib/programme/policy.ts),
// applied to the snapshot instead of the item as it is now: staff see everything; a liaison sees
// published items open to all delegations, or for participants naming one of their delegations
// or members; everyone else published public items alone. A side without a status or
// visibility is hidden from non-staff readers.

export type SnapshotReader =
  | { kind: "staff" }
  | { kind: "liaison"; delegationIds: ReadonlySet<string>; memberIds: ReadonlySet<string> }
  | { kind: "public" };

export type SnapshotScope = {
  status?: string;
  visibility?: string;
  delegationIds?: readonly string[];
  memberIds?: readonly string[];
};

const PUBLISHED = new Set(["CONFIRMED", "CANCELLED"]);

export function snapshotVisibleTo(side: SnapshotScope | null, reader: SnapshotReader): boolean {
  if (!side) return false;
  if (reader.kind === "staff") return true;
  if (!side.status || !PUBLISHED.has(side.status)) return false;
  if (side.visibility === "PUBLIC") return true;
  if (reader.kind !== "liaison") return false;
  if (side.visibility === "ALL_DELEGATIONS") return true;
  if (side.visibility !== "PARTICIPANTS") return false;
  return (
    (side.delegationIds ?? []).some((d) => reader.delegationIds.has(d)) ||
    (side.memberIds ?? []).some((m) => reader.memberIds.has(m))
  );
}
