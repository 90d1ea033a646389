// What a request names by id must belong to the summit the actor works on: a row of another
// summit is not found, exactly like a row that does not exist. Server actions check here what a
// request names that their domain function does not itself look up within the summit it is handed
// (a form's summit id, a new bilateral's requesting delegation).
// A row never moves to another summit (no write changes a summitId, and a task's agency is always
// one of its summit's), so checking before the write's transaction is as good as inside it.
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SummitReader, SummitSummary } from "./queries";
import { requireCurrentSummit } from "./require-summit";

export type SummitRefs = {
  /** A summit id a form carries (e.g. a new item's). */
  summit?: string;
  item?: string;
  bilateral?: string;
  task?: string;
  delegation?: string;
};

async function belongs(db: DbOrTx, summitId: string, refs: SummitRefs): Promise<boolean> {
  if (refs.summit !== undefined && refs.summit !== summitId) return false;
  // One after the other: the caller may hold a transaction, which takes one query at a time.
  if (refs.item !== undefined && !(await db.programmeItem.count({ where: { id: refs.item, summitId } }))) return false;
  if (refs.bilateral !== undefined && !(await db.bilateralRequest.count({ where: { id: refs.bilateral, summitId } }))) return false;
  if (refs.task !== undefined && !(await db.agencyTask.count({ where: { id: refs.task, agency: { summitId } } }))) return false;
  if (refs.delegation !== undefined && !(await db.delegation.count({ where: { id: refs.delegation, summitId } }))) return false;
  return true;
}

/** The actor's current summit, once everything `refs` names is found to belong to it; NotFoundError otherwise. */
export async function requireInCurrentSummit(db: DbOrTx, actor: SummitReader, refs: SummitRefs): Promise<SummitSummary> {
  const summit = await requireCurrentSummit(db, actor);
  if (!(await belongs(db, summit.id, refs))) throw new NotFoundError();
  return summit;
}
