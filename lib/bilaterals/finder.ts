// The slot finder for one request, as the planners' board and detail page use it.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { allowedEvents } from "./lifecycle";
import { mayManageBilaterals, visibleBilateralsWhere } from "./policy";
import { summarySelect, toSummary } from "./queries";
import { findSlotsSchema, type FindSlotsValues } from "./schema";
import { loadSlotContext, searchSlots, type FinderResult } from "./slots";
import { requestShape } from "./transitions";
import { searchWindow } from "./window";

export async function findSlotsForBilateral(db: DbOrTx, actor: Actor, raw: FindSlotsValues): Promise<FinderResult> {
  const input = parseInput(findSlotsSchema, raw);
  if (!mayManageBilaterals(actor)) throw new NotFoundError();
  const row = await db.bilateralRequest.findFirst({ where: { AND: [visibleBilateralsWhere(actor), { id: input.id }] }, select: summarySelect });
  if (!row) throw new NotFoundError();
  const request = toSummary(row);
  if (!allowedEvents(request.status).includes("propose")) {
    throw new ValidationError("This request is no longer open for a new slot.", { _form: "This request is no longer open for a new slot." });
  }
  const shape = requestShape(request);
  const ctx = await loadSlotContext(db, shape);
  const window = searchWindow(ctx.summit, input);
  if (!window.ok) throw new ValidationError(window.error, { [window.field]: window.error });
  if (input.venueId && !ctx.snapshot.venues.some((v) => v.id === input.venueId)) {
    throw new ValidationError("Unknown venue.", { venueId: "Unknown venue." });
  }
  return searchSlots(ctx, shape, window.window, { venueId: input.venueId, limit: input.limit });
}
