// One app instance of the live push bench (live-push.ts), in a process of its own as each
// instance of a deployment is: its database client, its hub with its one listening connection,
// and the event streams opened on it, each read here as a browser would read it. The bench asks
// over IPC; every time is on the machine's monotonic clock, which the bench's process shares.
//
//   forked by live-push.ts with `--import tsx`; not run by hand.
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import { createPushHub, openEventStream } from "@/lib/push";

export type InstanceRequest =
  | { kind: "open"; actors: Actor[] }
  | { kind: "close" }
  | { kind: "memory" }
  | { kind: "mark" }
  | { kind: "await"; until: number }
  | { kind: "end" };

export type Memory = { rss: number; heap: number };

const clock = () => Number(process.hrtime.bigint()) / 1e6;

const settle = async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
};

type Reader = { received: number[]; cancel: () => Promise<void> };

const url = process.env.BENCH_INSTANCE_URL;
if (!url) throw new Error("BENCH_INSTANCE_URL is not set");
const db = createPrismaClient(url, 4);
const hub = createPushHub(db, url);
let readers: Reader[] = [];
let marks: number[] = [];

async function openStream(actor: Actor): Promise<Reader> {
  const response = await openEventStream(db, actor, new Request("http://bench/api/events"), hub);
  const reader = response.body!.getReader();
  const out: Reader = { received: [], cancel: () => reader.cancel().catch(() => {}) };
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (done) return;
      if (decoder.decode(value).includes("event: change")) out.received.push(clock());
    }
  })();
  return out;
}

/** Each stream's first event since the mark, or null; answered once all have one or at `until`. */
async function awaitEvents(until: number): Promise<(number | null)[]> {
  const heard = () => readers.every((r, i) => r.received.length > marks[i]);
  while (!heard() && clock() < until) await new Promise((r) => setTimeout(r, 1));
  return readers.map((r, i) => r.received[marks[i]] ?? null);
}

async function answer(request: InstanceRequest): Promise<unknown> {
  switch (request.kind) {
    case "open":
      for (const actor of request.actors) readers.push(await openStream(actor));
      return readers.length;
    case "close":
      for (const r of readers) await r.cancel();
      readers = [];
      return 0;
    case "memory": {
      await settle();
      const m = process.memoryUsage();
      return { rss: m.rss, heap: m.heapUsed } satisfies Memory;
    }
    case "mark":
      marks = readers.map((r) => r.received.length);
      return marks.length;
    case "await":
      return awaitEvents(request.until);
    case "end":
      for (const r of readers) await r.cancel();
      await hub.close();
      await db.$disconnect();
      return "ended";
  }
}

// The bench that forked this process is gone (it failed, or was stopped): nothing to answer for.
process.on("disconnect", () => process.exit(1));
process.on("message", (message: { id: number; request: InstanceRequest }) => {
  answer(message.request).then(
    // Once "end" is answered, the process exits (its reply sent first).
    (value) => process.send!({ id: message.id, value }, () => (message.request.kind === "end" ? process.exit(0) : undefined)),
    (error: unknown) => process.send!({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
hub.start().then(
  () => process.send!({ id: 0, value: "ready" }),
  (error: unknown) => process.send!({ id: 0, error: error instanceof Error ? error.message : String(error) }),
);
