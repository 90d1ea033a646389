// What hangs off a programme item follows it, in the item write's transaction: agency tasks shift
// with the item's start (keeping their offset to it; escorts follow the meeting) and must still fit
// the item's window afterwards; a side event's sessions keep their place in it, with their tasks;
// the transfers linked to the item or its sessions follow their start or end (followers.ts), with
// their own agency tasks; a confirmed bilateral's request keeps the item's slot and is cancelled
// with it. Each changed session, task, transfer and request gets a new version and an audit entry
// naming the item it followed, so the whole change reads as one.
import type { Actor } from "@/lib/auth/actor";
import { tasksOutsideRefusal } from "./task-window";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Span } from "@/lib/time";
import { ITEM_AUDIT_ENTITY, loadItemAuditState, type ItemAuditState } from "./audit-state";
import { planFollowers, type FollowPlan, type LinkedTransfer } from "./followers";

const TASK_ENTITY = "AgencyTask" as const;
const BILATERAL_ENTITY = "BilateralRequest" as const;
const MOVEMENT_ENTITY = "Movement" as const;

const MOVEMENT_FIELDS = {
  id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true,
  fromItemId: true, toItemId: true, version: true,
} as const;

const TASK_FIELDS = { id: true, agencyId: true, itemId: true, type: true, status: true, startsAt: true, endsAt: true, version: true } as const;

type Change = { actor: Actor; summitId: string; itemId: string; timeZone: string; before: ItemAuditState; after: ItemAuditState };

/**
 * Lock the item's bilateral request before the item row is written: cancelling a bilateral locks
 * the request and then writes its item, so taking them in the same order cannot deadlock.
 */
export async function lockLinkedRequest(tx: Tx, itemId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "BilateralRequest" WHERE "itemId" = ${itemId} FOR UPDATE`;
}

async function shiftTasks(tx: Tx, change: Change): Promise<void> {
  const { before, after, itemId } = change;
  const delta = Date.parse(after.startsAt) - Date.parse(before.startsAt);
  const tasks = await tx.agencyTask.findMany({ where: { itemId }, select: TASK_FIELDS, orderBy: { id: "asc" } });
  const placed = [];
  for (const task of tasks) {
    if (delta === 0) {
      placed.push(task);
      continue;
    }
    const moved = await tx.agencyTask.update({
      where: { id: task.id },
      data: { startsAt: new Date(task.startsAt.getTime() + delta), endsAt: new Date(task.endsAt.getTime() + delta), version: { increment: 1 } },
      select: TASK_FIELDS,
    });
    await recordAudit(tx, { actor: change.actor, summitId: change.summitId, entity: TASK_ENTITY, entityId: task.id, action: "shift", before: task, after: moved });
    placed.push(moved);
  }
  const refused = tasksOutsideRefusal(placed, { startsAt: new Date(after.startsAt), endsAt: new Date(after.endsAt) }, change.timeZone);
  if (refused) throw new ValidationError(refused);
}

async function followBilateral(tx: Tx, change: Change): Promise<void> {
  const { before, after } = change;
  const request = await tx.bilateralRequest.findUnique({
    where: { itemId: change.itemId },
    select: { id: true, status: true, proposedStartsAt: true, proposedEndsAt: true, proposedSpaceId: true },
  });
  if (!request || request.status !== "CONFIRMED") return;
  const audit = { actor: change.actor, summitId: change.summitId, entity: BILATERAL_ENTITY, entityId: request.id };
  if (after.status === "CANCELLED" && before.status !== "CANCELLED") {
    await tx.bilateralRequest.update({ where: { id: request.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
    await recordAudit(tx, { ...audit, action: "cancel", before: { status: request.status }, after: { status: "CANCELLED", itemCancelled: true } });
    return;
  }
  const startsAt = new Date(after.startsAt);
  const endsAt = new Date(after.endsAt);
  const same =
    request.proposedStartsAt?.getTime() === startsAt.getTime() &&
    request.proposedEndsAt?.getTime() === endsAt.getTime() &&
    request.proposedSpaceId === after.spaceId;
  if (same) return;
  await tx.bilateralRequest.update({
    where: { id: request.id },
    data: { proposedStartsAt: startsAt, proposedEndsAt: endsAt, proposedSpaceId: after.spaceId, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    ...audit,
    action: "reschedule",
    before: { status: request.status, startsAt: request.proposedStartsAt, endsAt: request.proposedEndsAt, spaceId: request.proposedSpaceId },
    after: { status: request.status, startsAt, endsAt, spaceId: after.spaceId, spaceName: after.spaceName, venueName: after.venueName },
  });
}

/**
 * What would follow the item from `before` to `after`: its live sessions and the transfers linked
 * to it or to them. The preview and the save both plan with this, so they never disagree.
 */
export async function followPlan(
  db: Pick<Tx, "movement" | "programmeItem">,
  itemId: string,
  before: Span,
  after: Span,
): Promise<FollowPlan<LinkedTransfer & { delegationId: string }>> {
  const sessions = await db.programmeItem.findMany({
    where: { parentId: itemId, status: { not: "CANCELLED" } },
    select: { id: true, startsAt: true, endsAt: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const ids = [itemId, ...sessions.map((s) => s.id)];
  const transfers = await db.movement.findMany({
    where: { OR: [{ fromItemId: { in: ids } }, { toItemId: { in: ids } }] },
    select: MOVEMENT_FIELDS,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return planFollowers({ id: itemId, before, after }, sessions, transfers);
}

/** Move the sessions (with their tasks) and the linked transfers (with theirs). */
async function applyPlan(tx: Tx, change: Change, plan: FollowPlan): Promise<void> {
  const { itemId, after } = change;
  const cause = { followed: { entity: ITEM_AUDIT_ENTITY, id: itemId, title: after.title } };
  for (const session of plan.sessions) {
    const was = (await loadItemAuditState(tx, session.id))!;
    await tx.programmeItem.update({
      where: { id: session.id },
      data: { startsAt: session.after.startsAt, endsAt: session.after.endsAt, version: { increment: 1 }, updatedById: change.actor.userId },
    });
    const now = (await loadItemAuditState(tx, session.id))!;
    await recordAudit(tx, { actor: change.actor, summitId: change.summitId, entity: ITEM_AUDIT_ENTITY, entityId: session.id, action: "move", before: was.state, after: { ...now.state, ...cause } });
    await shiftTasks(tx, { ...change, itemId: session.id, before: was.state, after: now.state });
  }
  for (const shift of plan.transfers) {
    const moved = await tx.movement.update({
      where: { id: shift.movement.id },
      data: { startsAt: shift.startsAt, endsAt: shift.endsAt, version: { increment: 1 } },
      select: MOVEMENT_FIELDS,
    });
    await recordAudit(tx, { actor: change.actor, summitId: change.summitId, entity: MOVEMENT_ENTITY, entityId: moved.id, action: "shift", before: shift.movement, after: { ...moved, ...cause } });
    const tasks = await tx.agencyTask.findMany({ where: { movementId: moved.id }, select: { ...TASK_FIELDS, movementId: true }, orderBy: { id: "asc" } });
    for (const task of tasks) {
      const shifted = await tx.agencyTask.update({
        where: { id: task.id },
        data: { startsAt: new Date(task.startsAt.getTime() + shift.byMs), endsAt: new Date(task.endsAt.getTime() + shift.byMs), version: { increment: 1 } },
        select: { ...TASK_FIELDS, movementId: true },
      });
      await recordAudit(tx, { actor: change.actor, summitId: change.summitId, entity: TASK_ENTITY, entityId: task.id, action: "shift", before: task, after: { ...shifted, ...cause } });
    }
  }
}

/**
 * Bring the item's tasks, sessions, linked transfers (with their tasks) and bilateral request in
 * line with its saved state. Returns what moved, so its conflicts are checked too.
 */
export async function followItem(tx: Tx, change: Change): Promise<{ movedTransferIds: string[]; movedSessionIds: string[] }> {
  const retimed = change.before.startsAt !== change.after.startsAt || change.before.endsAt !== change.after.endsAt;
  // A cancelled item takes nothing along: its transfers and sessions stay, for the planner to cancel.
  const cancelled = change.after.status === "CANCELLED";
  let moved = { movedTransferIds: [] as string[], movedSessionIds: [] as string[] };
  if (retimed && !cancelled) {
    const span = (s: ItemAuditState) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });
    const plan = await followPlan(tx, change.itemId, span(change.before), span(change.after));
    await applyPlan(tx, change, plan);
    moved = { movedTransferIds: plan.transfers.map((t) => t.movement.id), movedSessionIds: plan.sessions.map((s) => s.id) };
  }
  if (retimed) await shiftTasks(tx, change);
  await followBilateral(tx, change);
  return moved;
}
