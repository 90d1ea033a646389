// The summit a live write or preview works in, as the action names it: its zone turns the day's
// wall-clock times into instants.
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { LiveSummit } from "../types";

export async function loadLiveSummit(db: DbOrTx, summitId: string): Promise<LiveSummit> {
  const summit = await db.summit.findUnique({ where: { id: summitId }, select: { id: true, timeZone: true } });
  if (!summit) throw new NotFoundError();
  return summit;
}
