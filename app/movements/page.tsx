import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";

export default async function MovementsIndex() {
  await requireActor("movements.edit");
  const summit = await getCurrentSummit(getDb());
  if (!summit) return <EmptyState title="No summit yet">A planner or admin has not created a summit.</EmptyState>;
  const today = isoDayOf(new Date(), summit.timeZone);
  redirect(`/movements/${summit.days.includes(today) ? today : summit.days[0]}`);
}
