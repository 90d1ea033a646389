// Conflicts computed from the database: load a snapshot, run the pure engine, attach the
// planners' overrides of hard conflicts.
import { readAll, type DbOrTx } from "@/lib/db";
import { checkSummit, conflictsForItem, type SummitSnapshot } from "@/lib/scheduling";
import { storedConflicts } from "@/lib/conflict-store/queries";
import { loadOverrides, withOverrides, type ConflictWithOverride } from "./overrides";
import { extraRulesFor, loadSummitSnapshot, type ExtraRuleOptions } from "@/lib/snapshot/queries";
import type { Span } from "@/lib/time";

export type SummitConflictReport = { snapshot: SummitSnapshot; conflicts: ConflictWithOverride[] };

/**
 * Every conflict of the summit (as stored, current with every committed write), with the summit's
 * snapshot for names and filters.
 */
export async function summitConflictReport(db: DbOrTx, summitId: string): Promise<SummitConflictReport> {
  const [snapshot, conflicts, overrides] = await readAll(db, [
    async () => loadSummitSnapshot(db, summitId),
    async () => storedConflicts(db, summitId),
    async () => loadOverrides(db, summitId)] as const);
  return { snapshot, conflicts: withOverrides(conflicts, overrides) };
}

/** Every conflict of the summit, in the engine's order. */
export async function conflictsForSummit(db: DbOrTx, summitId: string): Promise<ConflictWithOverride[]> {
  return (await summitConflictReport(db, summitId)).conflicts;
}

// Every rule compares an item with overlapping items or with its neighbours in time; a
// neighbour more than a day away can never be too close (travel times are far below a day).
const NEIGHBOURHOOD_MS = 24 * 60 * 60 * 1000;

export type PendingChange = {
  /** The snapshot as it will be after the change (an item moved, its transfers with it). */
  apply?: (snapshot: SummitSnapshot) => SummitSnapshot;
  /** The same change as the coverage rule must see it (tasks shifted with the item and transfers). */
  shiftedItem?: ExtraRuleOptions["shiftedItem"];
};

/**
 * The conflicts of the neighbourhood of a span — every conflict the items and movements in
 * it can be part of — optionally as it will be after a pending change (for previews).
 */
export async function conflictsAround(
  db: DbOrTx,
  summitId: string,
  span: Span,
  change: PendingChange = {},
): Promise<SummitConflictReport> {
  const window = { startsAt: new Date(span.startsAt.getTime() - NEIGHBOURHOOD_MS), endsAt: new Date(span.endsAt.getTime() + NEIGHBOURHOOD_MS) };
  const [loaded, extraRules] = await readAll(db, [
    async () => loadSummitSnapshot(db, summitId, { window }),
    async () => extraRulesFor(db, summitId, { window, shiftedItem: change.shiftedItem })] as const);
  const snapshot = change.apply ? change.apply(loaded) : loaded;
  const conflicts = checkSummit(snapshot, { extraRules });
  const overrides = await loadOverrides(db, summitId, conflicts.filter((c) => c.severity === "hard").map((c) => c.id));
  return { snapshot, conflicts: withOverrides(conflicts, overrides) };
}

/** The conflicts one item is part of, checking only the items around it. */
export async function conflictsOfItem(
  db: DbOrTx,
  summitId: string,
  item: { id: string } & Span,
): Promise<ConflictWithOverride[]> {
  const { conflicts } = await conflictsAround(db, summitId, item);
  return conflictsForItem(conflicts, item.id);
}

/**
 * The conflicts involving items of one summit-local day (for the timeline and the day programme):
 * read from the stored set, not checked again.
 */
export async function conflictsOfDay(
  db: DbOrTx,
  summitId: string,
  bounds: Span,
): Promise<ConflictWithOverride[]> {
  const conflicts = await storedConflicts(db, summitId, bounds);
  const overrides = await loadOverrides(db, summitId, conflicts.filter((c) => c.severity === "hard").map((c) => c.id));
  return withOverrides(conflicts, overrides);
}

