// Pure rules for "changes since last acknowledged": read the before/after snapshots that the
// programme's and the movements' mutations (and imports) write to the audit log, decide whether an
// entry involves a delegation, and classify it as added, moved, cancelled or changed.
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

/** Which flight or motorcade a movement change is about, for the reader's words ("Arrival at Schiphol (NLD 01)"). */
export type ChangeMovement = { kind: "ARRIVAL" | "DEPARTURE" | "TRANSFER"; flight: string | null; from: string | null; to: string | null };

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
  /** Set for an arrival, departure or transfer of the delegation (the item fields then name the movement). */
  movement?: ChangeMovement;
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

// ---------------------------------------------------------------------------------------------
// Movements: the delegation's own arrivals, departures and transfers, which its liaison always
// sees. Their audit snapshots are the movement rows (lib/movements/mutations.ts AUDITED).

const movementSnapshotSchema = z.object({
  delegationId: z.string(),
  kind: z.enum(["ARRIVAL", "DEPARTURE", "TRANSFER"]),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date().nullish(),
  flight: z.string().nullish(),
  fromVenueId: z.string().nullish(),
  toVenueId: z.string().nullish(),
});

type MovementSnapshot = z.infer<typeof movementSnapshotSchema>;

const parseMovement = (value: unknown): MovementSnapshot | null => {
  const parsed = movementSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Whether a movement's audit entry is about the delegation, before or after. */
export function movementInvolves(row: Pick<AuditRow, "before" | "after">, delegationId: string): boolean {
  return [parseMovement(row.before), parseMovement(row.after)].some((s) => s?.delegationId === delegationId);
}

/**
 * A delegation's movement entries (oldest first) as changes: created → added, deleted →
 * cancelled, a new time or place → moved, anything else → changed. `venueNames` names the places.
 */
export function movementChanges(rows: readonly AuditRow[], venueNames: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  const name = (id: string | null | undefined) => (id ? (venueNames.get(id) ?? null) : null);
  const place = (s: MovementSnapshot | null): ChangePlace | null =>
    s ? { startsAt: s.startsAt, endsAt: s.kind === "DEPARTURE" ? null : (s.endsAt ?? null), spaceName: null, venueName: name(s.kind === "DEPARTURE" ? s.fromVenueId : s.toVenueId) } : null;
  for (const row of rows) {
    const before = parseMovement(row.before);
    const after = parseMovement(row.after);
    const shown = after ?? before;
    if (!shown) continue;
    const moved =
      !!before && !!after &&
      (!sameInstant(before.startsAt, after.startsAt) || !sameInstant(before.endsAt ?? undefined, after.endsAt ?? undefined) ||
        before.fromVenueId !== after.fromVenueId || before.toVenueId !== after.toVenueId);
    const type: ChangeType = row.action === "create" || !before ? "added" : row.action === "delete" || !after ? "cancelled" : moved ? "moved" : "changed";
    const movement: ChangeMovement = { kind: shown.kind, flight: shown.flight ?? null, from: name(shown.fromVenueId), to: name(shown.toVenueId) };
    const title = shown.kind === "ARRIVAL" ? `Arrival at ${movement.to ?? "?"}` : shown.kind === "DEPARTURE" ? `Departure from ${movement.from ?? "?"}` : `Transfer ${movement.from ?? "?"} → ${movement.to ?? "?"}`;
    changes.push({
      id: row.id, itemId: row.entityId, type, title: movement.flight && shown.kind !== "TRANSFER" ? `${title} (${movement.flight})` : title,
      at: row.at, actorName: row.actorName, before: place(before), after: place(after), movement,
    });
  }
  return changes;
}

/** Oldest first, then by entry id: the order the audit log gives. */
export const byAuditOrder = (a: Change, b: Change) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
