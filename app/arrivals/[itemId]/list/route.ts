// /arrivals/<itemId>/list?format=pdf|xlsx&lang=en|nl — the arrival list for protocol (planners).
import { arrivalListPdf, arrivalListXlsx } from "@/lib/arrivals/internal/documents";
import { getSequenceOfItem } from "@/lib/arrivals/queries";
import { arrivalListParamsSchema } from "@/lib/arrivals/schema";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse } from "@/lib/exports";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "arrivals.manage", params: arrivalListParamsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const view = await getSequenceOfItem(db, actor, summit.id, input.itemId);
  if (!view) throw new NotFoundError();
  const body = input.format === "pdf" ? new Uint8Array(await arrivalListPdf(view, input.lang, summit.timeZone)) : await arrivalListXlsx(view, input.lang, summit.timeZone);
  return attachmentResponse(body, input.format, `arrivals-${input.lang}.${input.format}`);
});
