// Builds export documents from the scoped queries in lib/itinerary and, for an agency's day, in
// lib/tasks (listTasks, as the /tasks page): an export can never hold more than the page it
// mirrors, because it is made from the same function's result. Calendar files also carry the items
// that left the reader's calendar (lib/itinerary/vanished.ts).
import { mayReadTaskStaffNotes } from "@/lib/tasks/policy";
import { agencyOfActor, listAgencies, listTasks, taskDays, type AgencyOption } from "@/lib/tasks/queries";
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { mayReadStaffNotes } from "@/lib/programme/policy";
import { getProgramme, type ProgrammeQuery } from "@/lib/itinerary/programme";
import { getItinerary, type ItineraryQuery } from "@/lib/itinerary/queries";
import { findVanishedItems } from "@/lib/itinerary/vanished";
import { getCurrentSummit } from "@/lib/summits/queries";
import type { IsoDay } from "@/lib/time";
import { safeFileStem } from "./text";
import type { ExportDocument, ReaderScope } from "./types";

/** The reader's scope as printed in export headers; codes and names are the reader's own, of the summit exported. */
export async function readerScope(db: DbOrTx, actor: Actor, summitId: string): Promise<ReaderScope> {
  if (isStaff(actor)) return { role: "staff" };
  if (actor.role === "LIAISON") {
    const own = await db.delegation.findMany({ where: { id: { in: [...actor.delegationIds] }, summitId }, orderBy: { code: "asc" }, select: { code: true } });
    return { role: "liaison", codes: own.map((d) => d.code) };
  }
  if (actor.role === "AGENCY" && actor.agencyId) {
    const agency = await db.agency.findFirst({ where: { id: actor.agencyId, summitId }, select: { shortName: true } });
    if (agency) return { role: "agency", name: agency.shortName };
  }
  return { role: "viewer" };
}

export type LoadOptions = {
  /** Read the items that left the reader's calendar (only the iCalendar file prints them). Default true. */
  vanished?: boolean;
};

export async function loadItineraryExport(db: DbOrTx, actor: Actor, query: ItineraryQuery, now = new Date(), options: LoadOptions = {}): Promise<ExportDocument> {
  const itinerary = await getItinerary(db, actor, query);
  const { delegation, member, day } = itinerary;
  const vanished =
    options.vanished === false
      ? []
      : await findVanishedItems(db, actor, {
          summit: itinerary.summit,
          now,
          delegationIds: [delegation.id],
          day,
          // The principal's itinerary holds the whole delegation's items too (getItinerary).
          member: member ? { id: member.id, delegationId: delegation.id, principal: itinerary.people[0]?.id === member.id } : null,
        });
  return {
    summitName: itinerary.summit.name,
    timeZone: itinerary.summit.timeZone,
    heading: { kind: "itinerary", delegation: delegation.name, code: delegation.code, member: member?.title ?? null },
    day,
    homeTimeZone: delegation.homeTimeZone,
    scope: await readerScope(db, actor, itinerary.summit.id),
    generatedAt: now,
    entries: itinerary.entries,
    vanished,
    showAttendees: true,
    showStaffNotes: mayReadStaffNotes(actor),
    fileStem: safeFileStem(["itinerary", delegation.code, member?.id, day ?? "all-days"]),
  };
}

export async function loadProgrammeExport(db: DbOrTx, actor: Actor, query: ProgrammeQuery, now = new Date(), options: LoadOptions = {}): Promise<ExportDocument> {
  const programme = await getProgramme(db, actor, query);
  const vanished =
    options.vanished === false
      ? []
      : await findVanishedItems(db, actor, {
          summit: programme.summit,
          now,
          delegationIds: null,
          day: programme.day,
          venueId: programme.venue?.id ?? null,
          ownTasksOnly: query.ownTasksOnly,
        });
  return {
    summitName: programme.summit.name,
    timeZone: programme.summit.timeZone,
    heading: { kind: "programme", venue: programme.venue?.name ?? null },
    day: programme.day,
    homeTimeZone: null,
    scope: await readerScope(db, actor, programme.summit.id),
    generatedAt: now,
    entries: programme.entries,
    vanished,
    showAttendees: false,
    showStaffNotes: mayReadStaffNotes(actor),
    fileStem: safeFileStem(["programme", programme.venue?.id, programme.day ?? "all-days"]),
  };
}

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
