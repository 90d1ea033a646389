// /exports/arrivals/own/<delegationId>?format=csv|ics&lang=en|nl — a delegation's own motorcade departures
// and arrivals, for its liaison (staff too); never the order or another party.
import { ownArrivalsCsv, ownArrivalsIcs } from "@/lib/arrivals/internal/documents";
import { ownArrivals } from "@/lib/arrivals/queries";
import { ownArrivalsParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { attachmentResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "itinerary.read", params: ownArrivalsParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const rows = await ownArrivals(db, actor, summit.id, input.delegationId);
  const body = input.format === "ics" ? ownArrivalsIcs(rows, input.lang, summit.timeZone) : ownArrivalsCsv(rows, input.lang, summit.timeZone);
  return attachmentResponse(new TextEncoder().encode(body), input.format, `arrivals-${input.lang}.${input.format}`);
});
