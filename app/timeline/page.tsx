import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";

export default async function TimelineIndex() {
  await requireActor("programme.edit");
  const summit = await getCurrentSummit(getDb());
  if (!summit) return <EmptyState title="No summit yet">Create a summit first.</EmptyState>;
  const today = isoDayOf(new Date(), summit.timeZone);
  redirect(`/timeline/${summit.days.includes(today) ? today : summit.days[0]}`);
}
