// The agency's day as CSV (the default), XLSX, PDF or iCalendar, in English or Dutch: the same scoped
// query as /tasks/[day], so a coordinator's file holds their own agency's tasks only.
import { z } from "zod";
import { defineRoute } from "@/lib/auth/gate";
import { exportResponse, loadTasksExport } from "@/lib/exports";
import { EXPORT_FORMATS } from "@/lib/exports/types";
import { langSchema } from "@/lib/i18n";
import { isIsoDay } from "@/lib/time";
import { text } from "@/lib/validation";

const params = z.object({
  day: z.string().refine(isIsoDay, "Use a day as YYYY-MM-DD."),
  format: z.enum(EXPORT_FORMATS).default("csv"),
  lang: langSchema,
  agencyId: text().min(1).max(100).optional(),
});

export const GET = defineRoute({ permission: "tasks.read", params }, async ({ db, actor, input }) => {
  const doc = await loadTasksExport(db, actor, { day: input.day, agencyId: input.agencyId ?? null });
  return exportResponse(doc, input.format, { lang: input.lang }, { fileName: `${doc.fileStem}.${input.format}` });
});
