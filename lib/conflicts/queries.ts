// Conflicts computed from the database: load a snapshot, run the pure engine.
import { readAll, type DbOrTx } from "@/lib/db";
import { checkSummit, conflictsForItem, type Conflict, type SummitSnapshot } from "@/lib/scheduling";
import { extraRulesFor } from "./extra-rules";
import { loadSummitSnapshot } from "./snapshot";

export type SummitConflictReport = { snapshot: SummitSnapshot; conflicts: Conflict[] };

/** Every conflict of the summit, with the snapshot it was computed from (for names and filters). */
export async function summitConflictReport(db: DbOrTx, summitId: string): Promise<SummitConflictReport> {
  const [snapshot, extraRules] = await readAll(db, [async () => loadSummitSnapshot(db, summitId), async () => extraRulesFor(db, summitId)] as const);
  return { snapshot, conflicts: checkSummit(snapshot, { extraRules }) };
}

/** Every conflict of the summit, in the engine's order. */
export async function conflictsForSummit(db: DbOrTx, summitId: string): Promise<Conflict[]> {
  return (await summitConflictReport(db, summitId)).conflicts;
}

// Every rule compares an item with overlapping items or with its neighbours in time; a
// neighbour more than a day away can never be too close (travel times are far below a day).
const NEIGHBOURHOOD_MS = 24 * 60 * 60 * 1000;

/** The conflicts one item is part of, checking only the items around it. */
export async function conflictsOfItem(
  db: DbOrTx,
  summitId: string,
  item: { id: string; startsAt: Date; endsAt: Date },
): Promise<Conflict[]> {
  const window = {
    start: new Date(item.startsAt.getTime() - NEIGHBOURHOOD_MS),
    end: new Date(item.endsAt.getTime() + NEIGHBOURHOOD_MS),
  };
  const [snapshot, extraRules] = await readAll(db, [async () => loadSummitSnapshot(db, summitId, { window }), async () => extraRulesFor(db, summitId, { window })] as const);
  return conflictsForItem(checkSummit(snapshot, { extraRules }), item.id);
}

/**
 * The conflicts involving items of one summit-local day (for the timeline and the day programme):
 * checks the day and its neighbourhood only, not the whole summit.
 */
export async function conflictsOfDay(
  db: DbOrTx,
  summitId: string,
  bounds: { start: Date; end: Date },
): Promise<Conflict[]> {
  const window = { start: new Date(bounds.start.getTime() - NEIGHBOURHOOD_MS), end: new Date(bounds.end.getTime() + NEIGHBOURHOOD_MS) };
  const [snapshot, extraRules] = await readAll(db, [async () => loadSummitSnapshot(db, summitId, { window }), async () => extraRulesFor(db, summitId, { window })] as const);
  const ofDay = new Set(snapshot.items.filter((i) => i.startsAt < bounds.end && i.endsAt > bounds.start).map((i) => i.id));
  return checkSummit(snapshot, { extraRules }).filter((c) => c.itemIds.some((id) => ofDay.has(id)));
}
