// Live updates under load: 200 open event streams across two app instances on one PostgreSQL
// database. Each instance is a process of its own (live-push-instance.ts: its database client,
// its hub with one LISTEN connection, and its streams, each read there as a browser would), as
// two app processes are. A planner's change is committed from this process; measured is the time
// from its commit to each stream reading its event (p50/p95/max), against a bare LISTEN/NOTIFY
// round trip (NOTIFY sent, notification received) in the same run, and the memory an idle stream
// costs (the instances' resident memory and heap, slope from 0 to 200 streams). The change is
// written on a plain connection with what recordAudit writes (the entry and its notice, the same
// payload): through Prisma's interactive transaction the clock would also count the writing
// client's own work before its COMMIT goes out, none of it fan-out.
//
// When is "commit"? A transaction that writes is committed once PostgreSQL has flushed its commit
// record to disk; only then does it answer COMMIT and signal the listeners. That flush is the
// disk's, and any write pays it whether anyone listens or not; a bare NOTIFY writes nothing and
// does not wait for it. So the target's figure starts when COMMIT is answered. The time from
// COMMIT being sent, flush included, is reported beside it, and so is the same commit's arrival
// at a bare listener in this process. Times are on the machine's monotonic clock, which the
// instances' processes share.
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

import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";

import { CHANGE_CHANNEL } from "@/lib/audit";
import { entryNoticeStatement } from "@/lib/audit/internal/notice";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient, type Db } from "@/lib/db";

import { installSignalHandlers, onCleanup, runCleanups } from "./cleanup";
import { checkServer, openDatabase } from "./database";
import type { InstanceRequest, Memory } from "./live-push-instance";
import { summarize, type Summary } from "./stats";

export const STREAMS = 200;
const CHANGES = 30;
const ROUND_TRIPS = 200;

export type LivePushFigures = {
  streams: number;
  changes: number;
  roundTrip: Summary;
  /** COMMIT sent to COMMIT answered: the commit record's flush, which a bare NOTIFY does not wait for. */
  flush: Summary;
  /** The same commits, COMMIT sent to a bare listener's notification: the database's share. */
  commitToListener: Summary;
  /** Each event after the bare listener heard its commit: the app's share (hub, audience, stream). */
  appShare: Summary;
  /** COMMIT answered to each stream's event: the target's figure. */
  delivery: { p50: number; p95: number; max: number; samples: number };
  /** COMMIT sent to each stream's event, the flush included. */
  fromSent: { p50: number; p95: number; max: number };
  /** Medians for planners' streams (told before the audience is resolved) and liaisons'. */
  medians: { staff: number; liaisons: number };
  /** Medians per instance. */
  instances: { first: number; second: number };
  ratioP95: number;
  missed: number;
  bytesPerStream: { rss: number; heap: number };
  /** The instances' memory, summed, at 0, 50, …, 200 open streams: the points of the slope. */
  memory: { n: number; rss: number; heap: number }[];
  met: { latency: boolean; memory: boolean };
};

/** One clock for this thread and the writer's: the process's monotonic clock, in ms. */
const clock = () => Number(process.hrtime.bigint()) / 1e6;

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

/** One change as recordAudit writes it (entry and notice): when its COMMIT was sent and when answered. */
async function commitChange(writer: pg.Client, fx: Awaited<ReturnType<typeof fixture>>): Promise<{ sent: number; answered: number }> {
  const id = `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  await writer.query("BEGIN");
  await writer.query(
    `INSERT INTO "AuditEntry" (id, "actorId", "actorName", "summitId", entity, "entityId", action) VALUES ($1, $2, $3, $4, 'ProgrammeItem', $5, 'update')`,
    [id, fx.writer.userId, fx.writer.name, fx.summit.id, fx.item.id],
  );
  const notice = entryNoticeStatement({ summitId: fx.summit.id, entity: "ProgrammeItem", entityId: fx.item.id }, id);
  await writer.query(notice.text, notice.values);
  const sent = clock();
  await writer.query("COMMIT");
  return { sent, answered: clock() };
}

/** An instance's process, a way to ask it, and a way to end it (live-push-instance.ts). */
type Instance = { ask: <T>(request: InstanceRequest) => Promise<T>; stop: () => Promise<void> };

/** The longest any one answer of an instance may take (opening 50 streams is the longest). */
const ANSWER_TIMEOUT_MS = 60_000;

/** Settles with `promise`, or fails after `ms`: nothing in this bench may wait forever. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function startInstance(url: string, name: string): Promise<Instance> {
  const child = fork(path.join(__dirname, "live-push-instance.ts"), [], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, BENCH_INSTANCE_URL: url },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  // Registered as soon as it is forked: whatever fails next, the process is ended with the bench.
  const stop = onCleanup(`push bench ${name}`, async () => {
    if (!gone()) child.kill();
    await within(exited, 5_000, `${name} exiting`).catch(() => child.kill("SIGKILL"));
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  child.on("message", (message: { id: number; value?: unknown; error?: string }) => {
    const asked = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) asked?.reject(new Error(`${name}: ${message.error}`));
    else asked?.resolve(message.value);
  });
  child.on("exit", (code, signal) => {
    for (const asked of waiting.values()) asked.reject(new Error(`${name} exited (${code ?? signal})`));
    waiting.clear();
  });
  // A failed send (the channel closed) fails its question instead of throwing from the emitter.
  child.on("error", (error) => {
    for (const asked of waiting.values()) asked.reject(error);
    waiting.clear();
  });
  const answer = (id: number) => within(new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject })), ANSWER_TIMEOUT_MS, name);
  await answer(0);
  const ask = <T>(request: InstanceRequest) => {
    if (!child.connected) return Promise.reject(new Error(`${name} is not running`));
    const id = next++;
    const answered = answer(id) as Promise<T>;
    child.send({ id, request }, (error) => {
      if (error) waiting.get(id)?.reject(error);
    });
    return answered;
  };
  return { ask, stop };
}

export async function benchLivePush(url: string): Promise<LivePushFigures> {
  const db = createPrismaClient(url, 4);
  const disconnect = onCleanup("push bench client", () => db.$disconnect());
  const fx = await fixture(db);
  const instances: Instance[] = [];
  try {
    for (const name of ["first instance", "second instance"]) instances.push(await startInstance(url, name));
    return await measure(url, db, fx, instances);
  } finally {
    // Inside npm run bench the database is dropped next: nothing may still hold a connection to it.
    await Promise.all(instances.map((instance) => instance.ask({ kind: "end" }).catch(() => undefined)));
    for (const instance of instances) await instance.stop();
    await disconnect();
  }
}

async function measure(url: string, db: Db, fx: Awaited<ReturnType<typeof fixture>>, instances: Instance[]): Promise<LivePushFigures> {
  const roundTrip = await bareRoundTrip(url);

  // Each instance holds planners and liaisons alike (readers 0 and 1 on the first, 2 and 3 on the
  // second, …), so the roles' medians do not compare one instance with the other.
  const onFirst = (i: number) => Math.floor(i / 2) % 2 === 0;
  const actorsOf = (first: boolean, from: number, to: number) => fx.actors.slice(from, to).filter((_, k) => onFirst(from + k) === first);

  // Warm both instances' paths for planners and liaisons (first queries plan and prepare), with
  // two streams of each on each instance, then measure memory from zero streams.
  await Promise.all(instances.map((instance, k) => instance.ask({ kind: "open", actors: actorsOf(k === 0, 0, 8) })));
  await recordAudit(db, { actor: fx.writer, summitId: fx.summit.id, entity: "ProgrammeItem", entityId: fx.item.id, action: "update" });
  await new Promise((r) => setTimeout(r, 200));
  await Promise.all(instances.map((instance) => instance.ask({ kind: "close" })));

  // Memory at 0, 50, …, 200 open streams, both instances' summed; the per-stream cost is the least-squares slope.
  const memory = async (n: number) => {
    const each = await Promise.all(instances.map((instance) => instance.ask<Memory>({ kind: "memory" })));
    return { n, rss: each.reduce((a, m) => a + m.rss, 0), heap: each.reduce((a, m) => a + m.heap, 0) };
  };
  const points = [await memory(0)];
  for (let from = 0; from < STREAMS; from += 50) {
    await Promise.all(instances.map((instance, k) => instance.ask({ kind: "open", actors: actorsOf(k === 0, from, from + 50) })));
    points.push(await memory(from + 50));
  }
  // Reader i is the instance's k-th: the order each was opened in.
  const readerOf = [0, 1].map((k) => fx.actors.map((_, i) => i).filter((i) => onFirst(i) === (k === 0)));

  // The writer, and a bare listener on the app's channel that hears the same commits.
  const writer = new pg.Client({ connectionString: url });
  const bare = new pg.Client({ connectionString: url });
  await Promise.all([writer.connect(), bare.connect()]);
  await bare.query(`LISTEN ${pg.escapeIdentifier(CHANGE_CHANNEL)}`);
  const delays: number[] = [];
  const fromSent: number[] = [];
  // Whose each delay is (the reader's index).
  const owners: number[] = [];
  const flush: number[] = [];
  const database: number[] = [];
  // Each event's time after the bare listener heard the same commit: what the app's path adds.
  const afterListener: number[] = [];
  let missed = 0;
  for (let change = 0; change < CHANGES; change++) {
    await Promise.all(instances.map((instance) => instance.ask({ kind: "mark" })));
    const heard = new Promise<number>((resolve) => bare.once("notification", () => resolve(clock())));
    const { sent, answered } = await commitChange(writer, fx);
    const listened = await within(heard, 5_000, "the bare listener");
    flush.push(answered - sent);
    database.push(listened - sent);
    const until = clock() + 2_000;
    const events = await Promise.all(instances.map((instance) => instance.ask<(number | null)[]>({ kind: "await", until })));
    events.forEach((times, k) =>
      times.forEach((at, j) => {
        if (at === null) return void missed++;
        delays.push(at - answered);
        fromSent.push(at - sent);
        owners.push(readerOf[k][j]);
        afterListener.push(at - listened);
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all([writer.end(), bare.end()]);

  const quantiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
    return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN, samples: sorted.length };
  };
  const delivery = quantiles(delays);
  const sentQuantiles = quantiles(fromSent);
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
  const byInstance = { first: medianOf(onFirst), second: medianOf((i) => !onFirst(i)) };
  const ratioP95 = p95 / roundTrip.median;
  return {
    streams: STREAMS, changes: CHANGES, roundTrip, flush: summarize(flush), commitToListener: summarize(database), appShare: summarize(afterListener),
    delivery, fromSent: { p50: sentQuantiles.p50, p95: sentQuantiles.p95, max: sentQuantiles.max }, medians, instances: byInstance, ratioP95, missed, bytesPerStream, memory: points,
    met: { latency: ratioP95 <= 20 && missed === 0, memory: bytesPerStream.rss <= 50 * 1024 },
  };
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
  console.log(`  COMMIT sent to answered (the flush): median ${ms(f.flush.median)}, max ${ms(f.flush.max)}`);
  console.log(`  the same commits at a bare listener, from COMMIT sent: median ${ms(f.commitToListener.median)}, max ${ms(f.commitToListener.max)}`);
  console.log(`  each event after that listener: median ${ms(f.appShare.median)}, p75 ${ms(f.appShare.p75)}, max ${ms(f.appShare.max)}`);
  console.log(`  commit (answered) to event: p50 ${ms(f.delivery.p50)}, p95 ${ms(f.delivery.p95)}, max ${ms(f.delivery.max)}; missed ${f.missed}`);
  console.log(`  COMMIT sent to event: p50 ${ms(f.fromSent.p50)}, p95 ${ms(f.fromSent.p95)}, max ${ms(f.fromSent.max)}`);
  console.log(`  medians: planners ${ms(f.medians.staff)}, liaisons ${ms(f.medians.liaisons)}; first instance ${ms(f.instances.first)}, second ${ms(f.instances.second)}`);
  console.log(`  p95 / round trip: ${f.ratioP95.toFixed(1)}× (target ≤ 20×) ${f.met.latency ? "met" : "MISSED"}`);
  console.log(`  instances' RSS at ${f.memory.map((p) => `${p.n}: ${(p.rss / 1048576).toFixed(1)} MB`).join(", ")}`);
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
