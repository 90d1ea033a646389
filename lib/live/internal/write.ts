// Writing a proposal's lines, each the way the programme writes the same row when an item moves
// (lib/programme/linked.ts): a new version, and an audit entry of the same entity, action and
// shape, so the history pages and the liaisons' and agencies' change lists read it as a move.
// Each entry also names the live change it belongs to (`live`), and what it followed, so the
// whole cascade reads as one change with its reason.
import type { LiveCause as SharedLiveCause } from "@/lib/audit/types";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ITEM_AUDIT_ENTITY, loadItemAuditState } from "@/lib/programme/audit-state";
import type { ShiftLine } from "../types";
import { recordLiveWrite, recordLiveWrites } from "./record";

const MOVEMENT_FIELDS = {
  id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true,
  fromItemId: true, toItemId: true, version: true,
} as const;
const TASK_FIELDS = { id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true, startsAt: true, endsAt: true, version: true } as const;

/** The change each row belongs to, and what kind it is (the change lists name it: "Delay: …"). */
export type LiveCause = Omit<SharedLiveCause, "kind"> & { kind: "delay" | "repair" };

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

// A cascade moves a motorcade per delegation and their escorts: the rows of one kind are written
// in one statement each, their audit entries in one more.
async function writeMovements(ctx: Context, lines: readonly ShiftLine[]): Promise<void> {
  if (lines.length === 0) return;
  const { tx, actor, summitId } = ctx;
  const before = await tx.movement.findMany({ where: { id: { in: lines.map((l) => l.id) } }, select: MOVEMENT_FIELDS });
  const was = new Map(before.map((m) => [m.id, m]));
  await tx.$executeRaw`
    UPDATE "Movement" AS m SET "startsAt" = u.starts, "endsAt" = u.ends, version = m.version + 1
    FROM unnest(${lines.map((l) => l.id)}::text[], ${lines.map((l) => l.after.startsAt)}::timestamptz[], ${lines.map((l) => l.after.endsAt)}::timestamptz[]) AS u(id, starts, ends)
    WHERE m.id = u.id`;
  await recordLiveWrites(tx, actor, lines.map((line) => {
    const row = was.get(line.id)!;
    return {
      summitId, entity: "Movement", entityId: line.id, action: "shift", before: row,
      after: { ...row, startsAt: line.after.startsAt, endsAt: line.after.endsAt, version: row.version + 1, ...causeOf(ctx, line) },
    };
  }));
}

async function writeTasks(ctx: Context, lines: readonly ShiftLine[]): Promise<void> {
  if (lines.length === 0) return;
  const { tx, actor, summitId } = ctx;
  const before = await tx.agencyTask.findMany({ where: { id: { in: lines.map((l) => l.id) } }, select: TASK_FIELDS });
  const was = new Map(before.map((t) => [t.id, t]));
  await tx.$executeRaw`
    UPDATE "AgencyTask" AS t SET "startsAt" = u.starts, "endsAt" = u.ends, version = t.version + 1, "updatedAt" = now()
    FROM unnest(${lines.map((l) => l.id)}::text[], ${lines.map((l) => l.after.startsAt)}::timestamptz[], ${lines.map((l) => l.after.endsAt)}::timestamptz[]) AS u(id, starts, ends)
    WHERE t.id = u.id`;
  await recordLiveWrites(tx, actor, lines.map((line) => {
    const row = was.get(line.id)!;
    return {
      summitId, entity: "AgencyTask", entityId: line.id, action: "shift", before: row,
      after: { ...row, startsAt: line.after.startsAt, endsAt: line.after.endsAt, version: row.version + 1, ...causeOf(ctx, line) },
    };
  }));
}

/** Write every line in the caller's transaction, items first, then movements, then tasks. */
export async function writeLines(tx: Tx, actor: Actor, summitId: string, lines: readonly ShiftLine[], cause: LiveCause): Promise<void> {
  const ctx: Context = { tx, actor, summitId, cause, byKey: new Map(lines.map((l) => [l.key, l])) };
  for (const line of lines) if (line.entity === "ProgrammeItem") await writeItem(ctx, line);
  await writeMovements(ctx, lines.filter((l) => l.entity === "Movement"));
  await writeTasks(ctx, lines.filter((l) => l.entity === "AgencyTask"));
}
