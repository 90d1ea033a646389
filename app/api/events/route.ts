// Live updates for the signed-in reader's open pages (Server-Sent Events): lib/push.
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { openEventStream } from "@/lib/push";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) {
    return new Response("Not signed in", { status: 401, headers: { "content-type": "text/plain", "cache-control": "no-store" } });
  }
  return openEventStream(getDb(), actor, request);
}
