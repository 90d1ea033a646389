// /arrivals/motorcades?agency=<id>&format=csv|ics&lang=en|nl — the motorcades an agency's tasks
// ride with: a coordinator gets their own agency's; staff name the agency.
import { motorcadeCsv, motorcadeIcs } from "@/lib/arrivals/internal/documents";
import { agencyMotorcades } from "@/lib/arrivals/queries";
import { motorcadeParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "tasks.read", params: motorcadeParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const agencyId = actor.role === "AGENCY" ? actor.agencyId : input.agency;
  if (!agencyId) throw new NotFoundError();
  const rows = await agencyMotorcades(db, actor, summit.id, agencyId);
  const body = input.format === "ics" ? motorcadeIcs(rows, input.lang) : motorcadeCsv(rows, input.lang, summit.timeZone);
  return attachmentResponse(new TextEncoder().encode(body), input.format, `motorcades-${input.lang}.${input.format}`);
});
