// Conflict rules contributed by other features, loaded for a summit and run with the built-in
// ones everywhere conflicts are computed (timeline, conflicts page, save checks, previews).
import { loadCoverageConflictRule, type CoverageRuleOptions } from "./coverage";
import type { DbOrTx } from "@/lib/db";
import { loadArrivalConflictRule } from "./arrivals";
import type { ConflictRule } from "@/lib/scheduling";

/** The snapshot's window, and for a move preview the item being moved (see CoverageRuleOptions). */
export type ExtraRuleOptions = CoverageRuleOptions;

/**
 * Pass the snapshot's window: the rules then read only the data inside it. A move preview also
 * passes the moved item's shift, so what follows the item on save (its agency tasks) follows it here.
 */
export async function extraRulesFor(db: DbOrTx, summitId: string, options: ExtraRuleOptions = {}): Promise<ConflictRule[]> {
  return [await loadCoverageConflictRule(db, summitId, options), await loadArrivalConflictRule(db, summitId, options)];
}
