// "What would this save do?" — the engine run on the neighbourhood of an item as it would be
// saved, with its sessions and the transfers that follow it moved as saving would move them
// (followPlan, the same planning the save uses) and its agency tasks checked as the save checks
// them, without writing anything. The timeline shows it while a move is pending; the edit form before saving.
import type { Actor } from "@/lib/auth/actor";
import { tasksOutsideMessage } from "./task-window";
import { blockingConflicts } from "@/lib/conflicts/guard";
import type { ConflictWithOverride } from "@/lib/conflicts/overrides";
import { conflictsAround } from "@/lib/conflicts/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { conflictsInvolving, movementTitle, type SummitItem, type SummitSnapshot } from "@/lib/scheduling";
import { followPlan } from "./linked";
import type { InSummit } from "@/lib/validation";
import { assertMayEditProgramme } from "./policy";
import type { MoveItem, PreviewItem } from "./schema";

/** Stands in for an item not saved yet. */
const NEW_ITEM = "new-item";

export type FollowerView = {
  id: string;
  kind: "session" | "transfer";
  title: string;
  before: { startsAt: Date; endsAt: Date | null };
  after: { startsAt: Date; endsAt: Date | null };
};

export type ItemPreview = {
  /** Conflicts the item and the transfers that follow it would be in, overrides attached. */
  conflicts: ConflictWithOverride[];
  /** The sessions and transfers that would move with the item (their agency tasks move with them). */
  followers: FollowerView[];
  /** Why saving would be refused besides conflicts (agency tasks that would no longer fit). */
  refusals: string[];
  /** true: saving as it stands would be refused (a hard conflict stops Confirmed, or a refusal). */
  blocked: boolean;
};

type Proposed = Pick<SummitItem, "startsAt" | "endsAt" | "spaceId" | "status"> & Partial<Pick<SummitItem, "title" | "kind" | "delegationIds" | "memberIds">>;

async function previewChange(db: DbOrTx, summitId: string, itemId: string | null, proposed: Proposed): Promise<ItemPreview> {
  const current = itemId
    ? await db.programmeItem.findUnique({ where: { id: itemId }, select: { summitId: true, startsAt: true, endsAt: true } })
    : null;
  if (itemId && (!current || current.summitId !== summitId)) throw new NotFoundError();
  const id = itemId ?? NEW_ITEM;
  const plan = current ? await followPlan(db, id, current, proposed) : { sessions: [], transfers: [] };
  const shifts = plan.transfers;
  const moved = new Map(shifts.map((s) => [s.movement.id, s]));
  const sessionMoves = new Map(plan.sessions.map((s) => [s.id, s]));
  const start = Math.min(proposed.startsAt.getTime(), current?.startsAt.getTime() ?? Infinity);
  const end = Math.max(proposed.endsAt.getTime(), current?.endsAt.getTime() ?? -Infinity);

  const apply = (snapshot: SummitSnapshot): SummitSnapshot => {
    const existing = snapshot.items.find((i) => i.id === id);
    const base: SummitItem = existing ?? { id, title: "New item", kind: "PLENARY", delegationIds: [], memberIds: [], ...proposed };
    const next: SummitItem = { ...base, ...proposed };
    const others = snapshot.items
      .filter((i) => i.id !== id)
      .map((i) => {
        const shift = sessionMoves.get(i.id);
        return shift ? { ...i, ...shift.after } : i;
      });
    return {
      ...snapshot,
      items: [...others, next],
      movements: (snapshot.movements ?? []).map((m) => {
        const shift = moved.get(m.id);
        return shift ? { ...m, startsAt: shift.startsAt, endsAt: shift.endsAt } : m;
      }),
    };
  };
  const byMs = current ? proposed.startsAt.getTime() - current.startsAt.getTime() : 0;
  const report = await conflictsAround(db, summitId, { startsAt: new Date(start), endsAt: new Date(end) }, {
    apply,
    shiftedItem: { itemId: id, byMs, movements: shifts.map((s) => ({ id: s.movement.id, byMs: s.byMs })), sessions: plan.sessions.map((s) => ({ id: s.id, byMs: s.byMs })) },
  });
  const conflicts = conflictsInvolving(report.conflicts, { itemIds: [id, ...sessionMoves.keys()], movementIds: [...moved.keys()] });
  const venues = new Map(report.snapshot.venues.map((v) => [v.id, v]));
  const delegations = new Map(report.snapshot.delegations.map((d) => [d.id, d]));
  const titles = new Map(report.snapshot.items.map((i) => [i.id, i.title]));
  const followers = [
    ...plan.sessions.map((s): FollowerView => ({ id: s.id, kind: "session", title: titles.get(s.id) ?? "Session", before: s.before, after: s.after })),
    ...shifts.map((s): FollowerView => {
      const known = report.snapshot.movements?.find((m) => m.id === s.movement.id);
      const title = known ? movementTitle(known, delegations.get(known.delegationId), venues) : "Transfer";
      return { id: s.movement.id, kind: "transfer", title, before: { startsAt: s.movement.startsAt, endsAt: s.movement.endsAt }, after: { startsAt: s.startsAt, endsAt: s.endsAt } };
    }),
  ];
  // The item's own tasks shift by its start, as the save shifts them, and must still fit it.
  const tasks = current ? await db.agencyTask.findMany({ where: { itemId: id }, select: { startsAt: true, endsAt: true } }) : [];
  const shifted = tasks.map((t) => ({ startsAt: new Date(t.startsAt.getTime() + byMs), endsAt: new Date(t.endsAt.getTime() + byMs) }));
  const tz = report.snapshot.timeZone;
  const refusals = [tasksOutsideMessage(shifted, proposed, tz)].filter((m): m is string => m !== null);
  const blocked = refusals.length > 0 || blockingConflicts({ snapshot: report.snapshot, conflicts }).length > 0;
  return { conflicts, followers, refusals, blocked };
}

/** The timeline's preview of a pending move: what would follow the item and the conflicts left. */
export async function previewMoveInFull(db: DbOrTx, actor: Actor, input: InSummit<MoveItem>): Promise<ItemPreview> {
  assertMayEditProgramme(actor);
  const item = await db.programmeItem.findFirst({ where: { id: input.id, summitId: input.summitId }, select: { status: true } });
  if (!item) throw new NotFoundError();
  return previewChange(db, input.summitId, input.id, { startsAt: input.startsAt, endsAt: input.endsAt, spaceId: input.spaceId, status: item.status });
}

/** The conflicts a pending move would leave the item, its sessions and its transfers in. */
export async function previewMove(db: DbOrTx, actor: Actor, input: InSummit<MoveItem>): Promise<ConflictWithOverride[]> {
  return (await previewMoveInFull(db, actor, input)).conflicts;
}

/** The edit form's preview: conflicts, the transfers that would follow, and whether saving would be refused. */
export async function previewItemSave(db: DbOrTx, actor: Actor, input: PreviewItem): Promise<ItemPreview> {
  assertMayEditProgramme(actor);
  const { id, summitId, startsAt, endsAt, spaceId, status, title, kind, delegationIds, memberIds } = input;
  return previewChange(db, summitId, id ?? null, { startsAt, endsAt, spaceId, status, title, kind, delegationIds, memberIds });
}
