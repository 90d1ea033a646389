// What every change to a bilateral request shares: lock the row, refuse a stale version, apply
// the lifecycle, write status, answers and audit entry in the caller's transaction.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { checkVersion, type Tx } from "@/lib/db";
import { NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bilateralsEn, bilateralsNl } from "@/lib/i18n/bilaterals";
import { worded } from "@/lib/i18n/errors";
import { transition, type LifecycleEvent, type LifecycleState } from "./lifecycle";
import { visibleBilateralsWhere } from "./policy";
import { BILATERAL_ENTITY, summarySelect, toSummary, type BilateralSummary } from "./queries";
import type { RequestShape } from "./slots";

/** The request of the summit named, locked for this transaction; NotFoundError if it is another summit's or the actor may not see it. */
export async function lockRequest(tx: Tx, actor: Actor, ref: { summitId: string; id: string; version: number }): Promise<BilateralSummary> {
  const { summitId, id, version } = ref;
  await tx.$queryRaw`SELECT "id" FROM "BilateralRequest" WHERE "id" = ${id} AND "summitId" = ${summitId} FOR UPDATE`;
  const row = await tx.bilateralRequest.findFirst({ where: { AND: [visibleBilateralsWhere(actor), { id, summitId }] }, select: summarySelect });
  if (!row) throw new NotFoundError();
  const request = toSummary(row);
  await checkVersion(request.version, version, () => {
    const status = { en: bilateralsEn.status[request.status].toLowerCase(), nl: bilateralsNl.status[request.status].toLowerCase() };
    const refusal = worded("requestChangedMeanwhile", (t, lang) => t.requestChangedMeanwhile(status[lang]), ["version"]);
    return new StaleVersionError(refusal);
  });
  return request;
}

/** The state after the event, or a ValidationError saying why it is not possible now. */
export function nextState(request: BilateralSummary, event: LifecycleEvent): LifecycleState {
  const result = transition({ status: request.status, parties: request.parties }, event);
  if (!result.ok) throw new ValidationError(result.refused);
  return result.state;
}

export function requestShape(request: BilateralSummary): RequestShape {
  return {
    summitId: request.summitId,
    level: request.level,
    durationMinutes: request.durationMinutes,
    preferredDays: request.preferredDays,
    parties: request.parties.map((p) => ({ id: p.delegationId, name: p.name })),
  };
}

type SaveOptions = {
  action: string;
  /** Extra columns to write (the proposal, the item). */
  data?: Prisma.BilateralRequestUncheckedUpdateInput;
  /** What the history shows besides the new status. */
  details?: Record<string, unknown>;
};

/** Write the new status and answers, bump the version and audit it; returns the new version. */
export async function saveTransition(tx: Tx, actor: Actor, request: BilateralSummary, next: LifecycleState, options: SaveOptions): Promise<number> {
  const { version } = await tx.bilateralRequest.update({
    where: { id: request.id },
    data: { ...options.data, status: next.status, version: { increment: 1 } },
    select: { version: true },
  });
  const now = new Date();
  for (const party of next.parties) {
    const before = request.parties.find((p) => p.delegationId === party.delegationId);
    if (before?.response === party.response) continue;
    await tx.bilateralParty.update({
      where: { requestId_delegationId: { requestId: request.id, delegationId: party.delegationId } },
      data: { response: party.response, respondedAt: party.response === "PENDING" ? null : now },
    });
  }
  await recordAudit(tx, {
    actor,
    summitId: request.summitId,
    entity: BILATERAL_ENTITY,
    entityId: request.id,
    action: options.action,
    before: { status: request.status },
    after: { status: next.status, ...options.details },
  });
  return version;
}
