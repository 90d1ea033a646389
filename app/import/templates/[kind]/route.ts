// /import/templates/{kind}: the .xlsx template for one kind of import (headers, an example row,
// an explanation sheet).
import { z } from "zod";
import { defineRoute } from "@/lib/auth/gate";
import { IMPORT_KINDS } from "@/lib/import/fields";
import { xlsxDownload } from "@/lib/import/respond";
import { templateWorkbook } from "@/lib/import/templates";

export const GET = defineRoute({ permission: "data.import", params: z.object({ kind: z.enum(IMPORT_KINDS) }) }, async ({ input }) =>
  xlsxDownload(await templateWorkbook(input.kind), `template-${input.kind}.xlsx`),
);
