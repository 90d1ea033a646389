// The agency's day as an export document for lib/exports (PDF, iCalendar, CSV), made from the
// result of listTasks: the same scoped query as the /tasks page, so a file never holds more.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { readerScope } from "@/lib/exports/load";
import { safeFileStem } from "@/lib/exports/text";
import type { ExportDocument } from "@/lib/exports/types";
import { getCurrentSummit } from "@/lib/summits/queries";
import type { IsoDay } from "@/lib/time";
import { mayReadTaskStaffNotes } from "./policy";
import { agencyOfActor, listAgencies, listTasks, taskDays, type AgencyOption } from "./queries";

export type TasksExportQuery = {
  day: IsoDay;
  /** Staff: one agency's tasks. A coordinator may only name their own agency. */
  agencyId: string | null;
};

/**
 * Whose tasks the export holds: a coordinator's own agency (naming another is NotFoundError, as
 * is having none); for staff the agency asked for (an unknown one is NotFoundError) or all (null).
 */
async function exportAgency(db: DbOrTx, actor: Actor, summitId: string, agencyId: string | null): Promise<AgencyOption | null> {
  if (actor.role === "AGENCY") {
    const own = await agencyOfActor(db, actor, summitId);
    if (!own || (agencyId !== null && agencyId !== own.id)) throw new NotFoundError();
    return own;
  }
  if (agencyId === null) return null;
  const agency = (await listAgencies(db, summitId)).find((a) => a.id === agencyId);
  if (!agency) throw new NotFoundError();
  return agency;
}

export async function loadTasksExport(db: DbOrTx, actor: Actor, query: TasksExportQuery, now = new Date()): Promise<ExportDocument> {
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !(await taskDays(db, actor, summit)).includes(query.day)) throw new NotFoundError();
  const agency = await exportAgency(db, actor, summit.id, query.agencyId);
  const tasks = await listTasks(db, actor, summit, { day: query.day, agencyId: agency?.id ?? null });
  return {
    summitName: summit.name,
    timeZone: summit.timeZone,
    heading: { kind: "tasks", agency: agency?.name ?? null },
    day: query.day,
    homeTimeZone: null,
    scope: await readerScope(db, actor, summit.id),
    generatedAt: now,
    entries: [],
    tasks,
    showAttendees: false,
    showStaffNotes: mayReadTaskStaffNotes(actor),
    // The agency's short name only where a planner chose it; a coordinator's files are always their own.
    fileStem: safeFileStem(["tasks", query.agencyId !== null ? agency?.shortName : null, query.day]),
  };
}
