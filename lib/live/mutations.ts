// Writes of the summit days: the status of an item or a movement as it happens, and a proposal
// (a delay's cascade, a repair) applied in one transaction as one audited change with its reason.
// Every write goes through recordLiveWrite (internal/record.ts).
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { localInstant } from "@/lib/time";
import type { Db } from "@/lib/db";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError, translateDbError } from "@/lib/errors";
import { localizeMessage, refusal, worded } from "@/lib/i18n/errors";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import type { InSummit } from "@/lib/validation";
import { movesOf, signedMinutes } from "./internal/delay";
import { planProposal } from "./internal/plan";
import { LIVE_CHANGE_ENTITY, recordLiveWrite } from "./internal/record";
import { loadLiveSummit } from "./internal/summit";
import { writeLines } from "./internal/write";
import { mayManageLive, mayRecordItems, mayRecordLive, recordableMovementsWhere } from "./policy";
import { MAX_DELAY_MINUTES, type ApplyProposal, type ProposalSource, type RecordItemStatus, type RecordMovementStatus } from "./schema";
import type { Proposal } from "./types";

const at = (value: string | null, timeZone: string) => (value ? localInstant(value, timeZone) : null);

/** Record what is happening to an item: under way, running late by N minutes, ended, cancelled. */
export async function recordItemStatus(db: Db, actor: Actor, input: InSummit<RecordItemStatus>): Promise<void> {
  if (!mayRecordItems(actor)) throw new ForbiddenError();
  const summit = await loadLiveSummit(db, input.summitId);
  // What happened on the day is not read by the conflict check: no re-check to keep current.
  await db.$transaction(async (tx) => {
    const item = await tx.programmeItem.findFirst({ where: { id: input.itemId, summitId: summit.id }, select: { id: true, live: true } });
    if (!item) throw new NotFoundError();
    const data = {
      state: input.state,
      lateMinutes: input.state === "RUNNING_LATE" ? input.lateMinutes! : null,
      actualStartAt: at(input.actualStartAt, summit.timeZone),
      actualEndAt: at(input.actualEndAt, summit.timeZone),
      updatedByName: actor.name,
    };
    const after = await tx.itemLive.upsert({ where: { itemId: item.id }, create: { itemId: item.id, ...data }, update: data });
    await recordLiveWrite(tx, actor, { summitId: summit.id, entity: "ItemLive", entityId: item.id, action: "status", before: item.live, after });
  });
}

/** Record a movement departed or arrived, with the actual times and a note ("stuck at A12 junction"). */
export async function recordMovementStatus(db: Db, actor: Actor, input: InSummit<RecordMovementStatus>): Promise<void> {
  if (!mayRecordLive(actor)) throw new NotFoundError();
  const summit = await loadLiveSummit(db, input.summitId);
  // What happened on the day is not read by the conflict check: no re-check to keep current.
  await db.$transaction(async (tx) => {
    // An agency's coordinator reaches only the movements behind its own tasks: any other is not found.
    const movement = await tx.movement.findFirst({
      where: { AND: [recordableMovementsWhere(actor), { id: input.movementId, summitId: summit.id }] },
      select: { id: true, delegationId: true, live: true },
    });
    if (!movement) throw new NotFoundError();
    const departedAt = at(input.departedAt, summit.timeZone) ?? (input.state === "SCHEDULED" ? null : (movement.live?.departedAt ?? null));
    const arrivedAt = input.state === "ARRIVED" ? at(input.arrivedAt, summit.timeZone) : null;
    if (departedAt && arrivedAt && arrivedAt < departedAt) {
      throw new ValidationError(refusal("arrivalAfterDepartureNothingSaved", { arrivedAt: refusal("arrivalAfterDeparture") }));
    }
    const data = { state: input.state, departedAt, arrivedAt, note: input.note, updatedByName: actor.name };
    const after = await tx.movementLive.upsert({ where: { movementId: movement.id }, create: { movementId: movement.id, ...data }, update: data });
    await recordLiveWrite(tx, actor, {
      summitId: summit.id,
      entity: "MovementLive",
      entityId: movement.id,
      action: "status",
      before: movement.live ? { ...movement.live, delegationId: movement.delegationId } : null,
      after: { ...after, delegationId: movement.delegationId },
    });
  });
}

export type AppliedChange = { changeId: string; proposal: Proposal };

/**
 * Apply a proposal as the planner reviewed it: rebuilt in the transaction from the rows as they
 * stand (refused if they changed since the review), every line written and audited under one
 * change with its reason; a delayed item is then recorded running late. All or nothing.
 */
export async function applyProposal(db: Db, actor: Actor, input: InSummit<ApplyProposal>): Promise<AppliedChange> {
  if (!mayManageLive(actor)) throw new ForbiddenError();
  const summit = await loadLiveSummit(db, input.summitId);
  try {
    return await inCheckedTransaction(
      db,
      summit.id,
      async (tx) => {
        await lockSummitWrites(tx, summit.id);
        const moves = await movesOf(tx, summit.id, input.source);
        const { proposal } = await planProposal(tx, summit, moves, input.adjustments);
        if (proposal.basis !== input.basis) {
          throw new StaleVersionError(refusal("programmeChangedSinceProposal"));
        }
        if (proposal.refusals.length > 0) {
          const r = worded("notApplied", (t, lang) => t.notApplied(proposal.refusals.map((refusal) => `${refusal.title}: ${localizeMessage(refusal.message, lang)}`).join("; ")));
          throw new ValidationError(r);
        }
        const changeId = randomUUID();
        const cause = { changeId, reason: input.reason, kind: input.source.kind };
        await writeLines(tx, actor, summit.id, proposal.lines, cause);
        if (input.source.kind === "delay") await markLate(tx, actor, summit.id, input.source.delay.id, input.source);
        await recordLiveWrite(tx, actor, {
          summitId: summit.id,
          entity: LIVE_CHANGE_ENTITY,
          entityId: changeId,
          action: input.source.kind,
          after: {
            reason: input.reason,
            source: input.source,
            lines: proposal.lines.map((l) => ({ key: l.key, title: l.title, startByMinutes: l.startByMinutes, endByMinutes: l.endByMinutes, spaceId: l.after.spaceId })),
            hardConflictIds: proposal.hardConflictIds,
            delegationIds: proposal.affected.delegations.map((d) => d.id),
            agencyIds: proposal.affected.agencies.map((a) => a.id),
          },
        });
        return { changeId, proposal };
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    translateDbError(error);
  }
}

/** A delayed item (moved later as a whole) is running late by the delay, added to any before. */
async function markLate(tx: Parameters<typeof writeLines>[0], actor: Actor, summitId: string, id: string, source: Extract<ProposalSource, { kind: "delay" }>) {
  const { delay } = source;
  if (delay.subject !== "item" || delay.mode !== "shift" || signedMinutes(delay) <= 0) return;
  const before = await tx.itemLive.findUnique({ where: { itemId: id } });
  if (before?.state === "UNDER_WAY") return;
  const late = Math.min(MAX_DELAY_MINUTES, (before?.state === "RUNNING_LATE" ? (before.lateMinutes ?? 0) : 0) + delay.minutes);
  const data = { state: "RUNNING_LATE" as const, lateMinutes: late, updatedByName: actor.name };
  const after = await tx.itemLive.upsert({ where: { itemId: id }, create: { itemId: id, ...data }, update: data });
  await recordLiveWrite(tx, actor, { summitId, entity: "ItemLive", entityId: id, action: "status", before, after });
}
