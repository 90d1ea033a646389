// What hangs off a programme item follows it, in the item write's transaction: agency tasks shift
// with the item's start (keeping their offset to it; escorts follow the meeting) and must still fit
// the item's window afterwards; the transfers linked to it follow its start or end (followers.ts),
// with their own agency tasks; a confirmed bilateral's request keeps the item's slot and is
// cancelled with it. Each changed task, transfer and request gets a new version and an audit entry
// naming the item it followed, so the whole change reads as one.
import type { Actor } from "@/lib/auth/actor";
import { taskWindowErrors } from "@/lib/agencies/window";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { ItemAuditState } from "./audit-state";
import { followerShifts } from "./followers";

const TASK_ENTITY = "AgencyTask";
const BILATERAL_ENTITY = "BilateralRequest";
const MOVEMENT_ENTITY = "Movement";

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
  const span = { startsAt: new Date(after.startsAt), endsAt: new Date(after.endsAt) };
  const misfits = placed.filter((t) => Object.keys(taskWindowErrors(t, span, change.timeZone)).length > 0).length;
  if (misfits > 0) {
    const message = `${misfits} agency task${misfits === 1 ? "" : "s"} would fall outside the new time; change ${misfits === 1 ? "it" : "them"} first.`;
    throw new ValidationError(message, { startsAt: message });
  }
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

/** The transfers linked to the item, as followerShifts needs them. */
export function linkedTransfers(db: Pick<Tx, "movement">, itemId: string) {
  return db.movement.findMany({
    where: { OR: [{ fromItemId: itemId }, { toItemId: itemId }] },
    select: MOVEMENT_FIELDS,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
}

/** Move the linked transfers and their agency tasks; returns the ids of the transfers moved. */
async function shiftTransfers(tx: Tx, change: Change): Promise<string[]> {
  const { before, after, itemId } = change;
  const span = (s: ItemAuditState) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });
  const shifts = followerShifts(itemId, span(before), span(after), await linkedTransfers(tx, itemId));
  const cause = { followed: { entity: "ProgrammeItem", id: itemId, title: after.title } };
  for (const shift of shifts) {
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
  return shifts.map((s) => s.movement.id);
}

/**
 * Bring the item's tasks, linked transfers (with their tasks) and bilateral request in line with
 * its saved state. Returns the ids of the transfers that moved, so their conflicts are checked too.
 */
export async function followItem(tx: Tx, change: Change): Promise<{ movedTransferIds: string[] }> {
  const retimed = change.before.startsAt !== change.after.startsAt || change.before.endsAt !== change.after.endsAt;
  // A cancelled item takes no transfers along: they stay where they are, for the planner to cancel.
  const cancelled = change.after.status === "CANCELLED";
  const movedTransferIds = retimed && !cancelled ? await shiftTransfers(tx, change) : [];
  if (retimed) await shiftTasks(tx, change);
  await followBilateral(tx, change);
  return { movedTransferIds };
}
