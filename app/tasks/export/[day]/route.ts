// The agency's day as CSV: the same scoped query as /tasks/[day], so a coordinator's file holds
// their own agency's tasks only. PDF and iCalendar are not built yet.
import { z } from "zod";
import { tasksCsv } from "@/lib/agencies/export-csv";
import { mayReadTaskStaffNotes } from "@/lib/agencies/policy";
import { listTasks, taskDays } from "@/lib/agencies/queries";
import { defineRoute } from "@/lib/auth/gate";
import { NotFoundError } from "@/lib/errors";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

const params = z.object({
  day: z.string().refine(isIsoDay, "Use a day as YYYY-MM-DD."),
  agency: z.string().min(1).max(64).optional(),
});

export const GET = defineRoute({ permission: "tasks.read", params }, async ({ db, actor, input }) => {
  const summit = await getCurrentSummit(db);
  if (!summit || !(await taskDays(db, actor, summit)).includes(input.day)) throw new NotFoundError();
  const tasks = await listTasks(db, actor, summit, { day: input.day, agencyId: input.agency ?? null });
  return new Response(tasksCsv(tasks, summit.timeZone, { staffNotes: mayReadTaskStaffNotes(actor) }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="tasks-${input.day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
