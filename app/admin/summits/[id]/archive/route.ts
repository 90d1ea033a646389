// /admin/summits/<id>/archive: the summit's archive as a gzip-compressed JSON download
// (docs/summit-archive.md), for administrators. Anyone else, and an unknown id, gets the bare 404.
import { z } from "zod";
import { exportSummit, serializeArchive } from "@/lib/archive/export";
import { archiveFileName } from "@/lib/archive/format";
import { defineRoute } from "@/lib/auth/gate";
import { text } from "@/lib/validation";

export const GET = defineRoute({ permission: "summits.manage", params: z.object({ id: text().min(1).max(200) }) }, async ({ db, input }) => {
  const now = new Date();
  const archive = await exportSummit(db, input.id, now);
  return new Response(serializeArchive(archive, { gzip: true }) as BodyInit, {
    status: 200,
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${archiveFileName(archive.content.summit.slug, now)}"`,
      "cache-control": "private, no-store",
    },
  });
});
