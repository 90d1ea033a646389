// /arrivals/<itemId>/photo?lang=en|nl — the family photo's line-up by precedence, as PDF (planners).
import { familyPhotoPdf } from "@/lib/arrivals/internal/documents";
import { getPrecedence, getSequenceOfItem } from "@/lib/arrivals/queries";
import { photoParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "arrivals.manage", params: photoParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const view = await getSequenceOfItem(db, actor, summit.id, input.itemId);
  if (!view) throw new NotFoundError();
  const precedence = await getPrecedence(db, actor, summit.id);
  const body = await familyPhotoPdf(view, precedence.rows.map((r) => r.delegationId), view.greeter, input.lang);
  return attachmentResponse(new Uint8Array(body), "pdf", `family-photo-${input.lang}.pdf`);
});
