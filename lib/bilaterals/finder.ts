// The slot finder for one request, as the planners' board and detail page use it.
import type { Actor } from "@/lib/auth/actor";
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import type { InSummit } from "@/lib/validation";
import { allowedEvents } from "./lifecycle";
import { mayManageBilaterals, visibleBilateralsWhere } from "./policy";
import { participantsAtLevel } from "./participants";
import { summarySelect, toSummary, type BilateralSummary } from "./queries";
import type { FindSlots } from "./schema";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import { loadSlotContext, loadSummitDays, searchSlots, slotProblemPhrases, type FinderResult } from "./slots";
import { requestShape } from "./transitions";
import { searchWindow } from "./window";

export async function findSlotsForBilateral(db: DbOrTx, actor: Actor, input: InSummit<FindSlots>): Promise<FinderResult> {
  if (!mayManageBilaterals(actor)) throw new NotFoundError();
  const row = await db.bilateralRequest.findFirst({ where: { AND: [visibleBilateralsWhere(actor), { id: input.id, summitId: input.summitId }] }, select: summarySelect });
  if (!row) throw new NotFoundError();
  const request = toSummary(row);
  if (!allowedEvents(request.status).includes("propose")) {
    throw new ValidationError(refusal("requestClosed", ["_form"]));
  }
  const shape = requestShape(request);
  const ctx = await loadSlotContext(db, shape);
  const window = searchWindow(ctx.summit, input);
  if (!window.ok) throw new ValidationError(window.refused);
  if (input.venueId && !ctx.snapshot.venues.some((v) => v.id === input.venueId)) {
    throw new ValidationError(refusal("unknownVenue", ["venueId"]));
  }
  return searchSlots(ctx, shape, window.window, { venueId: input.venueId, limit: input.limit });
}

/** A proposal that can no longer be held, and why (the slot re-check's reasons, as phrases of the dictionary). */
export type ProposalProblems = ReadonlyMap<string, readonly Phrase[]>;

/**
 * The proposed (or accepted) slots among `requests` that have become impossible since they were
 * proposed: a participant now busy or too far away, the space taken or closed. Computed when the
 * board or a request is read, against a fresh snapshot of the summit, so the board says so at
 * once instead of "Accepted by all" until Confirm fails. The reasons may name items the reader may
 * not see: show them to planners only.
 */
export async function impossibleProposals(db: DbOrTx, requests: readonly BilateralSummary[]): Promise<ProposalProblems> {
  const open = requests.filter((r) => (r.status === "PROPOSED" || r.status === "ACCEPTED") && r.proposal);
  const problems = new Map<string, Phrase[]>();
  if (open.length === 0) return problems;
  const summitId = open[0].summitId;
  const summit = await loadSummitDays(db, summitId);
  const snapshot = await loadSummitSnapshot(db, summitId);
  const members = await db.member.findMany({
    where: { delegationId: { in: [...new Set(open.flatMap((r) => r.parties.map((p) => p.delegationId)))] } },
    select: { id: true, delegationId: true, title: true, function: true, precedence: true },
  });
  for (const request of open) {
    if (request.summitId !== summitId) continue;
    const shape = requestShape(request);
    const found = participantsAtLevel(request.level, shape.parties, members);
    const reasons = found.ok
      ? slotProblemPhrases({ summit, snapshot, participants: found.members }, shape, request.proposal!)
      : found.said;
    if (reasons.length > 0) problems.set(request.id, reasons);
  }
  return problems;
}
