// PDF isolation: does a heavy download hold up everyone else? The same paced requests (the
// trivial route, and the liaison's itinerary page when it exists) are sent to an idle server and
// then while four planners download the whole summit's programme as PDF back to back, in one
// run; each route's p95 while the PDFs render is held to twice its idle p95, and the server's
// event-loop delay to 50 ms (nothing else may hold the loop longer). It has a server of its own,
// so the page figures and memory of the load runs stay comparable with runs before it; its own
// peak memory is reported with it. Probes run in their own process (probe-worker.ts) so they
// share no event loop with the bench or its embedded database.
import path from "node:path";

import { run } from "@/scripts/lib/processes.mjs";

import { ROOT, bin } from "./database";
import { BENCH_PASSWORD, type BenchSummit } from "./generate";
import { itineraryPageExists } from "./http";
import { BENCH_USERS } from "./insert";
import type { DownloadResult, ProbeResult } from "./probe-worker";
import type { BenchResults, IsolationRun } from "./results";
import { signIn, startServer, type AppServer, type LoopDelay } from "./server";

export const CONCURRENT_PDFS = 4;
/** The PDFs are of this many items at least: the measurement runs at the scale that has them. */
export const ISOLATION_ITEMS = 500;
const RATIO_TARGET = 2;
const LOOP_DELAY_TARGET_MS = 50;
/** The whole summit's programme: every item (a planner sees drafts and cancelled items too). */
const PDF_PATH = "/exports/programme/pdf?lang=en";

interface IsolationRoute {
  name: string;
  path: string;
  cookie?: string;
  /** Requests per second, paced: light enough to leave the server idle between them. */
  perSecond: number;
}

interface Phase {
  probes: Record<string, ProbeResult>;
  downloads?: DownloadResult;
  loopDelay: LoopDelay;
}

async function phase(server: AppServer, routes: readonly IsolationRoute[], seconds: number, pdfCookie: string | null): Promise<Phase> {
  const job = {
    seconds,
    probes: routes.map((r) => ({ name: r.name, url: `${server.base}${r.path}`, cookie: r.cookie, perSecond: r.perSecond })),
    ...(pdfCookie ? { downloads: { url: `${server.base}${PDF_PATH}`, cookie: pdfCookie, concurrent: CONCURRENT_PDFS } } : {}),
  };
  await server.loopDelay.reset();
  const out = await run(bin("tsx"), [path.join(ROOT, "bench", "probe-worker.ts"), JSON.stringify(job)], { cwd: ROOT });
  const loopDelay = await server.loopDelay.read();
  const parsed = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Omit<Phase, "loopDelay">;
  return { ...parsed, loopDelay };
}

/** Downloads the PDF `count` times at once and says how long the slowest took (starts the export threads). */
async function downloadPdfs(server: AppServer, cookie: string, count: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async () => {
      const res = await fetch(`${server.base}${PDF_PATH}`, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200 || body.subarray(0, 5).toString() !== "%PDF-") throw new Error(`${PDF_PATH} answered HTTP ${res.status}`);
    }),
  );
  return performance.now() - started;
}

async function measure(server: AppServer, summit: BenchSummit, plannerCookie: string, routes: readonly IsolationRoute[], seconds: number): Promise<Omit<IsolationRun, "peakRssMb">> {
  // Warm: the routes, and as many export threads as the PDFs will use.
  for (const route of routes) {
    for (let i = 0; i < 20; i++) await (await fetch(`${server.base}${route.path}`, { headers: route.cookie ? { cookie: route.cookie } : {} })).arrayBuffer();
  }
  const roundMs = await downloadPdfs(server, plannerCookie, CONCURRENT_PDFS);
  // Long enough that the PDFs render through the whole window: at least three rounds of them.
  const window = Math.max(seconds, Math.ceil((3 * roundMs) / 1000));

  const idle = await phase(server, routes, window, null);
  const loaded = await phase(server, routes, window, plannerCookie);

  return {
    scale: summit.label,
    seconds: window,
    pdfItems: summit.counts.items,
    concurrentPdfs: CONCURRENT_PDFS,
    pdfs: loaded.downloads ?? { completed: 0, refused: 0, failures: 0, p50: Number.NaN, max: Number.NaN },
    routes: routes.map((r) => {
      const [a, b] = [idle.probes[r.name], loaded.probes[r.name]];
      const ratio = b.p95 / a.p95;
      return {
        route: r.name,
        path: r.path.replace(summit.itineraryDelegationId, "<delegationId>"),
        perSecond: r.perSecond,
        idle: a,
        loaded: b,
        ratio,
        target: `p95 ≤ ${RATIO_TARGET}× idle`,
        met: ratio <= RATIO_TARGET && b.failures === 0,
      };
    }),
    loopDelay: {
      idle: { p99: idle.loopDelay.p99, max: idle.loopDelay.max },
      loaded: { p99: loaded.loopDelay.p99, max: loaded.loopDelay.max },
      target: `p99 ≤ ${LOOP_DELAY_TARGET_MS} ms while PDFs render`,
      met: loaded.loopDelay.p99 <= LOOP_DELAY_TARGET_MS,
    },
  };
}

/** PDF isolation on a server of its own; `seconds` is the shortest window of each phase. */
export async function benchIsolation(db: { url: string; poolMax: number }, summit: BenchSummit, seconds: number, results: BenchResults): Promise<void> {
  const server = await startServer(db.url, db.poolMax);
  try {
    const planner = await signIn(server.base, BENCH_USERS.planner, BENCH_PASSWORD);
    const routes: IsolationRoute[] = [{ name: "trivial route", path: "/api/health", perSecond: 20 }];
    if (itineraryPageExists()) {
      const liaison = await signIn(server.base, BENCH_USERS.liaison, BENCH_PASSWORD);
      routes.push({ name: "itinerary page", path: `/itinerary/${summit.itineraryDelegationId}`, cookie: liaison, perSecond: 4 });
    }
    const figures = await measure(server, summit, planner, routes, seconds);
    results.isolation.push({ ...figures, peakRssMb: server.memory().peakRssMb });
  } finally {
    await server.stop();
  }
}
