// "What would this move conflict with?" — the engine run on the neighbourhood of an item with the
// item moved, without writing anything. The timeline shows it before the planner saves the move.
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { extraRulesFor } from "@/lib/conflicts/extra-rules";
import { loadSummitSnapshot } from "@/lib/conflicts/snapshot";
import { readAll, type DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkSummit, conflictsForItem, type Conflict } from "@/lib/scheduling";
import { parseInput } from "./parse";
import { moveItemSchema, type MoveItemInput } from "./schema";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function previewMove(db: DbOrTx, actor: Actor, raw: MoveItemInput): Promise<Conflict[]> {
  if (!isStaff(actor)) throw new NotFoundError();
  const input = parseInput(moveItemSchema, raw);
  const item = await db.programmeItem.findUnique({ where: { id: input.id }, select: { summitId: true, startsAt: true, endsAt: true } });
  if (!item) throw new NotFoundError();
  // Wide enough to hold the item's old and new neighbourhoods (see conflictsOfItem).
  const start = Math.min(item.startsAt.getTime(), input.startsAt.getTime()) - DAY_MS;
  const end = Math.max(item.endsAt.getTime(), input.endsAt.getTime()) + DAY_MS;
  const window = { start: new Date(start), end: new Date(end) };
  // Saving the move shifts the item's agency tasks by the change of its start (linked.ts): the
  // coverage check must see them shifted too, or a covered item would show false gaps.
  const shiftedItem = { itemId: input.id, byMs: input.startsAt.getTime() - item.startsAt.getTime() };
  const [snapshot, extraRules] = await readAll(db, [
    async () => loadSummitSnapshot(db, item.summitId, { window }),
    async () => extraRulesFor(db, item.summitId, { window, shiftedItem })] as const);
  const items = snapshot.items.map((i) =>
    i.id === input.id ? { ...i, startsAt: input.startsAt, endsAt: input.endsAt, spaceId: input.spaceId } : i,
  );
  return conflictsForItem(checkSummit({ ...snapshot, items }, { extraRules }), input.id);
}
