// Builds export documents from the scoped queries in lib/itinerary: an export can never hold
// more than the page it mirrors, because it is made from the same function's result. Calendar
// files also carry the items that left the reader's calendar (lib/itinerary/vanished.ts).
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { mayReadStaffNotes } from "@/lib/programme/policy";
import { getProgramme, type ProgrammeQuery } from "@/lib/itinerary/programme";
import { getItinerary, type ItineraryQuery } from "@/lib/itinerary/queries";
import { findVanishedItems } from "@/lib/itinerary/vanished";
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
