// /import/export/{kind}: the current summit's data of one kind, in its template's shape, to edit
// in Excel and import again.
import { z } from "zod";
import { defineRoute } from "@/lib/auth/gate";
import { IMPORT_KINDS } from "@/lib/import/fields";
import { xlsxDownload } from "@/lib/import/respond";
import { exportWorkbook } from "@/lib/import/templates";
import { requireCurrentSummit } from "@/lib/summits/require-summit";

export const GET = defineRoute({ permission: "data.import", params: z.object({ kind: z.enum(IMPORT_KINDS) }) }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  return xlsxDownload(await exportWorkbook(db, { id: summit.id, timeZone: summit.timeZone, days: summit.days }, input.kind), `${summit.slug}-${input.kind}.xlsx`);
});
