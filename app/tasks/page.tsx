import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";
import { NoSummit } from "@/components/summits/no-summit";

/** An agency's home: today's tasks during the summit, else its first day. */
export default async function TasksIndex() {
  const actor = await requireActor("tasks.read");
  const summit = await getCurrentSummit(getDb(), actor);
  if (!summit) return <NoSummit actor={actor} />;
  const today = isoDayOf(new Date(), summit.timeZone);
  redirect(`/tasks/${summit.days.includes(today) ? today : summit.days[0]}`);
}
