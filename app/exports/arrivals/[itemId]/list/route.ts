// /exports/arrivals/<itemId>/list?format=pdf|xlsx&lang=en|nl — the arrival list for protocol (planners),
// made on the export worker pool; a full pool answers 503 with Retry-After, as other exports do.
import { renderArrivalDocument } from "@/lib/arrivals/internal/render";
import { getSequenceOfItem } from "@/lib/arrivals/queries";
import { arrivalListParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse, exportFailureResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "arrivals.manage", params: arrivalListParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const view = await getSequenceOfItem(db, actor, summit.id, input.itemId);
  if (!view) throw new NotFoundError();
  try {
    const body = await renderArrivalDocument({ kind: "list", format: input.format, view, lang: input.lang, timeZone: summit.timeZone });
    return attachmentResponse(body, input.format, `arrivals-${input.lang}.${input.format}`);
  } catch (error) {
    const answer = exportFailureResponse(error, input.lang);
    if (answer) return answer;
    throw error;
  }
});
