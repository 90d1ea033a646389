// A transfer linked to an item must fit it: a party cannot leave an item before it ends, nor
// reach an item after it has started. Moving the item moves its transfers (the programme's save
// path does that); a transfer left behind, or edited by hand, is caught here and named by both ends:
// "leaves Huis ten Bosch 22:53, Royal dinner ends 23:00". Hard: the principal cannot be in both.
import { formatTime } from "@/lib/time";

import { makeConflict } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";

export const transferLinkRule: ConflictRule = (ctx) => {
  const { timeZone } = ctx.snapshot;
  const conflicts: Conflict[] = [];
  for (const occupation of ctx.movementsById.values()) {
    const movement = occupation.movement!;
    const delegation = ctx.delegationsById.get(movement.delegationId);
    const who = delegation?.name ?? "a delegation";
    const place = (id: string | null) => (id && ctx.venuesById.get(id)?.name) || "its origin";
    const from = movement.fromItemId ? ctx.itemsById.get(movement.fromItemId) : undefined;
    if (from && occupation.startsAt < from.endsAt) {
      conflicts.push(
        makeConflict({
          type: "TRANSFER_MISALIGNED",
          severity: "hard",
          itemIds: [from.id],
          movementIds: [movement.id],
          delegationId: movement.delegationId,
          message:
            `The transfer of ${who} leaves ${place(movement.fromVenueId)} ${formatTime(occupation.startsAt, timeZone)}, ` +
            `${from.title} ends ${formatTime(from.endsAt, timeZone)}`,
        }, "leaves"),
      );
    }
    const to = movement.toItemId ? ctx.itemsById.get(movement.toItemId) : undefined;
    if (to && occupation.endsAt > to.startsAt) {
      conflicts.push(
        makeConflict({
          type: "TRANSFER_MISALIGNED",
          severity: "hard",
          itemIds: [to.id],
          movementIds: [movement.id],
          delegationId: movement.delegationId,
          message:
            `The transfer of ${who} reaches ${place(movement.toVenueId)} ${formatTime(occupation.endsAt, timeZone)}, ` +
            `${to.title} starts ${formatTime(to.startsAt, timeZone)}`,
        }, "reaches"),
      );
    }
  }
  return conflicts;
};
