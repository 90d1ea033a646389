// Pure rules for "changes since last acknowledged": read the before/after snapshots that the
// programme's and the movements' mutations (and imports) write to the audit log, decide whether an
// entry involves a delegation, and sum each item's entries up as one net change (what is
// different now from what the reader acknowledged).
import { itemSnapshotSchema, movementSnapshotSchema, readFields, readSnapshot, type ItemFields, type MovementSnapshot } from "@/lib/audit/schema";
import type { LiveCauseKind } from "@/lib/audit/types";
import { snapshotVisibleTo, type SnapshotReader } from "./snapshot-visibility";

/** An item's side as these rules read it: the fields it holds (an older entry may lack some), its times as Dates. */
export type Snapshot = Omit<ItemFields, "startsAt" | "endsAt"> & { startsAt?: Date; endsAt?: Date };

/** A snapshot from the audit log, or null when it is absent or not one of ours. */
export function parseSnapshot(value: unknown): Snapshot | null {
  const fields: ItemFields | null = readFields(itemSnapshotSchema, value);
  if (!fields) return null;
  const { startsAt, endsAt, ...rest } = fields;
  return { ...rest, ...(startsAt ? { startsAt: new Date(startsAt) } : {}), ...(endsAt ? { endsAt: new Date(endsAt) } : {}) };
}

/**
 * What is different now from what the reader last acknowledged, for one item or movement:
 * added (new to the reader), confirmed (draft → confirmed), reinstated (un-cancelled), moved (new
 * time or place), cancelled, removed (no longer in the reader's programme) or changed (its title
 * or who of the delegation attends).
 */
export type ChangeType = "added" | "confirmed" | "reinstated" | "moved" | "cancelled" | "removed" | "changed";

export type AuditRow = { id: string; entityId: string; action: string; at: Date; actorName: string; before: unknown; after: unknown };

/** Which flight or motorcade a movement change is about, for the reader's words ("Arrival at Schiphol (NLD 01)"). */
export type ChangeMovement = { kind: "ARRIVAL" | "DEPARTURE" | "TRANSFER"; flight: string | null; from: string | null; to: string | null };

export type ChangePlace = { startsAt: Date | null; endsAt: Date | null; spaceName: string | null; venueName: string | null };

/** Who of the reader's delegation attends the item, on either side: for the per-person view. */
export type ChangeAttendance = { memberIds: string[]; wholeDelegation: boolean };

export type Change = {
  /** The newest audit entry of the item or movement that the change sums up. */
  id: string;
  itemId: string;
  type: ChangeType;
  title: string;
  /** When that newest entry was written; acknowledging up to it covers the change. */
  at: Date;
  actorName: string;
  /** As the reader last acknowledged it (null: not in their programme then). */
  before: ChangePlace | null;
  /** As it is now (null: no longer in their programme). */
  after: ChangePlace | null;
  /** Set for an arrival, departure or transfer of the delegation (the item fields then name the movement). */
  movement?: ChangeMovement;
  /** For a programme item: which of the delegation's people it concerns, before or now. */
  attendance?: ChangeAttendance;
  /** For a transfer: the principal level it is for (null: everyone), before or now. */
  principalLevels?: (string | null)[];
  /** One applied live change (a delay's cascade, a repair) as one entry: its reason, and the changes it made that the reader may see. */
  cascade?: ChangeCascade;
};

export type ChangeCascade = { changeId: string; reason: string; kind: LiveCauseKind | null; parts: Change[] };

/** The changes an entry stands for: the parts of an applied live change, or the entry itself (to mark rows). */
export const changeParts = (change: Change): Change[] => change.cascade?.parts ?? [change];

/** Whether the delegation (or one of its members) took part before or after the change. */
export function involves(row: Pick<AuditRow, "before" | "after">, delegationId: string, memberIds: ReadonlySet<string>): boolean {
  return [parseSnapshot(row.before), parseSnapshot(row.after)].some((s) => !!s && involvesSide(s, delegationId, memberIds));
}

/** Whether one side names the delegation or one of its members. */
export function involvesSide(s: Snapshot, delegationId: string, memberIds: ReadonlySet<string>): boolean {
  return (s.delegationIds ?? []).includes(delegationId) || (s.memberIds ?? []).some((m) => memberIds.has(m));
}

const sameInstant = (a?: Date | null, b?: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

const movedBetween = (before: Snapshot, after: Snapshot) =>
  !sameInstant(before.startsAt, after.startsAt) ||
  !sameInstant(before.endsAt, after.endsAt) ||
  (before.spaceId !== undefined && after.spaceId !== undefined && (before.spaceId ?? null) !== (after.spaceId ?? null)) ||
  (before.spaceName ?? null) !== (after.spaceName ?? null);

/**
 * The net change between the state the reader acknowledged (`before`, null when it was not in
 * their programme) and the state now (`after`, null when it is not in their programme now), or
 * null when nothing they can see is different. `wasDraft`: the acknowledged state was a draft the
 * reader could not see (so an item they see now for the first time was confirmed, not added).
 * `sameOtherwise` compares what else the reader reads of it (title, who attends).
 */
export function classify(before: Snapshot | null, after: Snapshot | null, wasDraft = false, sameOtherwise = true): ChangeType | null {
  if (!before && !after) return null;
  if (!before) {
    if (after!.status === "CANCELLED") return "cancelled";
    return wasDraft && after!.status === "CONFIRMED" ? "confirmed" : "added";
  }
  if (!after) return "removed";
  const cancelledBefore = before.status === "CANCELLED";
  const cancelledAfter = after.status === "CANCELLED";
  if (cancelledBefore && !cancelledAfter) return "reinstated";
  if (!cancelledBefore && cancelledAfter) return "cancelled";
  if (before.status === "DRAFT" && after.status === "CONFIRMED") return "confirmed";
  if (after.status === "DRAFT" && before.status === "CONFIRMED") return "changed";
  if (movedBetween(before, after)) return "moved";
  return sameOtherwise && (before.title ?? "") === (after.title ?? "") ? null : "changed";
}

const placeOf = (s: Snapshot | null): ChangePlace | null =>
  s ? { startsAt: s.startsAt ?? null, endsAt: s.endsAt ?? null, spaceName: s.spaceName ?? null, venueName: s.venueName ?? null } : null;

/** How the reader's programme holds an item: whether it may see a side, and which delegation is theirs. */
export type ProgrammeScope = {
  reader: SnapshotReader;
  delegationId: string;
  /** The delegation's members. */
  memberIds: ReadonlySet<string>;
  /** Items the reader may see now (visibleItemsWhere): any other is out of their programme now, whatever its last entry says. */
  visibleNow: ReadonlySet<string>;
};

/** The delegation's people on one side: its members named, and whether it takes part as a whole. */
function attendanceOf(s: Snapshot | null, scope: ProgrammeScope): ChangeAttendance {
  return {
    memberIds: (s?.memberIds ?? []).filter((m) => scope.memberIds.has(m)).sort(),
    wholeDelegation: (s?.delegationIds ?? []).includes(scope.delegationId),
  };
}

const sameAttendance = (a: ChangeAttendance, b: ChangeAttendance) => a.wholeDelegation === b.wholeDelegation && a.memberIds.join() === b.memberIds.join();

/** Group audit rows (oldest first) by what they are about, keeping that order within each group. */
function byEntity(rows: readonly AuditRow[]): AuditRow[][] {
  const groups = new Map<string, AuditRow[]>();
  for (const row of rows) groups.set(row.entityId, [...(groups.get(row.entityId) ?? []), row]);
  return [...groups.values()];
}

/**
 * Turn the audit rows since the acknowledgement (oldest first) into one net change per item, for
 * one reader: the item as it was when they acknowledged (the before side of its first entry
 * since) against the item now (the after side of its last entry), each side counting only if the
 * reader's programme held it then (they could see it, snapshotVisibleTo, and it involved the
 * delegation). A move and a move back cancel out; an item they never saw is never named; one they
 * saw that left their programme reads "removed", as they last saw it. Titles come from sides the
 * reader could see.
 */
export function netChanges(rows: readonly AuditRow[], scope: ProgrammeScope): Change[] {
  const inProgramme = (s: Snapshot | null): s is Snapshot =>
    !!s && involvesSide(s, scope.delegationId, scope.memberIds) && snapshotVisibleTo(s, scope.reader);
  const changes: Change[] = [];
  for (const group of byEntity(rows)) {
    const first = group[0];
    const last = group[group.length - 1];
    const rawBefore = first.action === "create" ? null : parseSnapshot(first.before);
    const rawAfter = parseSnapshot(last.after);
    const before = inProgramme(rawBefore) ? rawBefore : null;
    const after = scope.visibleNow.has(last.entityId) && inProgramme(rawAfter) ? rawAfter : null;
    const wasDraft = !before && rawBefore?.status === "DRAFT";
    const attendance = { before: attendanceOf(before, scope), after: attendanceOf(after, scope) };
    const type = classify(before, after, wasDraft, !before || !after || sameAttendance(attendance.before, attendance.after));
    if (!type) continue;
    changes.push({
      id: last.id,
      itemId: last.entityId,
      type,
      title: after?.title ?? before?.title ?? "",
      at: last.at,
      actorName: last.actorName,
      before: placeOf(before),
      after: placeOf(after),
      attendance: {
        memberIds: [...new Set([...attendance.before.memberIds, ...attendance.after.memberIds])],
        wholeDelegation: attendance.before.wholeDelegation || attendance.after.wholeDelegation,
      },
    });
  }
  return changes.sort(byAuditOrder);
}

/**
 * The changes that concern one person of the delegation, for their own itinerary: items they
 * attend (a whole-delegation item is the principal's), before or now; their flights; and
 * transfers for everyone or for their level.
 */
export function changesForMember(changes: readonly Change[], member: { id: string; function: string; principal: boolean }): Change[] {
  return changes.filter((c) => {
    if (c.movement) {
      if (c.movement.kind !== "TRANSFER") return true;
      const levels = c.principalLevels ?? [null];
      return levels.some((l) => l === null || l === member.function);
    }
    const a = c.attendance;
    return !a || a.memberIds.includes(member.id) || (member.principal && a.wholeDelegation);
  });
}

// ---------------------------------------------------------------------------------------------
// Movements: the delegation's own arrivals, departures and transfers, which its liaison always
// sees. Their audit snapshots are the movement rows (lib/movements/mutations.ts AUDITED).

const parseMovement = (value: unknown): MovementSnapshot | null => readSnapshot(movementSnapshotSchema, value);

/** Whether a movement's audit entry is about the delegation, before or after. */
export function movementInvolves(row: Pick<AuditRow, "before" | "after">, delegationId: string): boolean {
  return [parseMovement(row.before), parseMovement(row.after)].some((s) => s?.delegationId === delegationId);
}

/**
 * A delegation's movement entries (oldest first) as one net change per movement: new since the
 * acknowledgement → added, gone → cancelled, a new time or place → moved, a new flight or party
 * → changed, the same as acknowledged → nothing. `venueNames` names the places.
 */
export function movementChanges(rows: readonly AuditRow[], venueNames: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  const name = (id: string | null | undefined) => (id ? (venueNames.get(id) ?? null) : null);
  const place = (s: MovementSnapshot | null): ChangePlace | null =>
    s ? { startsAt: s.startsAt, endsAt: s.kind === "DEPARTURE" ? null : (s.endsAt ?? null), spaceName: null, venueName: name(s.kind === "DEPARTURE" ? s.fromVenueId : s.toVenueId) } : null;
  for (const group of byEntity(rows)) {
    const first = group[0];
    const last = group[group.length - 1];
    const before = first.action === "create" ? null : parseMovement(first.before);
    const after = last.action === "delete" ? null : parseMovement(last.after);
    const shown = after ?? before;
    if (!shown) continue;
    const moved =
      !!before && !!after &&
      (!sameInstant(before.startsAt, after.startsAt) || !sameInstant(before.endsAt, after.endsAt) ||
        (before.fromVenueId ?? null) !== (after.fromVenueId ?? null) || (before.toVenueId ?? null) !== (after.toVenueId ?? null));
    const otherwise = !!before && !!after && ((before.flight ?? null) !== (after.flight ?? null) || before.kind !== after.kind);
    const type: ChangeType | null = !before ? "added" : !after ? "cancelled" : moved ? "moved" : otherwise ? "changed" : null;
    if (!type) continue;
    const movement: ChangeMovement = { kind: shown.kind, flight: shown.flight ?? null, from: name(shown.fromVenueId), to: name(shown.toVenueId) };
    const title = shown.kind === "ARRIVAL" ? `Arrival at ${movement.to ?? "?"}` : shown.kind === "DEPARTURE" ? `Departure from ${movement.from ?? "?"}` : `Transfer ${movement.from ?? "?"} → ${movement.to ?? "?"}`;
    changes.push({
      id: last.id, itemId: last.entityId, type, title: movement.flight && shown.kind !== "TRANSFER" ? `${title} (${movement.flight})` : title,
      at: last.at, actorName: last.actorName, before: place(before), after: place(after), movement,
      principalLevels: [before, after].filter((s): s is MovementSnapshot => !!s).map((s) => s.principalLevel ?? null),
    });
  }
  return changes.sort(byAuditOrder);
}

/** Oldest first, then by entry id: the order the audit log gives. */
export const byAuditOrder = (a: Change, b: Change) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
