// The repair search fed from the database: which agencies have tasks on what could move.
import type { DbOrTx } from "@/lib/db";
import type { Conflict, SummitSnapshot } from "@/lib/scheduling";
import type { RepairSuggestion } from "../types";
import { suggestRepairs } from "./repair";

export async function repairsOn(db: DbOrTx, snapshot: SummitSnapshot, targets: readonly Conflict[], fixed: ReadonlySet<string>): Promise<RepairSuggestion[]> {
  if (targets.length === 0) return [];
  const subjectIds = [...new Set(targets.flatMap((c) => [...c.itemIds, ...(c.movementIds ?? [])]))];
  // The transfers that would follow a moved item are disturbed too: their tasks count.
  const linked = (snapshot.movements ?? []).filter((m) => (m.fromItemId && subjectIds.includes(m.fromItemId)) || (m.toItemId && subjectIds.includes(m.toItemId))).map((m) => m.id);
  const ids = [...subjectIds, ...linked];
  const tasks = await db.agencyTask.findMany({
    where: { OR: [{ itemId: { in: ids } }, { movementId: { in: ids } }] },
    select: { agencyId: true, itemId: true, movementId: true },
  });
  const agenciesOf = new Map<string, Set<string>>();
  for (const t of tasks) {
    const subject = (t.itemId ?? t.movementId)!;
    agenciesOf.set(subject, (agenciesOf.get(subject) ?? new Set()).add(t.agencyId));
  }
  return suggestRepairs({ snapshot, targets, fixed, agenciesOf });
}
