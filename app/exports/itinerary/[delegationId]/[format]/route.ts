// /exports/itinerary/<delegationId>/{pdf|ics|csv|xlsx}?member=<memberId>&day=YYYY-MM-DD&lang=en|nl
import { defineRoute } from "@/lib/auth/gate";
import { exportResponse, loadItineraryExport } from "@/lib/exports";
import { itineraryExportSchema } from "@/lib/exports/schema";

export const GET = defineRoute({ permission: "exports.read", params: itineraryExportSchema }, async ({ db, actor, input }) => {
  const doc = await loadItineraryExport(db, actor, { delegationId: input.delegationId, memberId: input.member, day: input.day });
  return exportResponse(doc, input.format, { lang: input.lang });
});
