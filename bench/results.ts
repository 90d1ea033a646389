// The shape of bench/results/*.json and the collector the measurements write into.
import type { Summary } from "./stats";

export interface Timing {
  section: "engine" | "pages" | "exports";
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
  target?: string;
  met?: boolean;
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
  memory: MemoryPeak[];
  notMeasured: string[];
  durationSeconds: number;
}

export function emptyResults(command: string, machine: BenchResults["machine"]): BenchResults {
  return { date: new Date().toISOString(), command, machine, database: "", scales: [], timings: [], growth: [], http: [], memory: [], notMeasured: [], durationSeconds: 0 };
}

export function timing(t: Omit<Timing, "ratio">): Timing {
  return t.baseline ? { ...t, ratio: t.value.median / t.baseline.value.median } : t;
}
