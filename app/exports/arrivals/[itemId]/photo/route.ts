// /exports/arrivals/<itemId>/photo?lang=en|nl — the family photo's line-up by precedence, as PDF (planners),
// made on the export worker pool; a full pool answers 503 with Retry-After, as other exports do.
import { renderArrivalDocument } from "@/lib/arrivals/internal/render";
import { getPrecedence, getSequenceOfItem } from "@/lib/arrivals/queries";
import { photoParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse, exportFailureResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "arrivals.manage", params: photoParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const view = await getSequenceOfItem(db, actor, summit.id, input.itemId);
  if (!view) throw new NotFoundError();
  const precedence = await getPrecedence(db, actor, summit.id);
  try {
    const body = await renderArrivalDocument({ kind: "photo", view, precedenceOrder: precedence.rows.map((r) => r.delegationId), host: view.greeter, lang: input.lang });
    return attachmentResponse(body, "pdf", `family-photo-${input.lang}.pdf`);
  } catch (error) {
    const answer = exportFailureResponse(error, input.lang);
    if (answer) return answer;
    throw error;
  }
});
