// Changes to an agency's tasks since the agency last acknowledged them, read from the audit log:
// entries on "AgencyTask" whose before or after snapshot names the reader's agency, summed up per
// task as its net effect (the task as acknowledged against the task now; moved and moved back is
// nothing). Planners' creates, edits, deletes and shifts (an item moved, its tasks with it) and
// other coordinators' status changes; what only the reader changed is left out, they know it.
//
// The acknowledgement is the agency's, not the user's: coordinators of one agency share a desk and
// a shift hand-over, so once any of them has acknowledged, the next sees only what came after (the
// panel names who acknowledged). This mirrors the liaisons' acknowledgement per delegation.
import { readFields, taskSnapshotSchema, type TaskFields } from "@/lib/audit/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { dictionary, formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { TaskChangeKind } from "@/lib/i18n/types";
import { itemAsReadBy } from "@/lib/programme/policy";
import { formatTime } from "@/lib/time";
import { foldCascades, liveCauseOf, type LiveCause } from "./internal/cascades";
import { mayEditTasks } from "./policy";

export type { TaskChangeKind };

export type TaskChange = {
  /** The newest entry the change sums up. */
  id: string;
  /** The task it is about (gone, when deleted or given to another agency). */
  taskId: string;
  kind: TaskChangeKind;
  at: Date;
  actorName: string;
  /** "Security perimeter". */
  task: string;
  /** The item's title or the movement ("Transfer · Belgium"), when it can be read. */
  subject: string | null;
  /** The change in the reader's words: "Tue 24 Jun 2025 17:00–22:30 → Tue 24 Jun 2025 18:00–23:30", "Planned → Done". */
  detail: string;
  /**
   * One applied live change (a delay's cascade, a repair) as one entry: `task` names it ("Delay
   * applied"), `subject` is its reason, and the parts are the agency's tasks it changed.
   */
  cascade?: TaskChangeCascade;
};

export type TaskChangeCascade = { changeId: string; reason: string; kind: LiveCause["kind"]; parts: TaskChange[] };

/** The task changes an entry stands for: the parts of an applied live change, or the entry itself (to mark rows). */
export const taskChangeParts = (change: TaskChange): TaskChange[] => change.cascade?.parts ?? [change];

export type TaskChangesSinceAck = {
  agencyId: string;
  lastAcknowledged: { at: Date; by: string } | null;
  changes: TaskChange[];
};

/** The fields of a task snapshot this reads (taskSnapshotSchema); staff notes are never read. */
type Snapshot = TaskFields;

type Row = { id: string; action: string; at: Date; actorName: string; actorId: string | null; before: Prisma.JsonValue; after: Prisma.JsonValue };

type EditedField = keyof Dictionary["tasksPage"]["changes"]["field"];

// What a coordinator may read of a planner's edit, named in the reader's words; staff notes and
// version are left out, and the agency's own note, which a planner's edit never changes.
const EDITED_FIELDS: [keyof Snapshot, EditedField][] = [
  ["type", "type"],
  ["itemId", "covers"],
  ["movementId", "covers"],
  ["location", "location"],
  ["note", "note"],
];

// Items a coordinator may see when the agency has a task on them (see visibleItemsWhere).
const PUBLISHED: ItemStatus[] = ["CONFIRMED", "CANCELLED"];

const snapshot = (value: Prisma.JsonValue): Snapshot | null => readFields(taskSnapshotSchema, value);

function span(s: Snapshot, timeZone: string, lang: Lang): string {
  if (!s.startsAt || !s.endsAt) return "";
  return `${formatMoment(s.startsAt, timeZone, lang)}–${formatTime(s.endsAt, timeZone)}`;
}

const sameInstant = (a?: Date, b?: Date) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const sameTime = (a: Snapshot, b: Snapshot) => sameInstant(a.startsAt, b.startsAt) && sameInstant(a.endsAt, b.endsAt);

/**
 * A side as the task's fields: a status entry written before the agency had a note of its own
 * recorded that note as `note` (see agencyNoteOf); it is the agency's note, not the planner's.
 */
function normalized(row: Row, value: Prisma.JsonValue): Snapshot | null {
  const s = snapshot(value);
  if (!s || row.action !== "status" || "agencyNote" in s) return s;
  const { note, ...rest } = s;
  return { ...rest, agencyNote: note ?? null };
}

/**
 * The task's fields at one end of a run of entries: a status entry records only what it touches,
 * so each field is taken from the entry nearest that end that records it.
 */
function stateAt(rows: readonly Row[], end: "before" | "after"): Snapshot | null {
  const ordered = end === "before" ? rows : [...rows].reverse();
  const sides = ordered.map((row) => normalized(row, row[end])).filter((x): x is Snapshot => x !== null);
  if (sides.length === 0) return null;
  return [...sides].reverse().reduce<Snapshot>((state, side) => ({ ...state, ...side }), {});
}

/**
 * One task's entries since the acknowledgement (oldest first) summed up as the agency reads it:
 * the task as it was then (before its first entry) against the task now (after its last), in
 * the reader's language; null when nothing it may read is different, or when only `authors` (the
 * reader) made what is different. Staff notes are never read.
 */
function describeNet(rows: readonly Row[], agencyId: string, authors: ReadonlySet<string>, timeZone: string, lang: Lang): Omit<TaskChange, "task" | "subject" | "taskId"> | null {
  const others = rows.filter((r) => r.actorId === null || !authors.has(r.actorId));
  if (others.length === 0) return null;
  const t = dictionary(lang);
  const words = t.tasksPage.changes;
  const when = (s: Snapshot) => span(s, timeZone, lang);
  const before = rows[0].action === "create" ? null : stateAt(rows, "before");
  const after = rows[rows.length - 1].action === "delete" ? null : stateAt(rows, "after");
  const mine = (s: Snapshot | null): s is Snapshot => s?.agencyId === agencyId;
  const newest = others[others.length - 1];
  const base = { id: newest.id, at: newest.at, actorName: newest.actorName };
  if (!mine(before) && mine(after)) return { ...base, kind: before ? "assigned" : "created", detail: when(after) };
  if (mine(before) && !mine(after)) {
    // Deleted, or given to another agency: which one is not this agency's business.
    return after ? { ...base, kind: "unassigned", detail: words.noLongerYours(when(before)) } : { ...base, kind: "deleted", detail: words.was(when(before)) };
  }
  if (!mine(before) || !mine(after)) return null;

  // What differs now, counted only where someone other than the reader changed it.
  const changedByOthers = (differs: (b: Snapshot, a: Snapshot) => boolean) =>
    others.some((row) => {
      const b = normalized(row, row.before);
      const a = normalized(row, row.after);
      return !!b && !!a && differs(b, a);
    });
  const noteOf = (s: Snapshot) => s.agencyNote ?? null;
  const time = !sameTime(before, after) && changedByOthers((b, a) => !sameTime(b, a));
  const status = before.status !== after.status && changedByOthers((b, a) => b.status !== a.status);
  const note = noteOf(before) !== noteOf(after) && changedByOthers((b, a) => noteOf(b) !== noteOf(a));
  const fields = [
    ...new Set(
      EDITED_FIELDS.filter(([key]) => (before[key] ?? null) !== (after[key] ?? null) && changedByOthers((b, a) => (b[key] ?? null) !== (a[key] ?? null))).map(
        ([, field]) => words.field[field],
      ),
    ),
  ];
  if (!time && !status && !note && fields.length === 0) return null;
  const times = `${when(before)} → ${when(after)}`;
  const statusText = status ? `${t.tasks.status[before.status!]} → ${t.tasks.status[after.status!]}` : null;
  const noteText = note ? words.note(noteOf(after)) : null;
  const detail = [
    time ? (fields.length > 0 ? words.time(times) : times) : null,
    fields.length > 0 ? fields.join(", ") : null,
    statusText,
    noteText,
  ].filter((x): x is string => !!x);
  const kind: TaskChangeKind = fields.length > 0 ? "edited" : time ? "moved" : status ? "status" : "edited";
  return { ...base, kind, detail: detail.join("; ") };
}

/**
 * Titles of the subjects, by id, as the reader may read them. Every id comes from a snapshot of
 * one of the agency's tasks, and an item with one of the agency's tasks is what a coordinator may
 * see once it is published (visibleItemsWhere); so a published item is named even after its task
 * was deleted, and a draft's is absent. One the agency could not see without its task goes by the
 * neutral title (itemAsReadBy).
 */
async function subjectTitles(db: DbOrTx, reader: Actor, summitId: string, snapshots: Snapshot[], lang: Lang) {
  const itemIds = [...new Set(snapshots.map((s) => s.itemId).filter((id): id is string => !!id))];
  const movementIds = [...new Set(snapshots.map((s) => s.movementId).filter((id): id is string => !!id))];
  const [items, movements] = await Promise.all([
    db.programmeItem.findMany({
      where: { status: { in: PUBLISHED }, summitId, id: { in: itemIds } },
      select: { id: true, title: true, kind: true, status: true, visibility: true },
    }),
    db.movement.findMany({ where: { summitId, id: { in: movementIds } }, select: { id: true, kind: true, delegation: { select: { name: true } } } }),
  ]);
  return {
    items: new Map(items.map((i) => [i.id, itemAsReadBy(reader, i).restricted ? dictionary(lang).restrictedItem.title : i.title])),
    movements: new Map(movements.map((m) => [m.id, `${dictionary(lang).movementKind[m.kind]} · ${m.delegation.name}`])),
  };
}

type Acknowledged = { at: Date; by: string } | null;
type AuditRow = Row & { entityId: string };
type Titles = Awaited<ReturnType<typeof subjectTitles>>;

/** The agency's last acknowledgement of its task changes, or null. */
async function lastAcknowledgement(db: DbOrTx, agencyId: string): Promise<Acknowledged> {
  const last = await db.taskAcknowledgement.findFirst({
    where: { agencyId },
    orderBy: { acknowledgedAt: "desc" },
    select: { acknowledgedAt: true, user: { select: { name: true } } },
  });
  return last ? { at: last.acknowledgedAt, by: last.user.name } : null;
}

/** The task audit entries naming any of the agencies (oldest first, after `since`) and the titles of their subjects. */
async function readTaskAudit(db: DbOrTx, reader: Actor, summitId: string, agencyIds: readonly string[], since: Date | null, lang: Lang) {
  const rows: AuditRow[] = await db.auditEntry.findMany({
    where: {
      entity: "AgencyTask",
      summitId,
      ...(since ? { at: { gt: since } } : {}),
      OR: agencyIds.flatMap((id) => [{ before: { path: ["agencyId"], equals: id } }, { after: { path: ["agencyId"], equals: id } }]),
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, entityId: true, action: true, at: true, actorName: true, actorId: true, before: true, after: true },
  });
  const sides = rows.flatMap((r) => [snapshot(r.before), snapshot(r.after)]).filter((x): x is Snapshot => x !== null);
  return { rows, titles: await subjectTitles(db, reader, summitId, sides, lang) };
}

/**
 * The agency's changes among the audit rows, one per task, by the time of its newest entry: what
 * is different since its acknowledgement, not made by `authors` alone (the reader; for the
 * planners' overview, the agency's own coordinators). A task on a draft item is left out, as it
 * is off the agency's list.
 */
function changesFor(
  agency: { id: string; timeZone: string },
  rows: readonly AuditRow[],
  titles: Titles,
  since: Date | null,
  authors: ReadonlySet<string>,
  lang: Lang,
): TaskChange[] {
  const byTask = new Map<string, AuditRow[]>();
  for (const row of rows) {
    if (since && row.at <= since) continue;
    byTask.set(row.entityId, [...(byTask.get(row.entityId) ?? []), row]);
  }
  const changes: TaskChange[] = [];
  for (const [taskId, group] of byTask) {
    // The side that belongs to the agency, now or else as it was: its task's type and subject.
    const after = snapshot(group[group.length - 1].after);
    const before = snapshot(group[0].before);
    const side = after?.agencyId === agency.id ? after : before?.agencyId === agency.id ? before : null;
    if (!side || (side.itemId && !titles.items.has(side.itemId))) continue;
    const change = describeNet(group, agency.id, authors, agency.timeZone, lang);
    if (!change) continue;
    const subject = side.itemId ? titles.items.get(side.itemId)! : side.movementId ? (titles.movements.get(side.movementId) ?? null) : null;
    changes.push({ ...change, taskId, task: side.type ? dictionary(lang).tasks.type[side.type] : dictionary(lang).tasksPage.changes.task, subject });
  }
  changes.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // An applied live change is one entry: the agency's tasks it moved, under its reason.
  const words = dictionary(lang).ops.changes;
  const causes = new Map(rows.map((r) => [r.id, liveCauseOf(r.after)]));
  return foldCascades(changes, causes, (cause, parts) => {
    const newest = parts[parts.length - 1];
    return {
      id: newest.id,
      taskId: `live:${cause.changeId}`,
      kind: parts.every((p) => p.kind === "moved") ? "moved" : "edited",
      at: newest.at,
      actorName: newest.actorName,
      task: words.applied[cause.kind ?? "other"],
      subject: cause.reason,
      detail: words.tasks(parts.length),
      cascade: { changeId: cause.changeId, reason: cause.reason, kind: cause.kind, parts },
    };
  });
}

/**
 * The changes to the actor's agency's tasks since the agency last acknowledged, oldest first,
 * without the reader's own. Only an agency coordinator has such a list: staff, who make the
 * changes, liaisons and viewers get NotFoundError, as does a coordinator without an agency of
 * the current summit. Worded in the reader's language (English unless told).
 */
export async function getTaskChangesSinceAck(db: DbOrTx, actor: Actor, lang: Lang = "en"): Promise<TaskChangesSinceAck> {
  if (!can(actor, "tasks.acknowledge") || !actor.agencyId) throw new NotFoundError();
  const agency = await db.agency.findUnique({ where: { id: actor.agencyId }, select: { id: true, summit: { select: { id: true, timeZone: true } } } });
  if (!agency) throw new NotFoundError();
  const last = await lastAcknowledgement(db, agency.id);
  const { rows, titles } = await readTaskAudit(db, actor, agency.summit.id, [agency.id], last?.at ?? null, lang);
  const changes = changesFor({ id: agency.id, timeZone: agency.summit.timeZone }, rows, titles, last?.at ?? null, new Set([actor.userId]), lang);
  return { agencyId: agency.id, lastAcknowledged: last, changes };
}

export type AgencyPendingChanges = {
  agency: { id: string; name: string };
  count: number;
  latestAt: Date;
  lastAcknowledged: { at: Date; by: string } | null;
};

/**
 * Staff only: the agencies that have not acknowledged the latest changes to their tasks (made by
 * anyone but their own coordinators), so a planner can see whether the police know the dinner
 * moved. Everyone else gets an empty list.
 */
export async function listAgenciesWithPendingChanges(db: DbOrTx, actor: Actor, summit: { id: string; timeZone: string }): Promise<AgencyPendingChanges[]> {
  if (!mayEditTasks(actor)) return [];
  const [agencies, acks] = await Promise.all([
    db.agency.findMany({ where: { summitId: summit.id }, orderBy: { name: "asc" }, select: { id: true, name: true, users: { select: { id: true } } } }),
    // The newest acknowledgement of each agency.
    db.taskAcknowledgement.findMany({
      where: { agency: { summitId: summit.id } },
      orderBy: [{ agencyId: "asc" }, { acknowledgedAt: "desc" }],
      distinct: ["agencyId"],
      select: { agencyId: true, acknowledgedAt: true, user: { select: { name: true } } },
    }),
  ]);
  if (agencies.length === 0) return [];
  const lastOf = new Map(acks.map((a) => [a.agencyId, { at: a.acknowledgedAt, by: a.user.name }]));
  // One read for every agency, from the oldest acknowledgement on (all of it if one never acknowledged).
  const since = agencies.every((a) => lastOf.has(a.id)) ? new Date(Math.min(...agencies.map((a) => lastOf.get(a.id)!.at.getTime()))) : null;
  // Only counted here, not shown: the wording's language does not matter.
  const { rows, titles } = await readTaskAudit(db, actor, summit.id, agencies.map((a) => a.id), since, "en");
  const pending: AgencyPendingChanges[] = [];
  for (const a of agencies) {
    const last = lastOf.get(a.id) ?? null;
    const changes = changesFor({ id: a.id, timeZone: summit.timeZone }, rows, titles, last?.at ?? null, new Set(a.users.map((u) => u.id)), "en");
    if (changes.length === 0) continue;
    pending.push({ agency: { id: a.id, name: a.name }, count: changes.length, latestAt: changes[changes.length - 1].at, lastAcknowledged: last });
  }
  return pending;
}
