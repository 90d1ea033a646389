import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/navigation";
import { requireActor } from "@/lib/auth/session";

export default async function Home() {
  redirect(homeFor(await requireActor()));
}
