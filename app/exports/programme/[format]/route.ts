// /exports/programme/{pdf|ics|csv|xlsx}?day=YYYY-MM-DD&venue=<venueId>&lang=en|nl
import { defineRoute } from "@/lib/auth/gate";
import { exportResponse, loadProgrammeExport } from "@/lib/exports";
import { programmeExportSchema } from "@/lib/exports/schema";

export const GET = defineRoute({ permission: "exports.read", params: programmeExportSchema }, async ({ db, actor, input }) => {
  // Only a calendar file prints the items that left the reader's calendar (lib/itinerary/vanished.ts).
  const doc = await loadProgrammeExport(db, actor, { day: input.day, venueId: input.venue }, new Date(), { vanished: input.format === "ics" });
  return exportResponse(doc, input.format, { lang: input.lang });
});
