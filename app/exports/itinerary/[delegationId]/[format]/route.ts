// /exports/itinerary/<delegationId>/{pdf|ics|csv|xlsx}?member=<memberId>&day=YYYY-MM-DD&lang=en|nl
import { defineRoute } from "@/lib/auth/gate";
import { exportResponse, loadItineraryExport } from "@/lib/exports";
import { itineraryExportSchema } from "@/lib/exports/schema";

export const GET = defineRoute({ permission: "exports.read", params: itineraryExportSchema }, async ({ db, actor, input }) => {
  // Only a calendar file prints the items that left the reader's calendar (lib/itinerary/vanished.ts).
  const doc = await loadItineraryExport(db, actor, { delegationId: input.delegationId, memberId: input.member, day: input.day }, new Date(), {
    vanished: input.format === "ics",
  });
  return exportResponse(doc, input.format, { lang: input.lang });
});
