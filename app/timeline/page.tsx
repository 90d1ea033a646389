import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";
import { NoSummit } from "@/components/summits/no-summit";

export default async function TimelineIndex() {
  const actor = await requireActor("programme.edit");
  const summit = await getCurrentSummit(getDb(), actor);
  if (!summit) return <NoSummit actor={actor} />;
  const today = isoDayOf(new Date(), summit.timeZone);
  redirect(`/timeline/${summit.days.includes(today) ? today : summit.days[0]}`);
}
