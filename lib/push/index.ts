// Live updates: an open page learns within moments that something it may see changed, and
// re-reads through its own scoped queries. Changes reach every instance through PostgreSQL
// LISTEN/NOTIFY (lib/audit sends a notice inside each writing transaction); each instance keeps
// one listening connection and its own open streams (internal/hub.ts).
import { noticesInProcess } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { getDb, type DbOrTx } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { PushHub, type HubOptions } from "./internal/hub";
import { EVENT_STREAM_HEADERS, eventStream } from "./internal/stream";

export { PushHub } from "./internal/hub";
export { mayHear } from "./policy";
export { resolveAudience, rowsOn, rowsThrough, topicsOf, type ReadRows } from "./queries";
export type { Audience, LiveEvent, Topic } from "./types";

export const summitIdOf = async (db: DbOrTx, actor: Actor): Promise<string | null> => (await getCurrentSummit(db, actor))?.id ?? null;

/** A hub with the app's own rules for sessions and summits; tests make several, the app one. */
export function createPushHub(db: DbOrTx, connectionString: string | null): PushHub {
  const options: HubOptions = {
    db,
    connectionString,
    reloadActor: (d, userId, sessionVersion) => loadActor(d, userId, { sessionVersion }),
    summitOf: summitIdOf,
  };
  return new PushHub(options);
}

const LISTEN_WAIT_MS = 3_000;

const globalForPush = globalThis as unknown as { pushHub?: PushHub };

/** This process's hub, started on the first stream. */
export function getPushHub(): PushHub {
  globalForPush.pushHub ??= createPushHub(getDb(), noticesInProcess() ? null : (process.env.DATABASE_URL ?? null));
  return globalForPush.pushHub;
}

/**
 * The actor's event stream (the route has authenticated them). The session version is read
 * now, as the actor was just loaded with it, so a later revocation closes the stream.
 */
export async function openEventStream(db: DbOrTx, actor: Actor, request: Request, hub: PushHub = getPushHub()): Promise<Response> {
  const [user, summitId] = await Promise.all([db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } }), summitIdOf(db, actor)]);
  if (!user) return new Response("Not signed in", { status: 401 });
  // Wait for the listening connection, briefly: if the database is slow to answer, the stream
  // opens anyway and the hub goes on connecting.
  await Promise.race([hub.start(), new Promise((resolve) => setTimeout(resolve, LISTEN_WAIT_MS))]);
  const body = eventStream({
    hub,
    subscriber: { actor, sessionVersion: user.sessionVersion, summitId },
    resumed: request.headers.has("last-event-id"),
    signal: request.signal,
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
