// One listening connection per instance: a pg Client (not one of the pool's) that LISTENs on the
// change channel, reconnects after a drop with a growing pause, and says when it has (re)connected
// so open pages can re-read what they may have missed meanwhile. The same connection reads a
// notice's audience when the notice could not carry it: it is open and idle between notices, and
// it has just heard the commit.
import pg from "pg";
import { rowsOn, type ReadRows } from "../queries";

export type ListenerEvents = {
  /** A notice, with reads on the connection that heard it. */
  notice: (payload: string, read: ReadRows) => void;
  /** After a reconnection (not the first connection): notices may have been missed. */
  resumed: () => void;
};

export type Listener = { ready: Promise<void>; close: () => Promise<void> };

const MIN_PAUSE_MS = 250;
const MAX_PAUSE_MS = 10_000;

export function startListener(connectionString: string, channel: string, on: ListenerEvents): Listener {
  let client: pg.Client | null = null;
  let closed = false;
  let connectedOnce = false;
  let pause = MIN_PAUSE_MS;
  let timer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, pause);
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString, application_name: "summit-live-push" });
    client = next;
    const read = rowsOn(next);
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload) on.notice(message.payload, read);
    });
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = null;
      if (!closed) console.error(`live updates: listening connection lost${error ? ` (${error.message})` : ""}; reconnecting`);
      next.removeAllListeners("notification");
      void next.end().catch(() => {});
      retry();
    };
    next.on("error", lost);
    next.on("end", () => lost());
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      lost(error instanceof Error ? error : undefined);
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    pause = MIN_PAUSE_MS;
    if (connectedOnce) on.resumed();
    connectedOnce = true;
    markReady();
  }

  void connect();
  return {
    ready,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      markReady();
      if (current) await current.end().catch(() => {});
    },
  };
}
