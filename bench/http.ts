// Pages over HTTP against `next start`: server time one request at a time (against the raw SQL
// of the same rows), the event-loop delay while each page is requested one at a time (how long
// one request's work holds the loop), then autocannon at 10 and 50 connections (against /api/health on the same
// server, and each page against a floor page of its own size and layout: app/bench/floor) with the
// server's event-loop delay over each run, and its peak memory over all of it.
import fs from "node:fs";
import path from "node:path";

import { run } from "@/scripts/lib/processes.mjs";

import { ROOT, bin } from "./database";
import { BENCH_DAYS, BENCH_PASSWORD, type BenchSummit } from "./generate";
import { BENCH_USERS } from "./insert";
import type { PageBaselines } from "./queries";
import { timing, type BenchResults, type HttpRun } from "./results";
import { signIn, startServer, type AppServer } from "./server";
import { fmtMs, interleaved } from "./stats";

export interface HttpPlan {
  connections: readonly number[];
  seconds: number;
  withTrivial: boolean;
}

interface Route {
  name: string;
  path: string;
  cookie?: string;
  baseline?: { rows: number; run: () => Promise<unknown> };
  /** Target for server time ÷ raw SQL. */
  ratioTarget?: number;
  /** Under load, the share of its floor page's throughput (same HTML size and layout) the page must keep. */
  loadTarget?: number;
  note?: string;
}

/**
 * The floor page's address for a page of `bytes` bytes seen with `cookie` (the same reader, so the
 * same layout): its size measured empty and with 200 rows, the rows for `bytes` by proportion.
 */
async function sameSizeFloor(server: AppServer, cookie: string | undefined, bytes: number): Promise<string> {
  const size = async (rows: number) => {
    const res = await fetch(`${server.base}/bench/floor?rows=${rows}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    if (res.status !== 200) throw new Error(`/bench/floor answered HTTP ${res.status} (is BENCH_FLOOR_PAGE set?)`);
    return (await res.arrayBuffer()).byteLength;
  };
  const empty = await size(0);
  const perRow = ((await size(200)) - empty) / 200;
  return `/bench/floor?rows=${Math.max(0, Math.round((bytes - empty) / perRow))}`;
}

/** Requests (and at least this long) a route is served before its server time is taken. */
const WARMUP = { requests: 200, ms: 3_000 };

/** The itinerary page is another feature's; it is measured once it exists. */
export function itineraryPageExists(): boolean {
  const dir = path.join(ROOT, "app", "itinerary");
  return fs.existsSync(dir) && fs.readdirSync(dir).some((d) => d.startsWith("[") && fs.existsSync(path.join(dir, d, "page.tsx")));
}

type LoadFigures = Omit<HttpRun, "scale" | "route" | "path" | "connections">;

/** The connections of the load phase, whose runs carry the targets. */
const LOAD_CONNECTIONS = 50;

/** Seconds each page is requested one at a time while the event-loop delay is read. */
const PACED_SECONDS = 5;
/** The longest one request's work may hold the event loop (ms beyond the sampling interval). */
const PACED_MAX_DELAY_MS = 50;

/**
 * A page under load against the framework's own limit on this machine: it keeps a share of the
 * signed-in floor page's throughput, its p95 stays within 3× its own p50 (no queue building up),
 * and nothing fails.
 */
function loadVerdict(r: LoadFigures, share: number, vsFloor: number | undefined): { target: string; met: boolean } {
  const target = `req/s ≥ ${Math.round(share * 100)} % of its same-size floor, p95 ≤ 3× p50, 0 failed`;
  const met = vsFloor !== undefined && vsFloor >= share && r.p50 > 0 && r.p95 <= 3 * r.p50 && r.failures === 0;
  return { target, met };
}

/** One autocannon run (load-worker.ts), with the server's event-loop delay over it. */
async function load(server: AppServer, routePath: string, connections: number, seconds: number, cookie?: string): Promise<LoadFigures> {
  const job = { url: `${server.base}${routePath}`, connections, seconds, cookie };
  await server.loopDelay.reset();
  const out = await run(bin("tsx"), [path.join(ROOT, "bench", "load-worker.ts"), JSON.stringify(job)], { cwd: ROOT });
  const delay = await server.loopDelay.read();
  return { ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as LoadFigures), loopDelayP99: delay.p99, loopDelayMax: delay.max };
}

export async function benchHttp(db: { url: string; poolMax: number }, summit: BenchSummit, baselines: PageBaselines, plan: HttpPlan, results: BenchResults): Promise<void> {
  const server = await startServer(db.url, db.poolMax);
  try {
    const planner = await signIn(server.base, BENCH_USERS.planner, BENCH_PASSWORD);
    const routes: Route[] = [
      {
        name: "day programme page",
        path: `/programme/${BENCH_DAYS[0]}`,
        cookie: planner,
        baseline: baselines.programme,
        loadTarget: 0.4,
        note: "a planner's view also reads the day's stored conflicts (conflictsOfDay)",
      },
      { name: "timeline page", path: `/timeline/${BENCH_DAYS[0]}`, cookie: planner, loadTarget: 0.4 },
      { name: "conflicts page", path: `/conflicts?day=${BENCH_DAYS[0]}`, cookie: planner, loadTarget: 0.4 },
    ];
    if (itineraryPageExists()) {
      const liaison = await signIn(server.base, BENCH_USERS.liaison, BENCH_PASSWORD);
      routes.push({
        name: "itinerary page",
        path: `/itinerary/${summit.itineraryDelegationId}`,
        cookie: liaison,
        baseline: baselines.itineraryPage,
        ratioTarget: 3,
        loadTarget: 0.6,
        note: "baseline: the raw SQL of everything the page shows (reader, summit, delegation, members, entries, bilaterals, changes)",
      });
    } else if (!results.notMeasured.some((m) => m.startsWith("itinerary page"))) {
      results.notMeasured.push("itinerary page over HTTP: app/itinerary/[…]/page.tsx does not exist yet");
    }
    const trivial: Route = { name: "trivial route", path: "/api/health" };
    // The least a signed-in page costs here (session, actor, layout): the floor under every page.
    const floor: Route = { name: "signed-in page floor", path: "/account/password", cookie: planner, note: "/account/password: session, actor and layout only" };

    const serverTimes = new Map<Route, number>();
    const floors = new Map<Route, Route>();
    for (const route of [floor, ...routes]) {
      let bytes = 0;
      const get = async () => {
        const res = await fetch(`${server.base}${route.path}`, { headers: route.cookie ? { cookie: route.cookie } : {}, redirect: "manual" });
        bytes = (await res.arrayBuffer()).byteLength;
        if (res.status !== 200) throw new Error(`${route.path} answered HTTP ${res.status}`);
      };
      // A fresh `next start` loads route modules and JIT-compiles on its first few hundred
      // requests (a page is still 10–30 % slower after 30); a summit's server runs warm, so each
      // route is warmed up for WARMUP before timing (the first request is noted apart).
      const coldStart = performance.now();
      await get();
      const firstMs = performance.now() - coldStart;
      for (let n = 1, started = performance.now(); n < WARMUP.requests || performance.now() - started < WARMUP.ms; n++) await get();
      // The raw SQL runs in turns with the page, on a connection of its own beside the server's.
      const [value, sqlTime] = await interleaved([get, route.baseline?.run ?? (() => undefined)], { warmup: 10, minRuns: 50, maxRuns: 300, minTotalMs: 5_000 });
      serverTimes.set(route, value.median);
      const ratio = route.baseline ? value.median / sqlTime.median : undefined;
      // What this page adds over the fixed cost of any signed-in page, against the same SQL: the
      // part of the page time its own reads and rendering are responsible for.
      const floorMs = serverTimes.get(floor);
      const aboveFloor =
        route !== floor && route.baseline && floorMs !== undefined
          ? `; ${fmtMs(value.median - floorMs)} above the signed-in floor = ${((value.median - floorMs) / sqlTime.median).toFixed(2)}× raw SQL`
          : "";
      results.timings.push(
        timing({
          section: "pages",
          name: `${route.name}: server time (HTTP, one at a time)`,
          scale: summit.label,
          n: route.baseline?.rows ?? 0,
          value,
          ...(route.baseline ? { baseline: { name: "raw SQL of the same rows", value: sqlTime } } : {}),
          ...(route.ratioTarget && ratio !== undefined ? { target: `≤ ${route.ratioTarget}× raw SQL`, met: ratio <= route.ratioTarget } : {}),
          note: `${Math.round(bytes / 1024)} KB of HTML; first request ${Math.round(firstMs)} ms${aboveFloor}${route.note ? `; ${route.note}` : ""}`,
        }),
      );
      if (route !== floor) {
        const floorPath = await sameSizeFloor(server, route.cookie, bytes);
        floors.set(route, { name: `${route.name}: floor of the same size`, path: floorPath, cookie: route.cookie, note: `${Math.round(bytes / 1024)} KB` });
      }
    }

    // One request at a time (one connection, the next sent when the last answer came): nothing
    // queues, so the loop's longest delay is the longest stretch one request's work holds it. The
    // signed-in floor first, without a target: what the framework and the machine (a garbage
    // collection, a busy CPU) hold the loop for anyway.
    for (const route of [floor, ...routes]) {
      const r = await load(server, route.path, 1, PACED_SECONDS, route.cookie);
      results.http.push({
        scale: summit.label,
        route: route.name,
        path: route.path.replace(summit.itineraryDelegationId, "<delegationId>"),
        connections: 1,
        ...r,
        ...(route === floor
          ? {}
          : {
              target: `loop delay max ≤ ${PACED_MAX_DELAY_MS} ms`,
              met: r.requests > 0 && r.failures === 0 && r.loopDelayMax !== undefined && r.loopDelayMax <= PACED_MAX_DELAY_MS,
            }),
      });
    }

    // After a load run the server still works off requests whose clients have gone: wait until
    // one request is as quick as when idle again, so the next run starts on an idle server.
    const drain = async (route: Route) => {
      const idle = (serverTimes.get(route) ?? 50) * 3 + 50;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const started = performance.now();
        const res = await fetch(`${server.base}${route.path}`, { headers: route.cookie ? { cookie: route.cookie } : {} });
        await res.arrayBuffer();
        if (performance.now() - started < idle) return;
      }
    };
    for (const connections of plan.connections) {
      // The load phase proper (50 connections) runs the full time; lighter runs are a look only.
      const seconds = connections >= LOAD_CONNECTIONS ? plan.seconds : Math.min(plan.seconds, 5);
      const trivialRun = plan.withTrivial ? await load(server, trivial.path, connections, seconds) : null;
      if (trivialRun) results.http.push({ scale: summit.label, route: trivial.name, path: trivial.path, connections, ...trivialRun });
      // Each page right after its own floor, so that both meet the machine in the same state.
      const runs = [floor, ...routes.flatMap((route) => [floors.get(route)!, route])];
      const floorRuns = new Map<Route, LoadFigures>();
      for (const route of runs) {
        let r = await load(server, route.path, connections, seconds, route.cookie);
        await drain(route);
        if (r.requests < connections) {
          // Not even one answer per connection: give the queue the time to come back once.
          r = await load(server, route.path, connections, seconds * 3, route.cookie);
          await drain(route);
        }
        floorRuns.set(route, r);
        const ownFloor = floors.has(route) ? floorRuns.get(floors.get(route)!) : undefined;
        const answered = r.requests > 0;
        const vs = answered && trivialRun && trivialRun.p95 > 0 ? r.p95 / trivialRun.p95 : undefined;
        const vsFloor = ownFloor && ownFloor.rps > 0 ? r.rps / ownFloor.rps : undefined;
        results.http.push({
          scale: summit.label,
          route: route.name,
          path: route.path.replace(summit.itineraryDelegationId, "<delegationId>") + (route.note && route.name.endsWith("floor of the same size") ? ` (${route.note})` : ""),
          connections,
          ...r,
          ...(vs !== undefined ? { p95VsTrivial: vs } : {}),
          ...(vsFloor !== undefined ? { rpsVsFloor: vsFloor } : {}),
          ...(connections >= LOAD_CONNECTIONS && route.loadTarget !== undefined ? loadVerdict(r, route.loadTarget, vsFloor) : {}),
        });
      }
    }
    const memory = server.memory();
    results.memory.push({ scale: summit.label, ...memory, ...(summit.factor === 10 ? { target: "< 512 MB at 10×", met: memory.peakRssMb < 512 } : { met: null }) });
  } finally {
    await server.stop();
  }
}
