// The shape of bench/results/*.json and the collector the measurements write into.
import type { LivePushFigures } from "./live-push";
import type { Summary } from "./stats";

export interface Timing {
  section: "engine" | "pages" | "exports" | "import";
  name: string;
  scale: string;
  /** Rows the measured code works on. */
  n: number;
  value: Summary;
  baseline?: { name: string; value: Summary };
  /** value.median / baseline.median. */
  ratio?: number;
  target?: string;
  /** null: the target does not apply at this scale. */
  met?: boolean | null;
  note?: string;
}

export interface Growth {
  name: string;
  from: string;
  to: string;
  nFrom: number;
  nTo: number;
  exponent: number;
  target?: string;
  met?: boolean;
}

export interface HttpRun {
  scale: string;
  route: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 2xx, and connection errors/timeouts. */
  failures: number;
  /** p95 ÷ the trivial route's p95 at the same connections (pages only). */
  p95VsTrivial?: number;
  /** req/s ÷ the signed-in floor page's req/s at the same connections (pages only). */
  rpsVsFloor?: number;
  target?: string;
  met?: boolean;
  /** The server's event-loop delay over the run (ms beyond the 10 ms sampling interval). */
  loopDelayP99?: number;
  loopDelayMax?: number;
}

/** Paced requests to one route (bench/probe-worker.ts): latency from the moment each was due. */
export interface ProbeFigures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failures: number;
}

/**
 * PDF isolation: the same paced requests on an idle server and while PDFs render, in one run.
 * Each route's p95 while the PDFs render is held to a multiple of its own idle p95.
 */
export interface IsolationRun {
  scale: string;
  seconds: number;
  /** Entries in each PDF, and how many were being made at once. */
  pdfItems: number;
  concurrentPdfs: number;
  pdfs: { completed: number; refused: number; failures: number; p50: number; max: number };
  routes: { route: string; path: string; perSecond: number; idle: ProbeFigures; loaded: ProbeFigures; ratio: number; target: string; met: boolean }[];
  /** The server's event-loop delay in each phase, ms beyond the 10 ms sampling interval. */
  loopDelay: { idle: { p99: number; max: number }; loaded: { p99: number; max: number }; target: string; met: boolean };
  /** Peak RSS of the server's process tree over this measurement (its own server), MB. */
  peakRssMb: number;
}

export interface MemoryPeak {
  scale: string;
  /** VmRSS of the process tree once the server answered its first request, MB. */
  idleRssMb: number;
  /** Highest sampled sum of VmRSS over the server's process tree, MB. */
  peakRssMb: number;
  /** Highest VmHWM of any process in the tree, MB. */
  hwmMb: number;
  target?: string;
  met?: boolean | null;
}

export interface ScaleInfo {
  label: string;
  factor: number;
  rows: Record<string, number>;
  engineRows: number;
  insertSeconds: number;
  conflicts: Record<string, number>;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Record<string, string | number>;
  database: string;
  scales: ScaleInfo[];
  timings: Timing[];
  growth: Growth[];
  http: HttpRun[];
  isolation: IsolationRun[];
  memory: MemoryPeak[];
  /** Live push fan-out (bench/live-push.ts): needs a PostgreSQL server, measured once per run. */
  livePush?: LivePushFigures;
  notMeasured: string[];
  durationSeconds: number;
}

export function emptyResults(command: string, machine: BenchResults["machine"]): BenchResults {
  return { date: new Date().toISOString(), command, machine, database: "", scales: [], timings: [], growth: [], http: [], isolation: [], memory: [], notMeasured: [], durationSeconds: 0 };
}

export function timing(t: Omit<Timing, "ratio">): Timing {
  return t.baseline ? { ...t, ratio: t.value.median / t.baseline.value.median } : t;
}
