// Conflict rules contributed by other features, loaded for a summit and run with the built-in
// ones everywhere conflicts are computed (timeline, conflicts page, save checks, previews).
import { loadCoverageConflictRule } from "@/lib/coverage/load";
import type { DbOrTx } from "@/lib/db";
import type { ConflictRule } from "@/lib/scheduling";
import type { SnapshotOptions } from "./snapshot";

/** Pass the snapshot's window: the rules then read only the data inside it. */
export async function extraRulesFor(db: DbOrTx, summitId: string, options: SnapshotOptions = {}): Promise<ConflictRule[]> {
  return [await loadCoverageConflictRule(db, summitId, options)];
}
