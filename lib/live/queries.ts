// Reads of the summit days: a proposal before anything is written, repair suggestions for a change
// that left hard conflicts, the operations board, and what the actor may record.
import { liveChangeSnapshotSchema, readFields } from "@/lib/audit/schema";
import type { Actor } from "@/lib/auth/actor";
import { listAgenciesWithPendingChanges, type AgencyPendingChanges } from "@/lib/tasks/changes";
import { blockingConflicts } from "@/lib/conflicts/guard";
import type { ConflictWithOverride } from "@/lib/conflicts/overrides";
import { conflictsAround } from "@/lib/conflicts/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ItemLiveState, MovementKind, MovementLiveState } from "@/lib/generated/prisma/enums";
import { conflictsInvolving } from "@/lib/scheduling";
import { dayBounds, isoDayOf } from "@/lib/time";
import type { InSummit } from "@/lib/validation";
import { planProposal } from "./internal/plan";
import { repairsOn } from "./internal/suggest";
import { movesOf } from "./internal/delay";
import { LIVE_CHANGE_ENTITY } from "./internal/record";
import { mayManageLive, mayRecordItems, recordableMovementsWhere } from "./policy";
import type { PreviewProposal } from "./schema";
import { loadLiveSummit } from "./internal/summit";
import type { LiveSummit, Proposal, RepairSuggestion } from "./types";

const HOUR = 60 * 60_000;
/** How long a motorcade not recorded departed stays "due to leave" after its planned time: after that the record was forgotten, not the motorcade late. */
const DUE_WINDOW = HOUR;

export type ProposalPreview = { proposal: Proposal; repairs: RepairSuggestion[] };

/**
 * What applying would write and what it would leave, with the smallest repairs of the hard
 * conflicts it would leave (what the proposal moves stays put): nothing is written.
 */
export async function previewProposal(db: DbOrTx, actor: Actor, input: InSummit<PreviewProposal>): Promise<ProposalPreview> {
  if (!mayManageLive(actor)) throw new NotFoundError();
  const summit = await loadLiveSummit(db, input.summitId);
  const moves = await movesOf(db, summit.id, input.source);
  const { proposal, snapshot } = await planProposal(db, summit, moves, input.adjustments);
  const hard = new Set(proposal.hardConflictIds);
  const targets = proposal.conflicts.filter((c) => hard.has(c.id));
  const repairs = await repairsOn(db, snapshot, targets, new Set(proposal.lines.map((l) => l.id)));
  return { proposal, repairs };
}

export type RepairView = {
  change: { id: string; reason: string; at: Date; actorName: string };
  /** The hard conflicts the change left that are still open. */
  conflicts: ConflictWithOverride[];
  suggestions: RepairSuggestion[];
};

/**
 * The hard conflicts an applied change left, as they stand now, and the smallest sets of moves
 * that clear them; what the change moved stays where it is.
 */
export async function repairsForChange(db: DbOrTx, actor: Actor, summit: LiveSummit, changeId: string): Promise<RepairView> {
  if (!mayManageLive(actor)) throw new NotFoundError();
  const entry = await db.auditEntry.findFirst({
    where: { entity: LIVE_CHANGE_ENTITY, entityId: changeId, summitId: summit.id },
    select: { at: true, actorName: true, after: true },
  });
  if (!entry) throw new NotFoundError();
  const after = readFields(liveChangeSnapshotSchema, entry.after);
  const keys = (after?.lines ?? []).map((l) => l.key.split(":") as [string, string]);
  const itemIds = keys.filter(([e]) => e === "ProgrammeItem").map(([, id]) => id);
  const movementIds = keys.filter(([e]) => e === "Movement").map(([, id]) => id);
  const [items, movements] = await Promise.all([
    db.programmeItem.findMany({ where: { id: { in: itemIds }, summitId: summit.id }, select: { startsAt: true, endsAt: true } }),
    db.movement.findMany({ where: { id: { in: movementIds }, summitId: summit.id }, select: { startsAt: true, endsAt: true } }),
  ]);
  const times = [...items, ...movements].flatMap((r) => [r.startsAt.getTime(), (r.endsAt ?? r.startsAt).getTime()]);
  const change = { id: changeId, reason: after?.reason ?? "", at: entry.at, actorName: entry.actorName };
  if (times.length === 0) return { change, conflicts: [], suggestions: [] };
  const report = await conflictsAround(db, summit.id, { startsAt: new Date(Math.min(...times)), endsAt: new Date(Math.max(...times)) });
  const mine = conflictsInvolving(report.conflicts, { itemIds, movementIds });
  const targets = blockingConflicts({ snapshot: report.snapshot, conflicts: mine });
  if (targets.length === 0) return { change, conflicts: [], suggestions: [] };
  const suggestions = await repairsOn(db, report.snapshot, targets, new Set([...itemIds, ...movementIds]));
  return { change, conflicts: targets, suggestions };
}

export type BoardItem = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  spaceName: string | null;
  live: { state: ItemLiveState; lateMinutes: number | null } | null;
};

export type OpsBoard = {
  at: Date;
  timeZone: string;
  venues: { id: string; name: string; now: BoardItem[]; next: BoardItem | null }[];
  runningLate: (BoardItem & { venueName: string | null })[];
  onTheRoad: {
    id: string;
    kind: MovementKind;
    delegation: string;
    from: string | null;
    to: string | null;
    departedAt: Date;
    expectedArrival: Date | null;
    note: string | null;
  }[];
  /** Motorcades whose planned departure has passed (within the last hour) and that nobody has recorded departed. */
  dueToLeave: { id: string; delegation: string; from: string | null; to: string | null; plannedAt: Date; overdueMinutes: number }[];
  hardConflicts: ConflictWithOverride[];
  agenciesPending: AgencyPendingChanges[];
};

/** The operations board at `at`: now and next per venue, what runs late, who is on the road, what still clashes, who has not read the latest. */
export async function getOpsBoard(db: DbOrTx, actor: Actor, summit: LiveSummit, at: Date): Promise<OpsBoard> {
  if (!mayManageLive(actor)) throw new NotFoundError();
  const day = dayBounds(isoDayOf(at, summit.timeZone), summit.timeZone);
  const horizon = new Date(Math.max(day.endsAt.getTime(), at.getTime() + 12 * HOUR));
  const itemSelect = {
    id: true,
    title: true,
    startsAt: true,
    endsAt: true,
    space: { select: { name: true, venueId: true, venue: { select: { name: true } } } },
    live: { select: { state: true, lateMinutes: true } },
  } as const;
  const [venues, items, late, road, due, report, agenciesPending] = await Promise.all([
    db.venue.findMany({ where: { summitId: summit.id, spaces: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.programmeItem.findMany({
      where: { summitId: summit.id, status: "CONFIRMED", spaceId: { not: null }, endsAt: { gt: at }, startsAt: { lt: horizon }, NOT: { live: { state: { in: ["CANCELLED", "ENDED"] } } } },
      select: itemSelect,
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    }),
    db.programmeItem.findMany({
      where: { summitId: summit.id, live: { state: "RUNNING_LATE" }, endsAt: { gt: day.startsAt }, startsAt: { lt: day.endsAt } },
      select: itemSelect,
      orderBy: { startsAt: "asc" },
    }),
    db.movement.findMany({
      where: { summitId: summit.id, live: { state: "DEPARTED" } },
      select: {
        id: true,
        kind: true,
        startsAt: true,
        endsAt: true,
        delegation: { select: { name: true } },
        fromVenue: { select: { name: true } },
        toVenue: { select: { name: true } },
        live: { select: { departedAt: true, note: true } },
      },
      orderBy: { startsAt: "asc" },
    }),
    db.movement.findMany({
      where: {
        summitId: summit.id,
        kind: "TRANSFER",
        startsAt: { lte: at, gt: new Date(at.getTime() - DUE_WINDOW) },
        OR: [{ live: { is: null } }, { live: { state: "SCHEDULED" } }],
      },
      select: { id: true, startsAt: true, delegation: { select: { name: true } }, fromVenue: { select: { name: true } }, toVenue: { select: { name: true } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
    conflictsAround(db, summit.id, { startsAt: at, endsAt: horizon }),
    listAgenciesWithPendingChanges(db, actor, summit),
  ]);
  const view = (i: (typeof items)[number]): BoardItem => ({ id: i.id, title: i.title, startsAt: i.startsAt, endsAt: i.endsAt, spaceName: i.space?.name ?? null, live: i.live });
  const open = new Set([...report.snapshot.items.filter((i) => i.endsAt > at).map((i) => i.id), ...(report.snapshot.movements ?? []).filter((m) => (m.endsAt ?? m.startsAt) > at).map((m) => m.id)]);
  const hard = blockingConflicts(report).filter((c) => [...c.itemIds, ...(c.movementIds ?? [])].some((id) => open.has(id)));
  return {
    at,
    timeZone: summit.timeZone,
    venues: venues
      .map((v) => {
        const here = items.filter((i) => i.space?.venueId === v.id);
        return { id: v.id, name: v.name, now: here.filter((i) => i.startsAt <= at).map(view), next: here.find((i) => i.startsAt > at) ? view(here.find((i) => i.startsAt > at)!) : null };
      })
      .filter((v) => v.now.length > 0 || v.next !== null),
    runningLate: late.map((i) => ({ ...view(i), venueName: i.space?.venue.name ?? null })),
    onTheRoad: road.map((m) => {
      const departedAt = m.live!.departedAt ?? m.startsAt;
      const planned = m.endsAt ? m.endsAt.getTime() - m.startsAt.getTime() : null;
      return {
        id: m.id,
        kind: m.kind,
        delegation: m.delegation.name,
        from: m.fromVenue?.name ?? null,
        to: m.toVenue?.name ?? null,
        departedAt,
        expectedArrival: planned === null ? null : new Date(departedAt.getTime() + planned),
        note: m.live!.note,
      };
    }),
    dueToLeave: due.map((m) => ({
      id: m.id,
      delegation: m.delegation.name,
      from: m.fromVenue?.name ?? null,
      to: m.toVenue?.name ?? null,
      plannedAt: m.startsAt,
      overdueMinutes: Math.floor((at.getTime() - m.startsAt.getTime()) / 60_000),
    })),
    hardConflicts: hard,
    agenciesPending,
  };
}

export type RecordableMovement = {
  id: string;
  kind: MovementKind;
  delegation: string;
  from: string | null;
  to: string | null;
  flight: string | null;
  startsAt: Date;
  endsAt: Date | null;
  live: { state: MovementLiveState; departedAt: Date | null; arrivedAt: Date | null; note: string | null } | null;
};

/** The movements of the day the actor may record: staff all, a coordinator those behind its agency's tasks. */
export async function listRecordableMovements(db: DbOrTx, actor: Actor, summit: LiveSummit, day: string): Promise<RecordableMovement[]> {
  const bounds = dayBounds(day, summit.timeZone);
  const rows = await db.movement.findMany({
    where: { AND: [recordableMovementsWhere(actor), { summitId: summit.id, startsAt: { gte: bounds.startsAt, lt: bounds.endsAt } }] },
    select: {
      id: true,
      kind: true,
      flight: true,
      startsAt: true,
      endsAt: true,
      delegation: { select: { name: true } },
      fromVenue: { select: { name: true } },
      toVenue: { select: { name: true } },
      live: { select: { state: true, departedAt: true, arrivedAt: true, note: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    delegation: m.delegation.name,
    from: m.fromVenue?.name ?? null,
    to: m.toVenue?.name ?? null,
    flight: m.flight,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    live: m.live,
  }));
}

export type LiveItem = {
  id: string;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  live: { state: ItemLiveState; lateMinutes: number | null; actualStartAt: Date | null; actualEndAt: Date | null; updatedByName: string; updatedAt: Date } | null;
};

/** One item as the live record page shows it (staff). */
export async function getLiveItem(db: DbOrTx, actor: Actor, summit: LiveSummit, id: string): Promise<LiveItem> {
  if (!mayRecordItems(actor)) throw new NotFoundError();
  const item = await db.programmeItem.findFirst({
    where: { id, summitId: summit.id },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      space: { select: { name: true, venue: { select: { name: true } } } },
      live: { select: { state: true, lateMinutes: true, actualStartAt: true, actualEndAt: true, updatedByName: true, updatedAt: true } },
    },
  });
  if (!item) throw new NotFoundError();
  return { ...item, place: item.space ? `${item.space.venue.name} · ${item.space.name}` : null };
}

/** One movement the actor may record, or NotFoundError. */
export async function getLiveMovement(db: DbOrTx, actor: Actor, summit: LiveSummit, id: string): Promise<RecordableMovement> {
  const m = await db.movement.findFirst({ where: { AND: [recordableMovementsWhere(actor), { id, summitId: summit.id }] }, select: { startsAt: true } });
  if (!m) throw new NotFoundError();
  const day = isoDayOf(m.startsAt, summit.timeZone);
  const found = (await listRecordableMovements(db, actor, summit, day)).find((r) => r.id === id);
  if (!found) throw new NotFoundError();
  return found;
}

/** Items of a summit-local day that a planner may declare late or record (not cancelled in the plan). */
export async function listItemsOfDay(db: DbOrTx, actor: Actor, summit: LiveSummit, day: string) {
  if (!mayRecordItems(actor)) throw new NotFoundError();
  const bounds = dayBounds(day, summit.timeZone);
  return db.programmeItem.findMany({
    where: { summitId: summit.id, status: { not: "CANCELLED" }, parentId: null, startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } },
    select: { id: true, title: true, startsAt: true, endsAt: true, live: { select: { state: true, lateMinutes: true } } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
}
