// One Server-Sent Events stream: a retry delay for the browser's reconnection, an id on every
// event, a comment line as heartbeat (so proxies keep the connection open and a dead one is
// noticed), and on a reconnection (Last-Event-ID) one resync event: the page re-reads once
// rather than the server replaying what it missed.
import type { LiveEvent } from "../types";
import type { PushHub, Subscriber } from "./hub";

export const HEARTBEAT_MS = 15_000;
export const RETRY_MS = 2_000;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: Next's compression and proxies must not buffer the stream.
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx: pass each event on as it comes (deploy/nginx.conf turns buffering off too).
  "X-Accel-Buffering": "no",
} as const;

let sequence = 0;
const nextId = () => `${Date.now().toString(36)}-${(sequence++).toString(36)}`;

export function encodeEvent(event: LiveEvent): string {
  return `id: ${nextId()}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;
}

export type StreamOptions = {
  hub: PushHub;
  subscriber: Omit<Subscriber, "deliver" | "close">;
  /** The browser reconnected after a drop: it may have missed events. */
  resumed: boolean;
  signal?: AbortSignal;
  heartbeatMs?: number;
};

export function eventStream({ hub, subscriber, resumed, signal, heartbeatMs = HEARTBEAT_MS }: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const finish = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        signal?.removeEventListener("abort", finish);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const unsubscribe = hub.subscribe({ ...subscriber, deliver: (event) => write(encodeEvent(event)), close: finish } as Subscriber);
      const heartbeat = setInterval(() => write(": ping\n\n"), heartbeatMs);
      heartbeat.unref?.();
      signal?.addEventListener("abort", finish);
      cleanup = finish;
      write(`retry: ${RETRY_MS}\n: connected\n\n`);
      if (resumed) write(encodeEvent({ topics: ["*"] }));
    },
    cancel() {
      cleanup();
    },
  });
}
