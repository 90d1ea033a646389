// A transfer linked to an item must fit it: a party cannot leave an item before it ends, nor
// reach an item after it has started. Moving the item moves its transfers (the programme's save
// path does that); a transfer left behind, or edited by hand, is caught here and named by both ends:
// "leaves Huis ten Bosch 22:53, Royal dinner ends 23:00". Hard: the principal cannot be in both.
import { phrase, type PhraseArg } from "@/lib/i18n/conflict-phrases";
import { formatTime } from "@/lib/time";

import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule, SummitItem } from "../types";

export const transferLinkRule: ConflictRule = (ctx) => {
  const { timeZone } = ctx.snapshot;
  const conflicts: Conflict[] = [];
  for (const occupation of ctx.movementsById.values()) {
    const movement = occupation.movement!;
    const who: PhraseArg = ctx.delegationsById.get(movement.delegationId)?.name ?? phrase("aDelegation");
    const place = (id: string | null | undefined): PhraseArg => (id && ctx.venuesById.get(id)?.name) || phrase("unknownPlace");
    /** One end of the transfer out of step with its item: "leaves X 22:53, Dinner ends 23:00". */
    const misaligned = (item: SummitItem, end: "leaves" | "reaches", itemSide: string) =>
      conflicts.push(
        makeConflict({
          type: "TRANSFER_MISALIGNED",
          severity: "hard",
          itemIds: [item.id],
          movementIds: [movement.id],
          delegationId: movement.delegationId,
          ...spoken(
            end === "leaves"
              ? phrase("transferLeaves", who, place(movement.fromVenueId), formatTime(occupation.startsAt, timeZone), item.title, itemSide)
              : phrase("transferReaches", who, place(movement.toVenueId), formatTime(occupation.endsAt, timeZone), item.title, itemSide),
          ),
        }, end),
      );
    const from = movement.fromItemId ? ctx.itemsById.get(movement.fromItemId) : undefined;
    if (from && occupation.startsAt < from.endsAt) misaligned(from, "leaves", formatTime(from.endsAt, timeZone));
    const to = movement.toItemId ? ctx.itemsById.get(movement.toItemId) : undefined;
    if (to && occupation.endsAt > to.startsAt) misaligned(to, "reaches", formatTime(to.startsAt, timeZone));
  }
  return conflicts;
};
