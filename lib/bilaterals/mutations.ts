// Writes to bilateral requests other than the confirmation (confirm.ts). Each runs in one
// transaction and writes an audit entry; bad input or a refused step changes nothing.
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { phraseText } from "@/lib/i18n";
import { refusal, worded } from "@/lib/i18n/errors";
import { ITEM_AUDIT_ENTITY, loadItemAuditState } from "@/lib/programme/audit-state";
import type { InSummit } from "@/lib/validation";
import { mayManageBilaterals, mayRequestBilaterals, mayRequestFor, mayRespondFor, mayRespondToProposals, mayWithdraw, mayWithdrawRequests } from "./policy";
import { BILATERAL_ENTITY } from "./queries";
import type { BilateralRef, ProposeSlot, RequestBilateral, RespondToProposal } from "./schema";
import { loadParticipants, loadSlotContext, loadSummitDays, slotProblemPhrases } from "./slots";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { lockRequest, nextState, requestShape, saveTransition } from "./transitions";
import { daysOutsideSummit } from "./window";

const TX = { maxWait: 10_000, timeout: 20_000 };
type Saved = { id: string; version: number };

/** A liaison asks for a bilateral for their delegation (planners may ask for any delegation). */
export async function requestBilateral(db: Db, actor: Actor, input: InSummit<RequestBilateral>): Promise<Saved> {
  if (!mayRequestBilaterals(actor)) throw new NotFoundError();
  if (!mayRequestFor(actor, input.requesterDelegationId)) throw new ValidationError(refusal("requestOnlyOwn", ["requesterDelegationId"]));
  const ids = [input.requesterDelegationId, ...input.counterpartDelegationIds];
  // Every party is one of the summit's delegations.
  const found = await db.delegation.findMany({ where: { id: { in: ids }, summitId: input.summitId }, select: { id: true, name: true } });
  const requester = found.find((d) => d.id === input.requesterDelegationId);
  if (!requester) throw new ValidationError(refusal("unknownDelegation", ["requesterDelegationId"]));
  const others = input.counterpartDelegationIds.map((id) => found.find((d) => d.id === id));
  if (others.some((d) => d === undefined)) {
    throw new ValidationError(refusal("unknownDelegation", { counterpartDelegationIds: refusal("counterpartsOfSummit") }));
  }
  const summit = await loadSummitDays(db, input.summitId);
  const outside = daysOutsideSummit(summit, input.preferredDays);
  if (outside.length > 0) {
    const refusal = worded("preferredDaysOutside", (t) => t.preferredDaysOutside(summit.days.join(", "), outside.join(", ")), ["preferredDays"]);
    throw new ValidationError(refusal);
  }
  const parties = [requester, ...others.map((d) => d!)];
  // Refuse now, not at the finder: a delegation without anyone at this level cannot meet at it.
  await loadParticipants(db, input.level, parties);

  return db.$transaction(async (tx) => {
    const { id, version } = await tx.bilateralRequest.create({
      data: {
        summitId: summit.id,
        requesterDelegationId: requester.id,
        level: input.level,
        durationMinutes: input.durationMinutes,
        preferredDays: input.preferredDays.map((d) => new Date(`${d}T00:00:00Z`)),
        notes: input.notes,
        createdById: actor.userId,
        parties: { create: parties.map((p) => ({ delegationId: p.id })) },
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actor,
      summitId: summit.id,
      entity: BILATERAL_ENTITY,
      entityId: id,
      action: "request",
      after: {
        status: "REQUESTED",
        requester: requester.name,
        parties: parties.map((p) => p.name),
        level: input.level,
        durationMinutes: input.durationMinutes,
        preferredDays: input.preferredDays,
        notes: input.notes,
      },
    });
    return { id, version };
  }, TX);
}

/** A planner proposes a slot and space (usually one the finder offered); re-checked here. */
export async function proposeSlot(db: Db, actor: Actor, input: InSummit<ProposeSlot>): Promise<Saved> {
  if (!mayManageBilaterals(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, actor, input);
    const next = nextState(request, { type: "propose" });
    const ctx = await loadSlotContext(tx, requestShape(request));
    const slot = {
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + request.durationMinutes * 60_000),
      spaceId: input.spaceId,
    };
    const problems = slotProblemPhrases(ctx, requestShape(request), slot);
    if (problems.length > 0) {
      const refusal = worded("slotDoesNotWork", (t, lang) => t.slotDoesNotWork(problems.map((p) => phraseText(p, lang)).join("; ")), ["startsAt"]);
      throw new ValidationError(refusal);
    }
    const space = ctx.snapshot.spaces.find((s) => s.id === slot.spaceId)!;
    const venue = ctx.snapshot.venues.find((v) => v.id === space.venueId);
    const version = await saveTransition(tx, actor, request, next, {
      action: "propose",
      data: { proposedStartsAt: slot.startsAt, proposedEndsAt: slot.endsAt, proposedSpaceId: slot.spaceId },
      details: { startsAt: slot.startsAt, endsAt: slot.endsAt, spaceId: space.id, spaceName: space.name, venueName: venue?.name ?? null },
    });
    return { id: request.id, version };
  }, TX);
}

/** A liaison accepts or declines the proposed slot on behalf of their own delegation. */
export async function respondToProposal(db: Db, actor: Actor, input: InSummit<RespondToProposal>): Promise<Saved> {
  if (!mayRespondToProposals(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, actor, input);
    const party = request.parties.find((p) => p.delegationId === input.delegationId);
    if (!party || !mayRespondFor(actor, input.delegationId)) throw new ValidationError(refusal("answerOnlyOwn", ["delegationId"]));
    const next = nextState(request, { type: "respond", delegationId: input.delegationId, response: input.response });
    const version = await saveTransition(tx, actor, request, next, {
      action: input.response === "ACCEPTED" ? "accept" : "decline",
      details: { delegationId: party.delegationId, delegationName: party.name, response: input.response },
    });
    return { id: request.id, version };
  }, TX);
}

/** The requesting delegation (or a planner) withdraws a request that is not yet confirmed. */
export async function withdrawRequest(db: Db, actor: Actor, input: InSummit<BilateralRef>): Promise<Saved> {
  if (!mayWithdrawRequests(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const request = await lockRequest(tx, actor, input);
    if (!mayWithdraw(actor, request.requester.id)) throw new ValidationError(refusal("withdrawOnlyRequester", ["_form"]));
    const next = nextState(request, { type: "withdraw" });
    const version = await saveTransition(tx, actor, request, next, { action: "withdraw" });
    return { id: request.id, version };
  }, TX);
}

/** A planner cancels a request; a confirmed bilateral's programme item is cancelled with it. */
export async function cancelBilateral(db: Db, actor: Actor, input: InSummit<BilateralRef>): Promise<Saved> {
  if (!mayManageBilaterals(actor)) throw new NotFoundError();
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    // The summit's programme lock first, as every item write takes it, so the two cannot deadlock.
    await lockSummitWrites(tx, input.summitId);
    const request = await lockRequest(tx, actor, input);
    const next = nextState(request, { type: "cancel" });
    const itemBefore = request.itemId ? await loadItemAuditState(tx, request.itemId) : null;
    if (request.itemId && itemBefore && itemBefore.state.status !== "CANCELLED") {
      await tx.programmeItem.update({
        where: { id: request.itemId },
        data: { status: "CANCELLED", version: { increment: 1 }, updatedById: actor.userId },
      });
      const itemAfter = (await loadItemAuditState(tx, request.itemId))!;
      await recordAudit(tx, {
        actor,
        summitId: request.summitId,
        entity: ITEM_AUDIT_ENTITY,
        entityId: request.itemId,
        action: "cancel",
        before: itemBefore.state,
        after: itemAfter.state,
      });
    }
    const version = await saveTransition(tx, actor, request, next, { action: "cancel", details: { itemCancelled: itemBefore !== null } });
    return { id: request.id, version };
  }, TX);
}
