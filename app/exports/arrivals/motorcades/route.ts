// /exports/arrivals/motorcades?agency=<id>&format=pdf|csv|ics&lang=en|nl — the motorcades an agency's tasks
// ride with, and its task with each: a coordinator gets their own agency's; staff name the agency.
// The PDF is made on the export worker pool; a full pool answers 503 with Retry-After.
import { motorcadeCsv, motorcadeIcs } from "@/lib/arrivals/internal/documents";
import { renderArrivalDocument } from "@/lib/arrivals/internal/render";
import { agencyMotorcades, motorcadeAgencyName } from "@/lib/arrivals/queries";
import { motorcadeParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse, exportFailureResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "tasks.read", params: motorcadeParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const agencyId = actor.role === "AGENCY" ? actor.agencyId : input.agency;
  if (!agencyId) throw new NotFoundError();
  // Another summit's agency is not found, whatever the format.
  const agencyName = await motorcadeAgencyName(db, actor, summit.id, agencyId);
  const rows = await agencyMotorcades(db, actor, summit.id, agencyId);
  const file = `motorcades-${input.lang}.${input.format}`;
  if (input.format !== "pdf") {
    const body = input.format === "ics" ? motorcadeIcs(rows, input.lang) : motorcadeCsv(rows, input.lang, summit.timeZone);
    return attachmentResponse(new TextEncoder().encode(body), input.format, file);
  }
  try {
    const body = await renderArrivalDocument({ kind: "motorcades", rows, agencyName, lang: input.lang, timeZone: summit.timeZone });
    return attachmentResponse(body, "pdf", file);
  } catch (error) {
    const answer = exportFailureResponse(error, input.lang);
    if (answer) return answer;
    throw error;
  }
});
