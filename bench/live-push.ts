// Live updates under load: 200 open event streams across two "instances" (two hubs, each with its
// own database client and its own LISTEN connection, as two app processes have) on one
// PostgreSQL database. A planner's change is committed beside them; measured is the time from its
// COMMIT being sent to each stream reading its event (p50/p95/max), against a bare LISTEN/NOTIFY
// round trip (NOTIFY sent, notification received) in the same run, and the memory an idle stream
// costs (RSS and heap slope from 0 to 200 streams). The change is written on a plain connection
// with what recordAudit writes (the entry and its notice, the same payload), so the clock starts
// at the commit itself: through Prisma's interactive transaction it would also count the writing
// client's own work before its COMMIT goes out (several ms on a busy machine), none of it fan-out.
// The same commits' arrival at a bare listener is reported beside, to show the database's share.
//
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx --expose-gc bench/live-push.ts
//
// `npm run bench` runs it too, once per run after the scales (it needs no generated summit), and
// reports it with the other figures (report.ts, "Live push fan-out").
//
// Streams are opened with openEventStream, the function the route handler returns; Next's HTTP
// layer is not included (e2e/live-instances.spec.ts runs the real thing behind nginx). Needs a
// PostgreSQL server: with the embedded database there is one instance and no LISTEN connection.
import pg from "pg";

import { randomUUID } from "node:crypto";

import { CHANGE_CHANNEL } from "@/lib/audit";
import { entryNoticeStatement } from "@/lib/audit/internal/notice";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient, type Db } from "@/lib/db";
import { createPushHub, openEventStream, type PushHub } from "@/lib/push";

import { installSignalHandlers, onCleanup, runCleanups } from "./cleanup";
import { checkServer, openDatabase } from "./database";
import { summarize, type Summary } from "./stats";

export const STREAMS = 200;
const CHANGES = 30;
const ROUND_TRIPS = 200;

export type LivePushFigures = {
  streams: number;
  changes: number;
  roundTrip: Summary;
  /** The same commits, COMMIT sent to a bare listener's notification: the database's share. */
  commitToListener: Summary;
  /** Each event after the bare listener heard its commit: the app's share (hub, audience, stream). */
  appShare: Summary;
  delivery: { p50: number; p95: number; max: number; samples: number };
  /** Medians for planners' streams (told before the audience is resolved) and liaisons'. */
  medians: { staff: number; liaisons: number };
  /** Medians per instance: the second's notice waits for the first's fan-out in this one process. */
  instances: { first: number; second: number };
  ratioP95: number;
  missed: number;
  bytesPerStream: { rss: number; heap: number };
  met: { latency: boolean; memory: boolean };
};

const settle = async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function bareRoundTrip(url: string): Promise<Summary> {
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Client({ connectionString: url });
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query("LISTEN bench_round_trip");
  const samples: number[] = [];
  for (let i = 0; i < ROUND_TRIPS + 20; i++) {
    const received = new Promise<void>((resolve) => listener.once("notification", () => resolve()));
    const started = performance.now();
    await sender.query(`NOTIFY bench_round_trip, '${i}'`);
    await received;
    if (i >= 20) samples.push(performance.now() - started);
  }
  await Promise.all([listener.end(), sender.end()]);
  return summarize(samples);
}

async function fixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "push-bench", name: "Push bench", host: "Bench", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const delegation = await db.delegation.create({ data: { summitId: summit.id, code: "XA", name: "Benchland", kind: "ALLY" } });
  const item = await db.programmeItem.create({
    data: { summitId: summit.id, kind: "PLENARY", title: "Plenary", status: "CONFIRMED", visibility: "ALL_DELEGATIONS", startsAt: new Date("2025-06-24T08:00:00Z"), endsAt: new Date("2025-06-24T09:00:00Z") },
  });
  const actors: Actor[] = [];
  for (let i = 0; i < STREAMS; i++) {
    const liaison = i % 2 === 1;
    const user = await db.user.create({
      data: {
        email: `push-${i}@bench.example`,
        name: `Reader ${i}`,
        passwordHash: "x",
        role: liaison ? "LIAISON" : "PLANNER",
        currentSummitId: liaison ? null : summit.id,
        ...(liaison ? { liaisons: { create: { delegationId: delegation.id } } } : {}),
      },
    });
    actors.push({ userId: user.id, name: user.name, email: user.email, role: user.role, delegationIds: liaison ? [delegation.id] : [], agencyId: null, mustChangePassword: false });
  }
  return { summit, item, writer: actors[0], actors };
}

/** One change as recordAudit writes it (entry and notice) on a plain connection; returns when its COMMIT was sent. */
async function commitChange(writer: pg.Client, fx: Awaited<ReturnType<typeof fixture>>, committed: Promise<void>): Promise<number> {
  const id = `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  await writer.query("BEGIN");
  await writer.query(
    `INSERT INTO "AuditEntry" (id, "actorId", "actorName", "summitId", entity, "entityId", action) VALUES ($1, $2, $3, $4, 'ProgrammeItem', $5, 'update')`,
    [id, fx.writer.userId, fx.writer.name, fx.summit.id, fx.item.id],
  );
  const notice = entryNoticeStatement({ summitId: fx.summit.id, entity: "ProgrammeItem", entityId: fx.item.id }, id);
  await writer.query(notice.text, notice.values);
  const started = performance.now();
  await writer.query("COMMIT");
  await committed;
  return started;
}

type Reader = { received: number[]; cancel: () => Promise<void> };

async function openStream(db: Db, hub: PushHub, actor: Actor): Promise<Reader> {
  const response = await openEventStream(db, actor, new Request("http://bench/api/events"), hub);
  const reader = response.body!.getReader();
  const out: Reader = { received: [], cancel: () => reader.cancel().catch(() => {}) };
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (done) return;
      if (decoder.decode(value).includes("event: change")) out.received.push(performance.now());
    }
  })();
  return out;
}

export async function benchLivePush(url: string): Promise<LivePushFigures> {
  const dbA = createPrismaClient(url, 4);
  const dbB = createPrismaClient(url, 4);
  const disconnect = onCleanup("push bench clients", async () => {
    await dbA.$disconnect();
    await dbB.$disconnect();
  });
  const fx = await fixture(dbA);
  const hubA = createPushHub(dbA, url);
  const hubB = createPushHub(dbB, url);
  const closeHubs = onCleanup("push bench hubs", async () => {
    await hubA.close();
    await hubB.close();
  });
  await Promise.all([hubA.start(), hubB.start()]);
  const roundTrip = await bareRoundTrip(url);

  // Warm both paths once (first queries plan and prepare), then measure memory from zero streams.
  const warm = await openStream(dbB, hubB, fx.actors[0]);
  await recordAudit(dbA, { actor: fx.writer, summitId: fx.summit.id, entity: "ProgrammeItem", entityId: fx.item.id, action: "update" });
  await new Promise((r) => setTimeout(r, 200));
  await warm.cancel();
  await settle();
  const before = process.memoryUsage();

  // Memory at 0, 50, …, 200 open streams; the per-stream cost is the least-squares slope.
  const readers: Reader[] = [];
  const points: { n: number; rss: number; heap: number }[] = [{ n: 0, rss: before.rss, heap: before.heapUsed }];
  // Each instance holds planners and liaisons alike (readers 0 and 1 on the first, 2 and 3 on the
  // second, …), so the roles' medians do not compare one instance with the other.
  const onFirst = (i: number) => Math.floor(i / 2) % 2 === 0;
  for (const [i, actor] of fx.actors.entries()) {
    readers.push(await openStream(onFirst(i) ? dbA : dbB, onFirst(i) ? hubA : hubB, actor));
    if ((i + 1) % 50 === 0) {
      await settle();
      const m = process.memoryUsage();
      points.push({ n: i + 1, rss: m.rss, heap: m.heapUsed });
    }
  }

  // The writer, and a bare listener on the app's channel that hears the same commits.
  const writer = new pg.Client({ connectionString: url });
  const bare = new pg.Client({ connectionString: url });
  await Promise.all([writer.connect(), bare.connect()]);
  await bare.query(`LISTEN ${pg.escapeIdentifier(CHANGE_CHANNEL)}`);
  const delays: number[] = [];
  // Whose each delay is (the reader's index).
  const owners: number[] = [];
  const database: number[] = [];
  // Each event's time after the bare listener heard the same commit: what the app's path adds. The
  // bare listener is served by this thread too, after the hubs when their notices arrive together,
  // so once the hubs deliver without reading this falls below zero.
  const afterListener: number[] = [];
  let missed = 0;
  for (let change = 0; change < CHANGES; change++) {
    const counts = readers.map((r) => r.received.length);
    let heard = 0;
    const committed = new Promise<void>((resolve) => bare.once("notification", () => resolve(void (heard = performance.now()))));
    const started = await commitChange(writer, fx, committed);
    database.push(heard - started);
    const deadline = performance.now() + 2_000;
    while (readers.some((r, i) => r.received.length <= counts[i]) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
    for (const [i, r] of readers.entries()) {
      if (r.received.length > counts[i]) {
        delays.push(r.received[counts[i]] - started);
        owners.push(i);
        afterListener.push(r.received[counts[i]] - heard);
      }
      else missed++;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  for (const r of readers) await r.cancel();
  await Promise.all([writer.end(), bare.end()]);
  // Inside npm run bench the database is dropped next: nothing may still hold a connection to it.
  await closeHubs();
  await disconnect();

  const sorted = [...delays].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const delivery = { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN, samples: sorted.length };
  const p95 = delivery.p95;
  const slope = (pick: (p: (typeof points)[number]) => number) => {
    const mx = points.reduce((a, p) => a + p.n, 0) / points.length;
    const my = points.reduce((a, p) => a + pick(p), 0) / points.length;
    return points.reduce((a, p) => a + (p.n - mx) * (pick(p) - my), 0) / points.reduce((a, p) => a + (p.n - mx) ** 2, 0);
  };
  const bytesPerStream = { rss: slope((p) => p.rss), heap: slope((p) => p.heap) };
  const medianOf = (pick: (reader: number) => boolean) => {
    const mine = delays.filter((_, k) => pick(owners[k])).sort((a, b) => a - b);
    return mine[Math.floor(mine.length / 2)];
  };
  const medians = { staff: medianOf((i) => fx.actors[i].role === "PLANNER"), liaisons: medianOf((i) => fx.actors[i].role === "LIAISON") };
  const instances = { first: medianOf(onFirst), second: medianOf((i) => !onFirst(i)) };
  const ratioP95 = p95 / roundTrip.median;
  return { streams: STREAMS, changes: CHANGES, roundTrip, commitToListener: summarize(database), appShare: summarize(afterListener), delivery, medians, instances, ratioP95, missed, bytesPerStream, met: { latency: ratioP95 <= 20 && missed === 0, memory: bytesPerStream.rss <= 50 * 1024 } };
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    console.log("live push: not measured (needs BENCH_DATABASE_URL: two instances listen on a PostgreSQL server; the embedded database serves one)");
    return;
  }
  installSignalHandlers();
  await checkServer(serverUrl);
  const db = await openDatabase(serverUrl);
  const f = await benchLivePush(db.url);
  await db.close();
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`live push, ${f.streams} streams on two instances, ${f.changes} changes:`);
  console.log(`  bare LISTEN/NOTIFY round trip: median ${ms(f.roundTrip.median)}`);
  console.log(`  the same commits at a bare listener: median ${ms(f.commitToListener.median)}, max ${ms(f.commitToListener.max)}`);
  console.log(`  each event after that listener: median ${ms(f.appShare.median)}, p75 ${ms(f.appShare.p75)}, max ${ms(f.appShare.max)}`);
  console.log(`  commit to event: p50 ${ms(f.delivery.p50)}, p95 ${ms(f.delivery.p95)}, max ${ms(f.delivery.max)}; missed ${f.missed}`);
  console.log(`  medians: planners ${ms(f.medians.staff)}, liaisons ${ms(f.medians.liaisons)}; first instance ${ms(f.instances.first)}, second ${ms(f.instances.second)}`);
  console.log(`  p95 / round trip: ${f.ratioP95.toFixed(1)}× (target ≤ 20×) ${f.met.latency ? "met" : "MISSED"}`);
  console.log(`  per idle stream: RSS ${(f.bytesPerStream.rss / 1024).toFixed(1)} KB, heap ${(f.bytesPerStream.heap / 1024).toFixed(1)} KB (target ≤ 50 KB RSS) ${f.met.memory ? "met" : "MISSED"}`);
}

if (process.argv[1]?.endsWith("live-push.ts")) {
  main()
    .catch((error: unknown) => {
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => runCleanups());
}
