// Reads of agency tasks, scoped by visibleTasksWhere: a coordinator gets their own agency's tasks
// and, of the item or movement behind each, only what the work needs (time, place, party size,
// principal level; an item it could not otherwise see under a neutral title, see toTaskView);
// never staff notes, bilateral notes or other agencies' tasks.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SummitSummary } from "@/lib/summits/queries";
import { dayBounds, daysBetween, isoDayOf, type IsoDay } from "@/lib/time";
import { mayReadTaskStaffNotes, visibleTasksWhere } from "./policy";
import { taskSelect, toTaskView, type TaskView } from "./task-view";

export type { TaskSubject, TaskView } from "./task-view";

export type TaskFilter = {
  /** Summit-local day: tasks whose window overlaps it. */
  day?: IsoDay;
  /** Staff only: one agency's tasks. Ignored for coordinators, who only ever see their own. */
  agencyId?: string | null;
};

function tasksWhere(actor: Actor, summit: { id: string; timeZone: string }, filter: TaskFilter): Prisma.AgencyTaskWhereInput {
  const and: Prisma.AgencyTaskWhereInput[] = [visibleTasksWhere(actor), { agency: { summitId: summit.id } }];
  if (filter.day) {
    const { start, end } = dayBounds(filter.day, summit.timeZone);
    and.push({ startsAt: { lt: end }, endsAt: { gt: start } });
  }
  if (filter.agencyId && actor.role !== "AGENCY") and.push({ agencyId: filter.agencyId });
  return { AND: and };
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
