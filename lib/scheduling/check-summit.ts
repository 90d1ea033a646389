// Entry point of the engine: build the indexes once, run every rule, return one sorted list.
import { buildEngineContext } from "./context";
import { capacityRule } from "./rules/capacity";
import { delegationWindowRule } from "./rules/delegation-window";
import { memberOverlapRule } from "./rules/member-overlap";
import { openingHoursRule } from "./rules/opening-hours";
import { spaceOverlapRule } from "./rules/space-overlap";
import { transferLinkRule } from "./rules/transfer-link";
import { travelTimeRule } from "./rules/travel-time";
import { CONFLICT_TYPES, type Conflict, type ConflictRule, type SummitSnapshot } from "./types";

export const BUILT_IN_RULES: readonly ConflictRule[] = [
  memberOverlapRule,
  spaceOverlapRule,
  capacityRule,
  travelTimeRule,
  delegationWindowRule,
  transferLinkRule,
  openingHoursRule,
];

export interface CheckSummitOptions {
  /** Rules contributed by other features (e.g. agency coverage), run after the built-in ones. */
  extraRules?: readonly ConflictRule[];
}

const TYPE_RANK = new Map<string, number>(CONFLICT_TYPES.map((type, rank) => [type, rank]));

/** A conflict with the keys of its place in the engine's order (see checkSummit). */
export interface OrderedConflict {
  conflict: Conflict;
  /** Start of its earliest item or movement, in ms; Infinity when it names none. */
  start: number;
  /** Its type's place in CONFLICT_TYPES. */
  rank: number;
}

/** The engine's order: earliest start, then type rank, then id (compared, not subtracted). */
export function compareOrdered(a: OrderedConflict, b: OrderedConflict): number {
  // Infinity - Infinity is NaN, so compare instead of subtracting.
  return (
    (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
    a.rank - b.rank ||
    (a.conflict.id < b.conflict.id ? -1 : a.conflict.id > b.conflict.id ? 1 : 0)
  );
}

/**
 * Every conflict in the snapshot, ordered by the start of its earliest item, then by type (in
 * CONFLICT_TYPES order), then by id so the order is total and stable.
 */
export function checkSummit(snapshot: SummitSnapshot, options: CheckSummitOptions = {}): Conflict[] {
  return checkSummitOrdered(snapshot, options).map((k) => k.conflict);
}

/** checkSummit with each conflict's order keys: a store that keeps part of a set keeps the order. */
export function checkSummitOrdered(snapshot: SummitSnapshot, options: CheckSummitOptions = {}): OrderedConflict[] {
  const ctx = buildEngineContext(snapshot);
  const rules = [...BUILT_IN_RULES, ...(options.extraRules ?? [])];

  const cancelled = new Set(snapshot.items.filter((i) => i.status === "CANCELLED").map((i) => i.id));
  const seen = new Set<string>();
  const conflicts: Conflict[] = [];
  for (const rule of rules) {
    for (const conflict of rule(ctx)) {
      // Extra rules see only non-cancelled items too, but a cancelled item must never surface
      // whatever a rule does; and two rules reporting the same id is one conflict.
      if (conflict.itemIds.some((id) => cancelled.has(id)) || seen.has(conflict.id)) continue;
      seen.add(conflict.id);
      conflicts.push(conflict);
    }
  }

  const firstStart = (conflict: Conflict): number => {
    let earliest = Number.POSITIVE_INFINITY;
    for (const id of conflict.itemIds) {
      const item = ctx.itemsById.get(id);
      if (item) earliest = Math.min(earliest, item.startMs ?? item.startsAt.getTime());
    }
    for (const id of conflict.movementIds ?? []) {
      const movement = ctx.movementsById.get(id);
      if (movement) earliest = Math.min(earliest, movement.startMs ?? movement.startsAt.getTime());
    }
    return earliest;
  };
  const keyed = conflicts.map((conflict) => ({ conflict, start: firstStart(conflict), rank: TYPE_RANK.get(conflict.type) ?? 0 }));
  keyed.sort(compareOrdered);
  return keyed;
}

/** The conflicts that involve one item, in the order given. */
export function conflictsForItem(conflicts: readonly Conflict[], itemId: string): Conflict[] {
  return conflicts.filter((conflict) => conflict.itemIds.includes(itemId));
}

/** The conflicts that involve any of these items or movements, in the order given. */
export function conflictsInvolving(
  conflicts: readonly Conflict[],
  ids: { itemIds?: readonly string[]; movementIds?: readonly string[] },
): Conflict[] {
  const items = new Set(ids.itemIds ?? []);
  const movements = new Set(ids.movementIds ?? []);
  return conflicts.filter(
    (c) => c.itemIds.some((id) => items.has(id)) || (c.movementIds ?? []).some((id) => movements.has(id)),
  );
}
