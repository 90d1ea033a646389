// /exports/programme/{pdf|ics|csv|xlsx}?day=YYYY-MM-DD&venue=<venueId>&lang=en|nl
import { defineRoute } from "@/lib/auth/gate";
import { exportResponse, loadProgrammeExport } from "@/lib/exports";
import { programmeExportSchema } from "@/lib/exports/schema";

export const GET = defineRoute({ permission: "exports.read", params: programmeExportSchema }, async ({ db, actor, input }) => {
  const doc = await loadProgrammeExport(db, actor, { day: input.day, venueId: input.venue });
  return exportResponse(doc, input.format, { lang: input.lang });
});
