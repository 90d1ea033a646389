import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getCurrentSummit, type SummitReader, type SummitSummary } from "./queries";

/** The actor's current summit (getCurrentSummit), or a NotFoundError for reads and writes that need one. */
export async function requireCurrentSummit(db: DbOrTx, actor: SummitReader): Promise<SummitSummary> {
  const summit = await getCurrentSummit(db, actor);
  if (!summit) throw new NotFoundError();
  return summit;
}
