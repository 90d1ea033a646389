// Confirming a bilateral is one transaction: re-check the proposed slot against a freshly loaded
// snapshot, add the programme item with its participations and space booking through the
// programme's own functions (insertItemIn, which audits it), mark the request confirmed and audit
// that. Racing confirmations (and every other programme write of the summit) queue on the summit's
// programme write lock and the space lock, both taken by inItemTransaction; should anything else
// take the space meanwhile, the database's exclusion constraint refuses the booking. Either way
// exactly one wins and the other is told to pick another slot.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { ConstraintError, NotFoundError, ValidationError } from "@/lib/errors";
import { phraseText, type Lang } from "@/lib/i18n";
import { refusal, worded, type ErrorsText } from "@/lib/i18n/errors";
import type { InSummit } from "@/lib/validation";
import { inItemTransaction, insertItemIn, type NewItemRow } from "@/lib/programme/mutations";
import { guardHardConflicts, OVERRIDE_FIELD } from "@/lib/conflicts/guard";
import { conflictsAround } from "@/lib/conflicts/queries";
import { conflictsForItem } from "@/lib/scheduling";
import { mayManageBilaterals } from "./policy";
import type { BilateralSummary } from "./queries";
import type { ConfirmBilateral } from "./schema";
import { loadSlotContext, slotProblemPhrases, type SlotContext } from "./slots";
import { lockRequest, nextState, requestShape, saveTransition } from "./transitions";

export type Confirmed = { id: string; version: number; itemId: string };

/** "Bilateral: Ukraine – United States": the requester first, then the others by name. */
export function bilateralTitle(request: Pick<BilateralSummary, "parties">): string {
  return `Bilateral: ${request.parties.map((p) => p.name).join(" – ")}`;
}

/** The programme item a confirmed request becomes: its participants attend, and only they see it. */
function itemOf(request: BilateralSummary, ctx: SlotContext): NewItemRow {
  const proposal = request.proposal!;
  return {
    summitId: request.summitId,
    kind: "BILATERAL",
    title: bilateralTitle(request),
    description: `${ctx.participants.map((m) => m.title).join(" and ")}.`,
    status: "CONFIRMED",
    visibility: "PARTICIPANTS",
    startsAt: proposal.startsAt,
    endsAt: proposal.endsAt,
    spaceId: proposal.spaceId,
    attendees: ctx.participants.map((m) => ({ delegationId: m.delegationId, memberId: m.id })),
  };
}

export async function confirmBilateral(db: Db, actor: Actor, input: InSummit<ConfirmBilateral>): Promise<Confirmed> {
  if (!mayManageBilaterals(actor)) throw new NotFoundError();
  const planned = await db.bilateralRequest.findFirst({
    where: { id: input.id, summitId: input.summitId },
    select: { summitId: true, proposedSpaceId: true, proposedStartsAt: true, proposedEndsAt: true, summit: { select: { timeZone: true } } },
  });
  if (!planned) throw new NotFoundError();
  const booking = {
    summitId: planned.summitId,
    itemId: null,
    spaceId: planned.proposedSpaceId,
    startsAt: planned.proposedStartsAt ?? new Date(0),
    endsAt: planned.proposedEndsAt ?? new Date(0),
    timeZone: planned.summit.timeZone,
  };
  try {
    return await inItemTransaction(db, booking, async (tx) => {
      // Summit and space are locked; the version check also proves the proposal is the one the
      // space lock was taken for.
      const request = await lockRequest(tx, actor, input);
      const next = nextState(request, { type: "confirm" });
      if (!request.proposal) throw new ValidationError(refusal("noSlotToConfirm", { _form: refusal("proposeSlotFirst") }));
      const ctx = await loadSlotContext(tx, requestShape(request));
      // With a planner's reason the slot's problems are judged by the engine below instead: its
      // hard conflicts are overridden with that reason, its warnings pass.
      const problems = slotProblemPhrases(ctx, requestShape(request), request.proposal);
      const { startsAt: from, endsAt: to, spaceId: room } = request.proposal;
      // A room held by a confirmed item is never overridden (the database refuses the booking).
      const roomTaken = ctx.snapshot.items.some((i) => i.spaceId === room && i.status === "CONFIRMED" && i.startsAt < to && i.endsAt > from);
      if (problems.length > 0 && (roomTaken || input.overrideReason === undefined)) {
        const listed = (lang: Lang) => problems.map((p) => phraseText(p, lang)).join("; ");
        const say = (t: ErrorsText, lang: Lang) => t.proposedSlotImpossible(listed(lang), roomTaken ? t.pickAnotherSlot : t.hardConflictWaysBilateral);
        // With the room free, the override field lists what a planner's reason would accept.
        const fields = roomTaken ? ["_form"] : { _form: worded("proposedSlotImpossible", say), [OVERRIDE_FIELD]: worded("bilaterals.slotProblems", (_, lang) => listed(lang)) };
        throw new ValidationError(worded("proposedSlotImpossible", say, fields));
      }
      const itemId = await insertItemIn(tx, actor, itemOf(request, ctx));
      // The slot re-check covers the participants; the engine also sees what it cannot (a linked
      // transfer, the space's other bookings): a confirmed bilateral is never left in a hard conflict
      // without a reason.
      const report = await conflictsAround(tx, request.summitId, { startsAt: request.proposal.startsAt, endsAt: request.proposal.endsAt });
      await guardHardConflicts(tx, actor, {
        summitId: request.summitId,
        snapshot: report.snapshot,
        conflicts: conflictsForItem(report.conflicts, itemId),
        overrideReason: input.overrideReason,
        subject: "bilateral",
      });
      const { startsAt, endsAt, spaceId, spaceName, venueName } = request.proposal;
      const version = await saveTransition(tx, actor, request, next, {
        action: "confirm",
        data: { itemId },
        details: { itemId, startsAt, endsAt, spaceId, spaceName, venueName },
      });
      return { id: request.id, version, itemId };
    });
  } catch (error) {
    if (error instanceof ConstraintError && error.constraint === "ProgrammeItem_no_confirmed_space_overlap") {
      const refusal = worded("roomTakenPickAnother", (t, lang) => t.roomTakenPickAnother(error.saidIn(lang).message), ["_form"]);
      throw new ConstraintError(refusal, error.constraint);
    }
    throw error;
  }
}
