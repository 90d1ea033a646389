// Command line of `npm run bench` and the checks made before anything is created.
import os from "node:os";

import { EMBEDDED_MAX_BYTES, countsFor, embeddedHeapBytes, estimatedBytes, totalRows } from "./scales";

export const DEFAULT_SCALES = [1, 10, 100] as const;
export const QUICK_SCALES = [1, 10] as const;
/** The scale whose summit has the 500 items of the PDF isolation measurement. */
export const ISOLATION_SCALE = 10;

export interface BenchOptions {
  scales: number[];
  http: boolean;
  httpSeconds: number;
  /** Only the PDF isolation measurement, at the scale with ISOLATION_ITEMS items (no engine, query, export or load figures). */
  isolationOnly: boolean;
  /** Serve the .next-bench build as it is, without checking it against the sources. */
  reuseBuild: boolean;
  /** A default run (all scales, HTTP on) writes latest.json (latest-postgresql.json on a server) and the README figures. */
  full: boolean;
  readme: boolean;
  output: string;
  serverUrl: string | undefined;
}

export const USAGE = `Usage: npm run bench [-- options]
  --quick              1× and 10× only (development)
  --scale <list>       scale factors, e.g. --scale 1,10 or --scale 100 (default 1,10,100)
  --http-seconds <n>   duration of each 50-connection load run (default 20; lighter runs take at most 5)
  --no-http            skip the HTTP, page and memory measurements (no build, no server)
  --pdf-isolation      only the PDF isolation measurement, at 10× (builds and starts the app)
  --reuse-build        serve the existing .next-bench build without checking it against the sources
  --no-readme          do not rewrite the README's Performance section after a full run
Environment: BENCH_DATABASE_URL=postgresql://user@127.0.0.1:5432/postgres uses that server
(a database summit_bench_<pid> is created and dropped); unset, an embedded PGlite is used.`;

export class UsageError extends Error {}

function parseScales(text: string | undefined): number[] {
  const scales = (text ?? "").split(",").map((s) => Number(s.trim().replace(/[x×]$/, "")));
  if (scales.length === 0 || scales.some((s) => !Number.isFinite(s) || s <= 0 || s > 1e6)) {
    throw new UsageError(`--scale needs positive numbers separated by commas, e.g. --scale 1,10 (got "${text ?? ""}")`);
  }
  return [...new Set(scales)].sort((a, b) => a - b);
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  let scales: number[] = [...DEFAULT_SCALES];
  let custom = false;
  let http = true;
  let readme = true;
  let httpSeconds = 20;
  let isolationOnly = false;
  let reuseBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--quick":
        scales = [...QUICK_SCALES];
        custom = true;
        break;
      case "--scale":
        scales = parseScales(value());
        custom = scales.join() !== DEFAULT_SCALES.join();
        break;
      case "--http-seconds":
        httpSeconds = Number(value());
        if (!Number.isFinite(httpSeconds) || httpSeconds < 1 || httpSeconds > 120) throw new UsageError("--http-seconds must be from 1 to 120");
        break;
      case "--no-http":
        http = false;
        break;
      case "--no-readme":
        readme = false;
        break;
      case "--pdf-isolation":
        isolationOnly = true;
        custom = true;
        break;
      case "--reuse-build":
        reuseBuild = true;
        break;
      case "--help":
      case "-h":
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  if (isolationOnly && !http) throw new UsageError("--pdf-isolation needs the app server: drop --no-http");
  if (isolationOnly) scales = [ISOLATION_SCALE];
  const full = !custom && http;
  const serverUrl = env.BENCH_DATABASE_URL || undefined;
  const kind = serverUrl ? "-postgresql" : "";
  const name = full ? "latest" : isolationOnly ? "custom-isolation" : scales.join() === QUICK_SCALES.join() ? "quick" : "custom";
  return { scales, http, httpSeconds, isolationOnly, reuseBuild, full, readme: full && readme, output: `bench/results/${name}${kind}.json`, serverUrl };
}

const gb = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/** Refuses, in one line, a scale that would not fit in this machine's memory. Nothing is created before. */
export function checkMemory(options: BenchOptions, freeBytes = os.freemem()): void {
  const embedded = !options.serverUrl;
  for (const factor of options.scales) {
    const counts = countsFor(factor);
    const need = estimatedBytes(counts, embedded);
    const rows = totalRows(counts).toLocaleString("en");
    if (embedded && embeddedHeapBytes(counts) > EMBEDDED_MAX_BYTES) {
      throw new UsageError(
        `Scale ${factor}× (${rows} rows) is too big for the embedded database (its heap is limited to about ${gb(EMBEDDED_MAX_BYTES)}): ` +
          "use a smaller --scale or set BENCH_DATABASE_URL to a PostgreSQL server.",
      );
    }
    if (need > freeBytes * 0.8) {
      throw new UsageError(`Scale ${factor}× (${rows} rows) needs about ${gb(need)} of memory; this machine has ${gb(freeBytes)} free. Use a smaller --scale.`);
    }
  }
}
