// Pure rules for "changes since last acknowledged": read the before/after snapshots that the
// programme's mutations write to the audit log, decide whether an entry involves a delegation,
// and classify it as added, moved, cancelled or changed.
import { z } from "zod";
import { snapshotVisibleTo, type SnapshotReader } from "./snapshot-visibility";

const snapshotSchema = z.object({
  title: z.string().optional(),
  status: z.string().optional(),
  visibility: z.string().optional(),
  startsAt: z.coerce.date().optional(),
  endsAt: z.coerce.date().optional(),
  spaceId: z.string().nullish(),
  spaceName: z.string().nullish(),
  venueName: z.string().nullish(),
  delegationIds: z.array(z.string()).optional(),
  memberIds: z.array(z.string()).optional(),
});

export type Snapshot = z.infer<typeof snapshotSchema>;

/** A snapshot from the audit log, or null when it is absent or not one of ours. */
export function parseSnapshot(value: unknown): Snapshot | null {
  const parsed = snapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type ChangeType = "added" | "moved" | "cancelled" | "changed";

export type AuditRow = { id: string; entityId: string; action: string; at: Date; actorName: string; before: unknown; after: unknown };

export type ChangePlace = { startsAt: Date | null; endsAt: Date | null; spaceName: string | null; venueName: string | null };

export type Change = {
  id: string;
  itemId: string;
  type: ChangeType;
  title: string;
  at: Date;
  actorName: string;
  before: ChangePlace | null;
  after: ChangePlace | null;
};

/** Whether the delegation (or one of its members) took part before or after the change. */
export function involves(row: Pick<AuditRow, "before" | "after">, delegationId: string, memberIds: ReadonlySet<string>): boolean {
  return [parseSnapshot(row.before), parseSnapshot(row.after)].some(
    (s) => !!s && ((s.delegationIds ?? []).includes(delegationId) || (s.memberIds ?? []).some((m) => memberIds.has(m))),
  );
}

const sameInstant = (a?: Date, b?: Date) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export function classify(action: string, before: Snapshot | null, after: Snapshot | null): ChangeType {
  if (action === "create" || !before) return "added";
  if (action === "cancel" || (after?.status === "CANCELLED" && before.status !== "CANCELLED")) return "cancelled";
  if (before.status === "DRAFT" && after?.status && after.status !== "DRAFT") return "added";
  if (!after) return "changed";
  const moved =
    action === "move" ||
    !sameInstant(before.startsAt, after.startsAt) ||
    !sameInstant(before.endsAt, after.endsAt) ||
    (before.spaceId !== undefined && after.spaceId !== undefined && before.spaceId !== after.spaceId) ||
    (before.spaceName ?? null) !== (after.spaceName ?? null);
  return moved ? "moved" : "changed";
}

const placeOf = (s: Snapshot | null): ChangePlace | null =>
  s ? { startsAt: s.startsAt ?? null, endsAt: s.endsAt ?? null, spaceName: s.spaceName ?? null, venueName: s.venueName ?? null } : null;

/**
 * Turn audit rows (oldest first) into changes for one reader. Each side of an entry counts only
 * if the reader could see the item in that state (snapshotVisibleTo): an entry whose after side
 * was hidden is dropped; one whose before side was hidden reads as "added", with no old time,
 * place or title. Titles come from visible sides alone.
 */
export function toChanges(rows: readonly AuditRow[], reader: SnapshotReader): Change[] {
  const changes: Change[] = [];
  for (const row of rows) {
    const parsedBefore = parseSnapshot(row.before);
    const parsedAfter = parseSnapshot(row.after);
    const after = snapshotVisibleTo(parsedAfter, reader) ? parsedAfter : null;
    const before = snapshotVisibleTo(parsedBefore, reader) ? parsedBefore : null;
    if (!after && (parsedAfter || !before)) continue;
    changes.push({
      id: row.id,
      itemId: row.entityId,
      type: classify(row.action, before, after),
      title: after?.title ?? before?.title ?? "",
      at: row.at,
      actorName: row.actorName,
      before: placeOf(before),
      after: placeOf(after),
    });
  }
  return changes;
}
