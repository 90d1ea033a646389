// Writes to programme items. Each runs in one transaction: lock the summit's programme writes and
// the target space, check the version, validate references, write, bring the item's agency tasks,
// linked transfers and bilateral request along (linked.ts), record the audit entry, then run the
// conflict engine on the saved item and the transfers that followed it: a hard conflict stops
// Confirmed unless the planner gave a reason to accept it (lib/conflicts/guard.ts), and a refusal
// rolls everything back; warnings are returned with the result.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { guardHardConflicts } from "@/lib/conflicts/guard";
import type { ConflictWithOverride } from "@/lib/conflicts/overrides";
import { conflictsAround } from "@/lib/conflicts/queries";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { checkVersion, updateVersioned, type Db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { conflictsInvolving } from "@/lib/scheduling";
import { ITEM_AUDIT_ENTITY, loadItemAuditState, type ItemAuditAction, type ItemAuditState } from "./audit-state";
import { followItem, lockLinkedRequest } from "./linked";
import type { InSummit } from "@/lib/validation";
import { assertMayEditProgramme } from "./policy";
import type { CancelItem, CreateItem, MoveItem, UpdateItem } from "./schema";
import { assertItemReferences, loadSummitTimes, type SummitTimes } from "./validate";
import { inItemTransaction, lockSummitWrites, staleVersionError } from "./write-guards";
import type { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";

/** The item transaction, for another domain's write that adds an item (insertItemIn). */
export { inItemTransaction };

export type SaveResult = { id: string; version: number; conflicts: ConflictWithOverride[]; movedTransferIds: string[] };

const rowData = (item: CreateItem) => ({
  kind: item.kind,
  title: item.title,
  description: item.description,
  status: item.status,
  visibility: item.visibility,
  startsAt: item.startsAt,
  endsAt: item.endsAt,
  spaceId: item.spaceId,
  organiser: item.organiser,
  dressCode: item.dressCode,
  staffNotes: item.staffNotes,
  parentId: item.parentId,
});

async function writeParticipations(tx: Tx, itemId: string, item: CreateItem, memberDelegation: Map<string, string>) {
  await tx.participation.deleteMany({ where: { itemId } });
  const rows = [
    ...item.delegationIds.map((delegationId) => ({ itemId, delegationId, memberId: null })),
    ...item.memberIds.map((memberId) => ({ itemId, delegationId: memberDelegation.get(memberId)!, memberId })),
  ];
  if (rows.length) await tx.participation.createMany({ data: rows });
}

/** Bring what follows along, audit the change as one, check it for conflicts, refuse hard ones. */
async function finish(
  tx: Tx,
  actor: Actor,
  itemId: string,
  action: ItemAuditAction,
  before: ItemAuditState | null,
  timeZone: string,
  overrideReason: string | undefined,
): Promise<{ version: number; summitId: string; state: ItemAuditState; conflicts: ConflictWithOverride[]; movedTransferIds: string[] }> {
  const after = (await loadItemAuditState(tx, itemId))!;
  const { movedTransferIds, movedSessionIds } = before
    ? await followItem(tx, { actor, summitId: after.summitId, itemId, timeZone, before, after: after.state })
    : { movedTransferIds: [], movedSessionIds: [] };
  const followed = { ...(movedTransferIds.length > 0 ? { movedTransferIds } : {}), ...(movedSessionIds.length > 0 ? { movedSessionIds } : {}) };
  const audited = { ...after.state, ...followed };
  await recordAudit(tx, { actor, summitId: after.summitId, entity: ITEM_AUDIT_ENTITY, entityId: itemId, action, before, after: audited });
  // The transfers moved with the item; the neighbourhood of the item holds theirs too (a transfer
  // follows the item within hours).
  const span = { startsAt: new Date(after.state.startsAt), endsAt: new Date(after.state.endsAt) };
  const report = await conflictsAround(tx, after.summitId, span);
  const mine = conflictsInvolving(report.conflicts, { itemIds: [itemId, ...movedSessionIds], movementIds: movedTransferIds });
  const conflicts = await guardHardConflicts(tx, actor, {
    summitId: after.summitId,
    snapshot: report.snapshot,
    conflicts: mine,
    overrideReason,
  });
  return { ...after, conflicts, movedTransferIds };
}

/** The item of this summit as it stands, refusing a stale version before anything else is checked. */
async function currentItem(tx: Tx, summit: SummitTimes, id: string, version: number) {
  const current = await loadItemAuditState(tx, id);
  if (!current || current.summitId !== summit.id) throw new NotFoundError();
  await checkVersion(current.version, version, () => staleVersionError(tx, id, summit.timeZone));
  return { current };
}

/** Update the row only if nobody saved since `version` was read; otherwise refuse. */
async function bumpVersion(tx: Tx, actor: Actor, id: string, version: number, timeZone: string, data: object) {
  await updateVersioned(tx.programmeItem, id, version, { ...data, updatedById: actor.userId }, { refusal: () => staleVersionError(tx, id, timeZone) });
}

/**
 * What a write of another domain hands over to add an item to the programme: the row and its
 * attendees (each a member with their delegation).
 */
export type NewItemRow = {
  summitId: string;
  kind: ItemKind;
  title: string;
  description: string | null;
  status: ItemStatus;
  visibility: Visibility;
  startsAt: Date;
  endsAt: Date;
  spaceId: string | null;
  attendees: readonly { delegationId: string; memberId: string }[];
};

/**
 * Add an item inside another domain's write that holds the programme's item transaction
 * (`inItemTransaction`): the row, its attendees and its audit entry, as the programme records a
 * new item. A bilateral confirmed into the programme is written this way, in the transaction that
 * confirms the request; that write asks its own policy and checks its own slot and conflicts.
 */
export async function insertItemIn(tx: Tx, actor: Actor, item: NewItemRow): Promise<string> {
  const { attendees, ...row } = item;
  const { id } = await tx.programmeItem.create({ data: { ...row, updatedById: actor.userId }, select: { id: true } });
  await tx.participation.createMany({ data: attendees.map((a) => ({ itemId: id, delegationId: a.delegationId, memberId: a.memberId })) });
  const state = (await loadItemAuditState(tx, id))!;
  await recordAudit(tx, { actor, summitId: item.summitId, entity: ITEM_AUDIT_ENTITY, entityId: id, action: "create", after: state.state });
  return id;
}

export async function createItem(db: Db, actor: Actor, item: CreateItem): Promise<SaveResult> {
  assertMayEditProgramme(actor);
  const summit = await loadSummitTimes(db, item.summitId);
  const booking = { summitId: summit.id, itemId: null, spaceId: item.spaceId, startsAt: item.startsAt, endsAt: item.endsAt, timeZone: summit.timeZone };
  return inItemTransaction(db, booking, async (tx) => {
    const { memberDelegation } = await assertItemReferences(tx, summit, item);
    const { id } = await tx.programmeItem.create({
      data: { summitId: summit.id, ...rowData(item), updatedById: actor.userId },
      select: { id: true },
    });
    await writeParticipations(tx, id, item, memberDelegation);
    const saved = await finish(tx, actor, id, "create", null, summit.timeZone, item.overrideReason);
    return { id, version: saved.version, conflicts: saved.conflicts, movedTransferIds: saved.movedTransferIds };
  });
}

export async function updateItem(db: Db, actor: Actor, input: UpdateItem): Promise<SaveResult> {
  assertMayEditProgramme(actor);
  const { id, version, ...item } = input;
  const summit = await loadSummitTimes(db, item.summitId);
  const booking = { summitId: summit.id, itemId: id, spaceId: item.spaceId, startsAt: item.startsAt, endsAt: item.endsAt, timeZone: summit.timeZone };
  return inItemTransaction(db, booking, async (tx) => {
    const { current } = await currentItem(tx, summit, id, version);
    await lockLinkedRequest(tx, id);
    const { memberDelegation } = await assertItemReferences(tx, summit, item, id);
    await bumpVersion(tx, actor, id, version, summit.timeZone, rowData(item));
    await writeParticipations(tx, id, item, memberDelegation);
    const cancelled = current.state.status !== "CANCELLED" && item.status === "CANCELLED";
    const saved = await finish(tx, actor, id, cancelled ? "cancel" : "update", current.state, summit.timeZone, item.overrideReason);
    return { id, version: saved.version, conflicts: saved.conflicts, movedTransferIds: saved.movedTransferIds };
  });
}

export async function moveItem(db: Db, actor: Actor, input: InSummit<MoveItem>): Promise<SaveResult> {
  assertMayEditProgramme(actor);
  const summit = await loadSummitTimes(db, input.summitId);
  const booking = { summitId: summit.id, itemId: input.id, spaceId: input.spaceId, startsAt: input.startsAt, endsAt: input.endsAt, timeZone: summit.timeZone };
  return inItemTransaction(db, booking, async (tx) => {
    const { current } = await currentItem(tx, summit, input.id, input.version);
    await lockLinkedRequest(tx, input.id);
    await assertItemReferences(tx, summit, {
      summitId: summit.id,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      spaceId: input.spaceId,
      parentId: null,
      delegationIds: [],
      memberIds: [],
    });
    await bumpVersion(tx, actor, input.id, input.version, summit.timeZone, {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      spaceId: input.spaceId,
    });
    const saved = await finish(tx, actor, input.id, "move", current.state, summit.timeZone, input.overrideReason);
    return { id: input.id, version: saved.version, conflicts: saved.conflicts, movedTransferIds: saved.movedTransferIds };
  });
}

/** Cancel an item: it stays in the programme with status CANCELLED (and never conflicts). */
export async function cancelItem(db: Db, actor: Actor, input: InSummit<CancelItem>): Promise<{ id: string; version: number }> {
  assertMayEditProgramme(actor);
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    await lockSummitWrites(tx, input.summitId);
    const summit = await loadSummitTimes(tx, input.summitId);
    const { current } = await currentItem(tx, summit, input.id, input.version);
    await lockLinkedRequest(tx, input.id);
    await bumpVersion(tx, actor, input.id, input.version, summit.timeZone, { status: "CANCELLED" });
    const after = (await loadItemAuditState(tx, input.id))!;
    await followItem(tx, { actor, summitId: current.summitId, itemId: input.id, timeZone: summit.timeZone, before: current.state, after: after.state });
    await recordAudit(tx, {
      actor,
      summitId: current.summitId,
      entity: ITEM_AUDIT_ENTITY,
      entityId: input.id,
      action: "cancel",
      before: current.state,
      after: after.state,
    });
    return { id: input.id, version: after.version };
  });
}
