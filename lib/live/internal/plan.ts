// A proposal: what would be written when the planner moves an item or a movement on the day (a
// delay, an early landing, a repair), before anything is written. What follows an item is planned
// by the programme's own engine (followPlan: its sessions, the transfers linked to it or them),
// the agency tasks shift with what they cover, as an item move shifts them (lib/programme/linked.ts);
// the conflicts left are the conflict engine's, run on the neighbourhood as it would be.
import { createHash } from "node:crypto";
import { tasksOutsideMessage } from "@/lib/programme/task-window";
import { blockingConflicts } from "@/lib/conflicts/guard";
import { conflictsAround } from "@/lib/conflicts/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import { followPlan } from "@/lib/programme/linked";
import { conflictsInvolving, movementTitle, type SummitSnapshot } from "@/lib/scheduling";
import type { Affected, LineAdjustment, PrimaryMove, Proposal, ShiftLine } from "../types";

const MINUTE = 60_000;
const keyOf = (entity: ShiftLine["entity"], id: string) => `${entity}:${id}`;
const minutesOf = (ms: number) => Math.round(ms / MINUTE);
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);

type TaskRow = { id: string; agencyId: string; type: string; startsAt: Date; endsAt: Date };

async function tasksOf(db: DbOrTx, where: { itemId: string } | { movementId: string }): Promise<TaskRow[]> {
  return db.agencyTask.findMany({ where, select: { id: true, agencyId: true, type: true, startsAt: true, endsAt: true }, orderBy: { id: "asc" } });
}

const taskLine = (task: TaskRow, follows: string, byMinutes: number): ShiftLine => ({
  key: keyOf("AgencyTask", task.id),
  entity: "AgencyTask",
  id: task.id,
  kind: "task",
  title: task.type,
  follows,
  primary: false,
  startByMinutes: byMinutes,
  endByMinutes: byMinutes,
  before: { startsAt: task.startsAt, endsAt: task.endsAt, spaceId: null },
  after: { startsAt: plus(task.startsAt, byMinutes), endsAt: plus(task.endsAt, byMinutes), spaceId: null },
  delegationIds: [],
  agencyId: task.agencyId,
});

async function itemLines(db: DbOrTx, summitId: string, move: Extract<PrimaryMove, { entity: "ProgrammeItem" }>): Promise<ShiftLine[]> {
  const item = await db.programmeItem.findFirst({
    where: { id: move.id, summitId },
    select: { id: true, title: true, startsAt: true, endsAt: true, spaceId: true, participations: { select: { delegationId: true } } },
  });
  if (!item) throw new NotFoundError();
  const key = keyOf("ProgrammeItem", item.id);
  const spaceId = move.spaceId === undefined ? item.spaceId : move.spaceId;
  // A room swap names a space from the browser: it must be one of this summit's.
  if (spaceId !== null && spaceId !== item.spaceId && (await db.space.count({ where: { id: spaceId, venue: { summitId } } })) === 0) {
    throw new ValidationError(refusal("spaceNotOfSummit"));
  }
  if (move.endsAt.getTime() <= move.startsAt.getTime()) throw new ValidationError(refusal("itemEndAfterStart"));
  const startBy = minutesOf(move.startsAt.getTime() - item.startsAt.getTime());
  const lines: ShiftLine[] = [
    {
      key,
      entity: "ProgrammeItem",
      id: item.id,
      kind: "item",
      title: item.title,
      follows: null,
      primary: true,
      startByMinutes: startBy,
      endByMinutes: minutesOf(move.endsAt.getTime() - item.endsAt.getTime()),
      before: { startsAt: item.startsAt, endsAt: item.endsAt, spaceId: item.spaceId },
      after: { startsAt: move.startsAt, endsAt: move.endsAt, spaceId },
      delegationIds: [...new Set(item.participations.map((p) => p.delegationId))].sort(),
      agencyId: null,
    },
  ];
  for (const task of await tasksOf(db, { itemId: item.id })) if (startBy !== 0) lines.push(taskLine(task, key, startBy));
  const plan = await followPlan(db, item.id, item, { startsAt: move.startsAt, endsAt: move.endsAt });
  for (const session of plan.sessions) {
    const row = await db.programmeItem.findUniqueOrThrow({
      where: { id: session.id },
      select: { title: true, spaceId: true, participations: { select: { delegationId: true } } },
    });
    const sessionKey = keyOf("ProgrammeItem", session.id);
    const by = minutesOf(session.byMs);
    lines.push({
      key: sessionKey,
      entity: "ProgrammeItem",
      id: session.id,
      kind: "session",
      title: row.title,
      follows: key,
      primary: false,
      startByMinutes: by,
      endByMinutes: by,
      before: { ...session.before, spaceId: row.spaceId },
      after: { ...session.after, spaceId: row.spaceId },
      delegationIds: [...new Set(row.participations.map((p) => p.delegationId))].sort(),
      agencyId: null,
    });
    for (const task of await tasksOf(db, { itemId: session.id })) lines.push(taskLine(task, sessionKey, by));
  }
  const moved = new Set([item.id, ...plan.sessions.map((x) => x.id)]);
  // One read for the tasks of every transfer (a dinner brings back a motorcade per delegation).
  const transferTasks = await db.agencyTask.findMany({
    where: { movementId: { in: plan.transfers.map((t) => t.movement.id) } },
    select: { id: true, agencyId: true, type: true, startsAt: true, endsAt: true, movementId: true },
    orderBy: { id: "asc" },
  });
  for (const shift of plan.transfers) {
    const m = shift.movement;
    const transferKey = keyOf("Movement", m.id);
    const by = minutesOf(shift.byMs);
    const followed = m.toItemId && moved.has(m.toItemId) ? m.toItemId : m.fromItemId && moved.has(m.fromItemId) ? m.fromItemId : item.id;
    lines.push({
      key: transferKey,
      entity: "Movement",
      id: m.id,
      kind: "transfer",
      title: "",
      follows: keyOf("ProgrammeItem", followed),
      primary: false,
      startByMinutes: by,
      endByMinutes: by,
      before: { startsAt: m.startsAt, endsAt: m.endsAt, spaceId: null },
      after: { startsAt: shift.startsAt, endsAt: shift.endsAt, spaceId: null },
      delegationIds: [m.delegationId],
      agencyId: null,
    });
    for (const task of transferTasks) if (task.movementId === m.id) lines.push(taskLine(task, transferKey, by));
  }
  return lines;
}

async function movementLines(db: DbOrTx, summitId: string, move: Extract<PrimaryMove, { entity: "Movement" }>): Promise<ShiftLine[]> {
  const m = await db.movement.findFirst({ where: { id: move.id, summitId }, select: { id: true, delegationId: true, startsAt: true, endsAt: true } });
  if (!m) throw new NotFoundError();
  const key = keyOf("Movement", m.id);
  const by = minutesOf(move.startsAt.getTime() - m.startsAt.getTime());
  const endsAt = move.endsAt ?? (m.endsAt ? plus(m.endsAt, by) : null);
  const lines: ShiftLine[] = [
    {
      key,
      entity: "Movement",
      id: m.id,
      kind: "movement",
      title: "",
      follows: null,
      primary: true,
      startByMinutes: by,
      endByMinutes: m.endsAt && endsAt ? minutesOf(endsAt.getTime() - m.endsAt.getTime()) : by,
      before: { startsAt: m.startsAt, endsAt: m.endsAt, spaceId: null },
      after: { startsAt: move.startsAt, endsAt, spaceId: null },
      delegationIds: [m.delegationId],
      agencyId: null,
    },
  ];
  for (const task of await tasksOf(db, { movementId: m.id })) if (by !== 0) lines.push(taskLine(task, key, by));
  return lines;
}

/**
 * The planner's adjustments: a line left out takes what follows it along (a transfer unticked keeps
 * its escort where it is); a line given other minutes moves by them, start and end alike, and what
 * follows it moves with it unless adjusted itself.
 */
export function adjustLines(lines: readonly ShiftLine[], adjustments: readonly LineAdjustment[]): ShiftLine[] {
  const wanted = new Map(adjustments.map((a) => [a.key, a]));
  const out: ShiftLine[] = [];
  const dropped = new Set<string>();
  const retimed = new Map<string, number>();
  for (const line of lines) {
    const own = line.primary ? undefined : wanted.get(line.key);
    if ((line.follows && dropped.has(line.follows)) || own?.include === false) {
      dropped.add(line.key);
      continue;
    }
    // The proposal's direction, the planner's size (0 keeps the line where it is).
    const sign = line.startByMinutes < 0 ? -1 : 1;
    const minutes = own?.minutes !== undefined ? sign * own.minutes : line.follows !== null ? retimed.get(line.follows) : undefined;
    if (minutes === undefined) {
      out.push(line);
      continue;
    }
    retimed.set(line.key, minutes);
    out.push({
      ...line,
      startByMinutes: minutes,
      endByMinutes: minutes,
      after: { ...line.after, startsAt: plus(line.before.startsAt, minutes), endsAt: line.before.endsAt ? plus(line.before.endsAt, minutes) : null },
    });
  }
  return out.filter((l) => l.primary || l.startByMinutes !== 0 || l.endByMinutes !== 0 || l.after.spaceId !== l.before.spaceId);
}

/** The snapshot as it would be with the lines written. */
export function applyLines(snapshot: SummitSnapshot, lines: readonly ShiftLine[]): SummitSnapshot {
  const items = new Map(lines.filter((l) => l.entity === "ProgrammeItem").map((l) => [l.id, l]));
  const movements = new Map(lines.filter((l) => l.entity === "Movement").map((l) => [l.id, l]));
  return {
    ...snapshot,
    items: snapshot.items.map((i) => {
      const line = items.get(i.id);
      return line ? { ...i, startsAt: line.after.startsAt, endsAt: line.after.endsAt!, spaceId: line.after.spaceId } : i;
    }),
    movements: (snapshot.movements ?? []).map((m) => {
      const line = movements.get(m.id);
      return line ? { ...m, startsAt: line.after.startsAt, endsAt: line.after.endsAt } : m;
    }),
  };
}

function titled(lines: ShiftLine[], snapshot: SummitSnapshot): ShiftLine[] {
  const venues = new Map(snapshot.venues.map((v) => [v.id, v]));
  const delegations = new Map(snapshot.delegations.map((d) => [d.id, d]));
  const movements = new Map((snapshot.movements ?? []).map((m) => [m.id, m]));
  return lines.map((l) => {
    if (l.entity !== "Movement") return l;
    const m = movements.get(l.id);
    return { ...l, title: m ? movementTitle(m, delegations.get(m.delegationId), venues) : (delegations.get(l.delegationIds[0])?.name ?? "Movement") };
  });
}

async function affectedBy(db: DbOrTx, summitId: string, lines: readonly ShiftLine[]): Promise<Affected> {
  const delegationIds = [...new Set(lines.flatMap((l) => l.delegationIds))];
  const agencyIds = [...new Set(lines.flatMap((l) => (l.agencyId ? [l.agencyId] : [])))];
  const [delegations, agencies] = await Promise.all([
    db.delegation.findMany({ where: { summitId, id: { in: delegationIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.agency.findMany({ where: { summitId, id: { in: agencyIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { delegations, agencies };
}

/** Refusals: an item's tasks that would no longer fit it (as an item save refuses them). */
async function refusalsOf(db: DbOrTx, lines: readonly ShiftLine[], timeZone: string): Promise<Proposal["refusals"]> {
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const out: Proposal["refusals"] = [];
  for (const line of lines) {
    if (line.entity !== "ProgrammeItem") continue;
    const tasks = await tasksOf(db, { itemId: line.id });
    const placed = tasks.map((t) => byKey.get(keyOf("AgencyTask", t.id))?.after ?? { startsAt: t.startsAt, endsAt: t.endsAt });
    const message = tasksOutsideMessage(placed.map((p) => ({ startsAt: p.startsAt, endsAt: p.endsAt! })), line.after, timeZone);
    if (message) out.push({ title: line.title, message });
  }
  return out;
}

/** The fingerprint of the rows a proposal starts from: any write to them since changes it. */
export function basisOf(lines: readonly ShiftLine[]): string {
  const text = lines
    .map((l) => `${l.key}@${l.before.startsAt.toISOString()}/${l.before.endsAt?.toISOString() ?? "-"}/${l.before.spaceId ?? "-"}`)
    .sort()
    .join("|");
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** Every line the primary moves bring along, before the planner's adjustments; each row once. */
export async function proposedLines(db: DbOrTx, summitId: string, moves: readonly PrimaryMove[]): Promise<ShiftLine[]> {
  const seen = new Set<string>();
  const lines: ShiftLine[] = [];
  for (const move of moves) {
    const planned = move.entity === "ProgrammeItem" ? await itemLines(db, summitId, move) : await movementLines(db, summitId, move);
    for (const line of planned) if (!seen.has(line.key) && seen.add(line.key)) lines.push(line);
  }
  return lines;
}

/** The proposal for the primary moves with the planner's adjustments: nothing is written. */
export async function buildProposal(
  db: DbOrTx,
  summit: { id: string; timeZone: string },
  moves: readonly PrimaryMove[],
  adjustments: readonly LineAdjustment[] = [],
): Promise<Proposal> {
  return (await planProposal(db, summit, moves, adjustments)).proposal;
}

/** The proposal and the snapshot as it would be afterwards (for the repair search). */
export async function planProposal(
  db: DbOrTx,
  summit: { id: string; timeZone: string },
  moves: readonly PrimaryMove[],
  adjustments: readonly LineAdjustment[] = [],
): Promise<{ proposal: Proposal; snapshot: SummitSnapshot }> {
  const all = await proposedLines(db, summit.id, moves);
  const lines = adjustLines(all, adjustments);
  const times = lines.flatMap((l) => [l.before.startsAt, l.after.startsAt, l.before.endsAt ?? l.before.startsAt, l.after.endsAt ?? l.after.startsAt]).map((d) => d.getTime());
  const report = await conflictsAround(db, summit.id, { startsAt: new Date(Math.min(...times)), endsAt: new Date(Math.max(...times)) }, { apply: (s) => applyLines(s, lines) });
  const conflicts = conflictsInvolving(report.conflicts, {
    itemIds: lines.filter((l) => l.entity === "ProgrammeItem").map((l) => l.id),
    movementIds: lines.filter((l) => l.entity === "Movement").map((l) => l.id),
  });
  const proposal = {
    lines: titled(lines, report.snapshot),
    conflicts,
    hardConflictIds: blockingConflicts({ snapshot: report.snapshot, conflicts }).map((c) => c.id),
    affected: await affectedBy(db, summit.id, lines),
    refusals: await refusalsOf(db, lines, summit.timeZone),
    basis: basisOf(all),
  };
  return { proposal, snapshot: report.snapshot };
}
