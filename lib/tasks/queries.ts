// Reads of agency tasks, scoped by visibleTasksWhere: a coordinator gets their own agency's tasks
// and, of the item or movement behind each, only what the work needs (time, place, party size,
// principal level; an item it could not otherwise see under a neutral title, see toTaskView);
// never staff notes, bilateral notes or other agencies' tasks.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SummitSummary } from "@/lib/summits/queries";
import { dayBounds, daysBetween, isoDayOf, zonedInstant, type IsoDay } from "@/lib/time";
import { mayReadTaskStaffNotes, visibleTasksWhere } from "./policy";
import { TASK_STATUSES, TASK_TYPES } from "./schema";
import { taskSelect, toTaskView, type TaskView } from "./task-view";

export type { TaskSubject, TaskView } from "./task-view";

/** Parts of a summit-local day, from and to a wall-clock time: the task list's time filter. */
export const PARTS_OF_DAY = {
  night: ["00:00", "06:00"],
  morning: ["06:00", "12:00"],
  afternoon: ["12:00", "18:00"],
  evening: ["18:00", null],
} as const satisfies Record<string, readonly [string, string | null]>;

export type PartOfDay = keyof typeof PARTS_OF_DAY;
const PART_NAMES = Object.keys(PARTS_OF_DAY) as [PartOfDay, ...PartOfDay[]];

export type TaskFilter = {
  /** Summit-local day: tasks whose window overlaps it. */
  day?: IsoDay;
  /** Staff only: one agency's tasks. Ignored for coordinators, who only ever see their own. */
  agencyId?: string | null;
  /** Any of these types / statuses (none: all). */
  types?: readonly string[];
  statuses?: readonly string[];
  /** With `day`: tasks whose window overlaps that part of it. */
  part?: PartOfDay | null;
  /** Tasks on programme items, or on movements. */
  subject?: "items" | "movements" | null;
  /**
   * Tasks for one delegation: its movements, and for staff the items it takes part in. A
   * coordinator is never told who takes part in an item (it reads party size and level), so for
   * them it matches movements only.
   */
  delegationId?: string | null;
};

const oneOrMany = <T extends z.ZodType>(value: T) => z.union([value, z.array(value)]).transform((v) => (Array.isArray(v) ? v : [v]));
const anyOf = <T extends z.ZodType>(value: T) => z.preprocess((v) => (v === "" ? undefined : v), oneOrMany(value).optional()).catch(undefined);
const optional = <T extends z.ZodType>(value: T) => z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), value.optional()).catch(undefined);

/**
 * The task list's search parameters (?type=ESCORT&status=PLANNED&part=morning&subject=movements
 * &delegation=<id>&agency=<id>): parsed once, at the page; unknown values are dropped rather than
 * refused, so an old link still opens the day.
 */
export const taskFilterParamsSchema = z.object({
  type: anyOf(z.enum(TASK_TYPES)),
  status: anyOf(z.enum(TASK_STATUSES)),
  part: optional(z.enum(PART_NAMES)),
  subject: optional(z.enum(["items", "movements"])),
  delegation: optional(z.string().min(1).max(64)),
  agency: optional(z.string().min(1).max(64)),
});

export type TaskFilterParams = z.infer<typeof taskFilterParamsSchema>;

export function parseTaskFilterParams(params: Record<string, string | string[] | undefined>): TaskFilterParams {
  return taskFilterParamsSchema.parse(params);
}

/** The filter's parameters for links (the day is in the path). */
export function taskFilterQuery(f: TaskFilterParams): [string, string][] {
  return [
    ...(f.agency ? [["agency", f.agency] as [string, string]] : []),
    ...(f.type ?? []).map((v) => ["type", v] as [string, string]),
    ...(f.status ?? []).map((v) => ["status", v] as [string, string]),
    ...(f.part ? [["part", f.part] as [string, string]] : []),
    ...(f.subject ? [["subject", f.subject] as [string, string]] : []),
    ...(f.delegation ? [["delegation", f.delegation] as [string, string]] : []),
  ];
}

/** Whether any filter beyond day and agency is set. */
export const hasTaskFilters = (f: TaskFilterParams) => !!(f.type?.length || f.status?.length || f.part || f.subject || f.delegation);

function tasksWhere(actor: Actor, summit: { id: string; timeZone: string }, filter: TaskFilter): Prisma.AgencyTaskWhereInput {
  // visibleTasksWhere comes first and every filter only narrows it: no filter reaches another agency's task.
  const and: Prisma.AgencyTaskWhereInput[] = [visibleTasksWhere(actor), { agency: { summitId: summit.id } }];
  if (filter.day) {
    const bounds = dayBounds(filter.day, summit.timeZone);
    and.push({ startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } });
    if (filter.part) {
      const [from, to] = PARTS_OF_DAY[filter.part];
      const partStart = zonedInstant(filter.day, from, summit.timeZone);
      const partEnd = to ? zonedInstant(filter.day, to, summit.timeZone) : bounds.endsAt;
      and.push({ startsAt: { lt: partEnd }, endsAt: { gt: partStart } });
    }
  }
  if (filter.agencyId && actor.role !== "AGENCY") and.push({ agencyId: filter.agencyId });
  const types = (filter.types ?? []).filter((v): v is (typeof TASK_TYPES)[number] => (TASK_TYPES as readonly string[]).includes(v));
  if (types.length > 0) and.push({ type: { in: types } });
  const statuses = (filter.statuses ?? []).filter((v): v is (typeof TASK_STATUSES)[number] => (TASK_STATUSES as readonly string[]).includes(v));
  if (statuses.length > 0) and.push({ status: { in: statuses } });
  if (filter.subject === "items") and.push({ itemId: { not: null } });
  if (filter.subject === "movements") and.push({ movementId: { not: null } });
  if (filter.delegationId) {
    const onMovement: Prisma.AgencyTaskWhereInput = { movement: { delegationId: filter.delegationId } };
    and.push(isStaff(actor) ? { OR: [onMovement, { item: { participations: { some: { delegationId: filter.delegationId } } } }] } : onMovement);
  }
  return { AND: and };
}

/** The delegations the task filter offers: staff all of the summit's; a coordinator those of its tasks' movements. */
export async function listTaskDelegations(db: DbOrTx, actor: Actor, summitId: string): Promise<{ id: string; name: string }[]> {
  return db.delegation.findMany({
    where: isStaff(actor) ? { summitId } : { summitId, movements: { some: { tasks: { some: visibleTasksWhere(actor) } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The task types the filter offers: those of the tasks the actor may see in the summit (staff: every type). */
export async function listTaskTypes(db: DbOrTx, actor: Actor, summitId: string): Promise<(typeof TASK_TYPES)[number][]> {
  if (isStaff(actor)) return [...TASK_TYPES];
  const rows = await db.agencyTask.findMany({
    where: { AND: [visibleTasksWhere(actor), { agency: { summitId } }] },
    distinct: ["type"],
    select: { type: true },
  });
  const present = new Set(rows.map((r) => r.type));
  return TASK_TYPES.filter((type) => present.has(type));
}

/** How many tasks the actor may see on the day, whatever the other filters: "12 of 40". */
export async function countTasks(db: DbOrTx, actor: Actor, summit: { id: string; timeZone: string }, filter: TaskFilter = {}): Promise<number> {
  return db.agencyTask.count({ where: tasksWhere(actor, summit, filter) });
}

/** The tasks the actor may see, in time order. */
export async function listTasks(
  db: DbOrTx,
  actor: Actor,
  summit: { id: string; timeZone: string },
  filter: TaskFilter = {},
): Promise<TaskView[]> {
  const rows = await db.agencyTask.findMany({
    where: tasksWhere(actor, summit, filter),
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { id: "asc" }],
    select: taskSelect(mayReadTaskStaffNotes(actor)),
  });
  return rows.map((row) => toTaskView(row, actor));
}

/** One task the actor may see; NotFoundError for anything else, another agency's task included. */
export async function getTask(db: DbOrTx, actor: Actor, summitId: string, id: string): Promise<TaskView> {
  const row = await db.agencyTask.findFirst({
    where: { AND: [visibleTasksWhere(actor), { id, agency: { summitId } }] },
    select: taskSelect(mayReadTaskStaffNotes(actor)),
  });
  if (!row) throw new NotFoundError();
  return toTaskView(row, actor);
}

export type AgencyOption = { id: string; name: string; shortName: string };

export async function listAgencies(db: DbOrTx, summitId: string): Promise<AgencyOption[]> {
  return db.agency.findMany({ where: { summitId }, select: { id: true, name: true, shortName: true }, orderBy: { name: "asc" } });
}

/**
 * The agencies a task may be given, for the task form: the active ones, and `keepId` (the agency an
 * edited task has) even when it is deactivated, so the form still shows what the task has.
 */
export async function listAssignableAgencies(db: DbOrTx, summitId: string, keepId: string | null = null): Promise<AgencyOption[]> {
  return db.agency.findMany({
    where: { summitId, OR: [{ deactivatedAt: null }, ...(keepId ? [{ id: keepId }] : [])] },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
}

/** The agency a coordinator works for, for headings; null when they have none in this summit. */
export async function agencyOfActor(db: DbOrTx, actor: Actor, summitId: string): Promise<AgencyOption | null> {
  if (!actor.agencyId) return null;
  return db.agency.findFirst({ where: { id: actor.agencyId, summitId }, select: { id: true, name: true, shortName: true } });
}

/**
 * The days the task pages offer: the summit's days, widened to the first and last day with a task
 * the actor may see (arrivals on the eve of the summit have tasks too).
 */
export async function taskDays(db: DbOrTx, actor: Actor, summit: SummitSummary): Promise<IsoDay[]> {
  const { _min, _max } = await db.agencyTask.aggregate({
    where: { AND: [visibleTasksWhere(actor), { agency: { summitId: summit.id } }] },
    _min: { startsAt: true },
    _max: { startsAt: true },
  });
  return widenDays(summit, _min.startsAt, _max.startsAt);
}

export function widenDays(summit: SummitSummary, first: Date | null, last: Date | null): IsoDay[] {
  const days = [...summit.days];
  if (first) days.push(isoDayOf(first, summit.timeZone));
  if (last) days.push(isoDayOf(last, summit.timeZone));
  days.sort();
  return daysBetween(days[0], days[days.length - 1]);
}
