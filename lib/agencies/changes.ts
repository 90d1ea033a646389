// Changes to an agency's tasks since the agency last acknowledged them, read from the audit log:
// entries on "AgencyTask" whose before or after snapshot names the reader's agency. Planners'
// creates, edits, deletes and shifts (an item moved, its tasks with it) and other coordinators'
// status changes; the reader's own changes are left out, they know them.
//
// The acknowledgement is the agency's, not the user's: coordinators of one agency share a desk and
// a shift hand-over, so once any of them has acknowledged, the next sees only what came after (the
// panel names who acknowledged). This mirrors the liaisons' acknowledgement per delegation.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemStatus, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import { dictionary, formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { TaskChangeKind } from "@/lib/i18n/types";
import { itemAsReadBy } from "@/lib/programme/policy";
import { formatTime } from "@/lib/time";
import { mayEditTasks } from "./policy";

export type { TaskChangeKind };

export type TaskChange = {
  id: string;
  kind: TaskChangeKind;
  at: Date;
  actorName: string;
  /** "Security perimeter". */
  task: string;
  /** The item's title or the movement ("Transfer · Belgium"), when it can be read. */
  subject: string | null;
  /** The change in the reader's words: "Tue 24 Jun 2025 17:00–22:30 → Tue 24 Jun 2025 18:00–23:30", "Planned → Done". */
  detail: string;
};

export type TaskChangesSinceAck = {
  agencyId: string;
  lastAcknowledged: { at: Date; by: string } | null;
  changes: TaskChange[];
};

/** The fields of a task snapshot this reads; staff notes are never read. */
type Snapshot = {
  agencyId?: string;
  itemId?: string | null;
  movementId?: string | null;
  type?: TaskType;
  status?: TaskStatus;
  startsAt?: string;
  endsAt?: string;
  location?: string | null;
  /** The planner's instruction; on a status entry written before agencyNote existed, the agency's note. */
  note?: string | null;
  agencyNote?: string | null;
};

type Row = { id: string; action: string; at: Date; actorName: string; before: Prisma.JsonValue; after: Prisma.JsonValue };

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

const snapshot = (value: Prisma.JsonValue): Snapshot | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null;

function span(s: Snapshot, timeZone: string, lang: Lang): string {
  if (!s.startsAt || !s.endsAt) return "";
  return `${formatMoment(new Date(s.startsAt), timeZone, lang)}–${formatTime(new Date(s.endsAt), timeZone)}`;
}

const sameTime = (a: Snapshot, b: Snapshot) => a.startsAt === b.startsAt && a.endsAt === b.endsAt;

/**
 * The agency's note in a status entry. Entries written before the agency had a note of its own
 * recorded it as `note` (it overwrote the instruction then); they read the same.
 */
const agencyNoteOf = (s: Snapshot): string | null => ("agencyNote" in s ? s.agencyNote : s.note) ?? null;

/** One audit entry as the agency reads it, in the reader's language, or null when nothing it may read changed. */
function describe(row: Row, agencyId: string, timeZone: string, lang: Lang): Omit<TaskChange, "task" | "subject"> | null {
  const t = dictionary(lang);
  const words = t.tasksPage.changes;
  const when = (s: Snapshot) => span(s, timeZone, lang);
  const before = snapshot(row.before);
  const after = snapshot(row.after);
  const mine = (s: Snapshot | null) => s?.agencyId === agencyId;
  const base = { id: row.id, at: row.at, actorName: row.actorName };
  if (!mine(before) && mine(after)) {
    return { ...base, kind: row.action === "create" ? "created" : "assigned", detail: when(after!) };
  }
  if (mine(before) && !mine(after)) {
    // Deleted, or given to another agency: which one is not this agency's business.
    return row.action === "delete"
      ? { ...base, kind: "deleted", detail: words.was(when(before!)) }
      : { ...base, kind: "unassigned", detail: words.noLongerYours(when(before!)) };
  }
  if (!before || !after) return null;
  const times = `${when(before)} → ${when(after)}`;
  if (row.action === "status") {
    const noteChanged = agencyNoteOf(before) !== agencyNoteOf(after);
    const note = words.note(agencyNoteOf(after));
    if (before.status !== after.status) {
      const status = `${t.tasks.status[before.status!]} → ${t.tasks.status[after.status!]}`;
      return { ...base, kind: "status", detail: noteChanged ? `${status}; ${note}` : status };
    }
    return noteChanged ? { ...base, kind: "edited", detail: note } : null;
  }
  const fields = [...new Set(EDITED_FIELDS.filter(([key]) => before[key] !== after[key]).map(([, field]) => words.field[field]))];
  if (!sameTime(before, after)) {
    return fields.length === 0 ? { ...base, kind: "moved", detail: times } : { ...base, kind: "edited", detail: `${words.time(times)}; ${fields.join(", ")}` };
  }
  return fields.length > 0 ? { ...base, kind: "edited", detail: fields.join(", ") } : null;
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
type AuditRow = Row & { actorId: string | null };
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
    select: { id: true, action: true, at: true, actorName: true, actorId: true, before: true, after: true },
  });
  const sides = rows.flatMap((r) => [snapshot(r.before), snapshot(r.after)]).filter((x): x is Snapshot => x !== null);
  return { rows, titles: await subjectTitles(db, reader, summitId, sides, lang) };
}

/**
 * The agency's changes among the audit rows, oldest first: those after its acknowledgement and
 * not made by `authors` (the reader; for the planners' overview, the agency's own coordinators).
 * A change to a task on a draft item is left out, as the task is off the agency's list.
 */
function changesFor(
  agency: { id: string; timeZone: string },
  rows: readonly AuditRow[],
  titles: Titles,
  since: Date | null,
  authors: ReadonlySet<string>,
  lang: Lang,
): TaskChange[] {
  const changes: TaskChange[] = [];
  for (const row of rows) {
    if ((since && row.at <= since) || (row.actorId !== null && authors.has(row.actorId))) continue;
    // The side of the entry that belongs to the agency: its task's type and subject.
    const before = snapshot(row.before);
    const after = snapshot(row.after);
    const side = after?.agencyId === agency.id ? after : before?.agencyId === agency.id ? before : null;
    if (!side || (side.itemId && !titles.items.has(side.itemId))) continue;
    const change = describe(row, agency.id, agency.timeZone, lang);
    if (!change) continue;
    const subject = side.itemId ? titles.items.get(side.itemId)! : side.movementId ? (titles.movements.get(side.movementId) ?? null) : null;
    changes.push({ ...change, task: side.type ? dictionary(lang).tasks.type[side.type] : dictionary(lang).tasksPage.changes.task, subject });
  }
  return changes;
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
