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

const encoder = new TextEncoder();
/** One change goes to many streams as the same object: encoded once, the same bytes (and id) for all. */
const encoded = new WeakMap<LiveEvent, Uint8Array>();
function bytesOf(event: LiveEvent): Uint8Array {
  let bytes = encoded.get(event);
  if (!bytes) encoded.set(event, (bytes = encoder.encode(encodeEvent(event))));
  return bytes;
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
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string | Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(typeof text === "string" ? encoder.encode(text) : text);
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
      const unsubscribe = hub.subscribe({ ...subscriber, deliver: (event) => write(bytesOf(event)), close: finish });
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
