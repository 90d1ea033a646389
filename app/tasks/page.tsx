import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";

/** An agency's home: today's tasks during the summit, else its first day. */
export default async function TasksIndex() {
  await requireActor("tasks.read");
  const summit = await getCurrentSummit(getDb());
  if (!summit) return <EmptyState title="No summit yet">A planner or admin has not created a summit.</EmptyState>;
  const today = isoDayOf(new Date(), summit.timeZone);
  redirect(`/tasks/${summit.days.includes(today) ? today : summit.days[0]}`);
}
