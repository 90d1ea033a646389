// Writing a proposal's lines, each the way the programme writes the same row when an item moves
// (lib/programme/linked.ts): a new version, and an audit entry of the same entity, action and
// shape, so the history pages and the liaisons' and agencies' change lists read it as a move.
// Each entry also names the live change it belongs to (`live`), and what it followed, so the
// whole cascade reads as one change with its reason.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ITEM_AUDIT_ENTITY, loadItemAuditState } from "@/lib/programme/audit-state";
import type { ShiftLine } from "../types";
import { recordLiveWrite } from "./record";

const MOVEMENT_FIELDS = {
  id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true,
  fromItemId: true, toItemId: true, version: true,
} as const;
const TASK_FIELDS = { id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true, startsAt: true, endsAt: true, version: true } as const;

export type LiveCause = { changeId: string; reason: string };

type Context = { tx: Tx; actor: Actor; summitId: string; cause: LiveCause; byKey: Map<string, ShiftLine> };

function causeOf(ctx: Context, line: ShiftLine) {
  const followed = line.follows ? ctx.byKey.get(line.follows) : undefined;
  return {
    live: ctx.cause,
    ...(followed ? { followed: { entity: followed.entity, id: followed.id, title: followed.title } } : {}),
  };
}

async function writeItem(ctx: Context, line: ShiftLine): Promise<void> {
  const { tx, actor, summitId } = ctx;
  const before = (await loadItemAuditState(tx, line.id))!;
  await tx.programmeItem.update({
    where: { id: line.id },
    data: { startsAt: line.after.startsAt, endsAt: line.after.endsAt!, spaceId: line.after.spaceId, version: { increment: 1 }, updatedById: actor.userId },
  });
  const after = (await loadItemAuditState(tx, line.id))!;
  await recordLiveWrite(tx, actor, { summitId, entity: ITEM_AUDIT_ENTITY, entityId: line.id, action: "move", before: before.state, after: { ...after.state, ...causeOf(ctx, line) } });
  // A confirmed bilateral's request keeps its item's slot, as an item move keeps it.
  const request = await tx.bilateralRequest.findUnique({
    where: { itemId: line.id },
    select: { id: true, status: true, proposedStartsAt: true, proposedEndsAt: true, proposedSpaceId: true },
  });
  if (!request || request.status !== "CONFIRMED") return;
  await tx.bilateralRequest.update({
    where: { id: request.id },
    data: { proposedStartsAt: line.after.startsAt, proposedEndsAt: line.after.endsAt, proposedSpaceId: line.after.spaceId, version: { increment: 1 } },
  });
  await recordLiveWrite(tx, actor, {
    summitId,
    entity: "BilateralRequest",
    entityId: request.id,
    action: "reschedule",
    before: { status: request.status, startsAt: request.proposedStartsAt, endsAt: request.proposedEndsAt, spaceId: request.proposedSpaceId },
    after: { status: request.status, startsAt: line.after.startsAt, endsAt: line.after.endsAt, spaceId: line.after.spaceId, spaceName: after.state.spaceName, venueName: after.state.venueName, live: ctx.cause },
  });
}

async function writeMovement(ctx: Context, line: ShiftLine): Promise<void> {
  const { tx, actor, summitId } = ctx;
  const before = await tx.movement.findUniqueOrThrow({ where: { id: line.id }, select: MOVEMENT_FIELDS });
  const after = await tx.movement.update({
    where: { id: line.id },
    data: { startsAt: line.after.startsAt, endsAt: line.after.endsAt, version: { increment: 1 } },
    select: MOVEMENT_FIELDS,
  });
  await recordLiveWrite(tx, actor, { summitId, entity: "Movement", entityId: line.id, action: "shift", before, after: { ...after, ...causeOf(ctx, line) } });
}

async function writeTask(ctx: Context, line: ShiftLine): Promise<void> {
  const { tx, actor, summitId } = ctx;
  const before = await tx.agencyTask.findUniqueOrThrow({ where: { id: line.id }, select: TASK_FIELDS });
  const after = await tx.agencyTask.update({
    where: { id: line.id },
    data: { startsAt: line.after.startsAt, endsAt: line.after.endsAt!, version: { increment: 1 } },
    select: TASK_FIELDS,
  });
  await recordLiveWrite(tx, actor, { summitId, entity: "AgencyTask", entityId: line.id, action: "shift", before, after: { ...after, ...causeOf(ctx, line) } });
}

/** Write every line in the caller's transaction, items first, then movements, then tasks. */
export async function writeLines(tx: Tx, actor: Actor, summitId: string, lines: readonly ShiftLine[], cause: LiveCause): Promise<void> {
  const ctx: Context = { tx, actor, summitId, cause, byKey: new Map(lines.map((l) => [l.key, l])) };
  for (const line of lines) if (line.entity === "ProgrammeItem") await writeItem(ctx, line);
  for (const line of lines) if (line.entity === "Movement") await writeMovement(ctx, line);
  for (const line of lines) if (line.entity === "AgencyTask") await writeTask(ctx, line);
}
