// Repeated timings and their summaries. Every figure in the report is a median with its
// spread (p25–p75 and min–max) over several runs, after warm-up runs that are thrown away.

export interface Summary {
  runs: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export interface RepeatOptions {
  /** Runs discarded first (JIT, caches, connection set-up). */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Keep running (up to maxRuns) until this much time has been measured. */
  minTotalMs?: number;
  /**
   * Collect garbage before each timed run (when node runs with --expose-gc, as `npm run bench`
   * does), and wait for the collection to end (see settle), so that a run does not pay for the
   * garbage the previous function left: interleaved with a snapshot load, the conflict check
   * would otherwise be timed with the load's collection debt, which grows with the heap rather
   * than with the check's own work.
   */
  settle?: boolean;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** How long settle waits at most for the collector's threads to go quiet, and how often it looks. */
const SETTLE_MAX_MS = 2_000;
const SETTLE_POLL_MS = 10;
/** CPU time the process may use while its main thread sleeps for SETTLE_POLL_MS and still count as quiet. */
const QUIET_CPU_MS = 1;

/**
 * A full collection, finished. gc() returns once the heap is marked, but V8 sweeps it on
 * background threads afterwards, and the next run was timed with that sweeping beside it, taking
 * a core from the run and from the database on a small machine. Measured during the whole write,
 * those threads' CPU grew with the heap held (more copies of the summit's snapshot) while the
 * write's own thread's stayed the same: a cost of the heap, not of the work timed. So after gc()
 * the main thread sleeps until the whole process has gone quiet.
 */
async function settle(): Promise<void> {
  if (!collectGarbage) return;
  collectGarbage();
  const deadline = performance.now() + SETTLE_MAX_MS;
  let before = process.cpuUsage();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const used = process.cpuUsage(before);
    before = process.cpuUsage();
    if ((used.user + used.system) / 1000 < QUIET_CPU_MS) return;
  }
  // Each time adds SETTLE_MAX_MS to the run: say so once, so that a slow bench can be explained.
  if (!warnedNeverQuiet) console.warn(`  (settle: the process did not go quiet within ${SETTLE_MAX_MS} ms after a full collection; timed runs go on)`);
  warnedNeverQuiet = true;
}

let warnedNeverQuiet = false;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Time `fn` in milliseconds, repeatedly. */
export async function repeat(fn: () => unknown, options: RepeatOptions = {}): Promise<Summary> {
  const { warmup = 2, minRuns = 5, maxRuns = 50, minTotalMs = 300 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < minRuns || (samples.length < maxRuns && total < minTotalMs)) {
    const start = performance.now();
    await fn();
    const ms = performance.now() - start;
    samples.push(ms);
    total += ms;
  }
  return summarize(samples);
}

/**
 * Times several functions in turns (a, b, c, then c, b, a, …) so that each figure and its
 * baseline see the same background load: on a shared machine the ratio stays meaningful even
 * when both sides slow down.
 */
export async function interleaved(fns: readonly (() => unknown)[], options: RepeatOptions = {}): Promise<Summary[]> {
  const { warmup = 2, minRuns = 5, maxRuns = 50, minTotalMs = 300 } = options;
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples: number[][] = fns.map(() => []);
  let total = 0;
  for (let run = 0; run < minRuns || (run < maxRuns && total < minTotalMs); run++) {
    const order = fns.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const i of order) {
      if (options.settle) await settle();
      const start = performance.now();
      await fns[i]();
      const ms = performance.now() - start;
      samples[i].push(ms);
      total += ms;
    }
  }
  return samples.map(summarize);
}

/**
 * Runs for a scale: fewer for the big, slow ones. The middle scale is the base of the 10×→100×
 * growth exponent, so its median must hold still: fifteen runs (about 3 s at 10×) rather than five,
 * after five runs gave 44 and 58 ms for the same check on one day.
 */
export function runsFor(engineRows: number): RepeatOptions {
  // Seven at the largest scale: its median is the other end of the growth exponent.
  if (engineRows > 30_000) return { warmup: 1, minRuns: 7, maxRuns: 7, minTotalMs: 0 };
  if (engineRows > 3_000) return { warmup: 3, minRuns: 15, maxRuns: 30, minTotalMs: 500 };
  // At 1× a check takes a few ms, and one slow run among ten moves the 1×→10× exponent by a
  // tenth: thirty runs cost under a second there.
  return { warmup: 3, minRuns: 30, maxRuns: 100, minTotalMs: 300 };
}

/** t ∝ n^k: k = log(t2/t1) / log(n2/n1). */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

export const fmtMs = (ms: number): string =>
  !Number.isFinite(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;

export const fmtSummary = (s: Summary): string => `${fmtMs(s.median)} (${fmtMs(s.p25)}–${fmtMs(s.p75)})`;
