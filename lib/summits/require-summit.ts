import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getCurrentSummit, type SummitSummary } from "./queries";

/** The current summit, or a NotFoundError for actions that need one. */
export async function requireCurrentSummit(db: DbOrTx): Promise<SummitSummary> {
  const summit = await getCurrentSummit(db);
  if (!summit) throw new NotFoundError();
  return summit;
}
