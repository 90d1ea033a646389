// The NODE_OPTIONS of an app instance (`npm start`, and the bench's servers).
//
// How much JavaScript heap one app instance may use. Left to itself, V8 sizes its heap by the
// machine's memory and collects late: under load an instance on a large machine grew to about a
// gigabyte while its live data stayed far below that. A cap makes it collect sooner and keeps the
// instance inside what a deployment gives it (README, "Using a real PostgreSQL": 512 MB per instance).
// APP_HEAP_MB overrides it; an --max-old-space-size already in NODE_OPTIONS wins.
//
// How many background threads V8 keeps (garbage collection and compilation helpers; Node's default
// is four). They serve every thread of the process, the export threads too (lib/exports/pool),
// and run at normal priority: the renderers' own thread is niced, but a 500-item PDF's collections
// on those helpers took about half as much CPU again, at the request thread's priority. On two
// cores, four of them crowded the request thread (a liaison's page while four PDFs rendered: p95
// 84–87 ms against 60–67 ms with one helper, the PDFs as fast, pages under load alike). They help
// the request thread's own collections too, so fewer is a trade: one per core but one, the
// export pool's default size; a --v8-pool-size already in NODE_OPTIONS wins.
import os from "node:os";

export const DEFAULT_HEAP_MB = 256;
const MAX_V8_THREADS = 4;

/** NODE_OPTIONS for an app server started with this environment on a machine with `cores` cores. */
export function appNodeOptions(env, cores = os.availableParallelism()) {
  const current = env.NODE_OPTIONS ?? "";
  const options = [current];
  if (!/--max[-_]old[-_]space[-_]size[=\s]/.test(current)) {
    const mb = Number(env.APP_HEAP_MB ?? DEFAULT_HEAP_MB);
    if (!Number.isInteger(mb) || mb < 64) throw new Error(`APP_HEAP_MB must be a whole number of megabytes, at least 64 (got "${env.APP_HEAP_MB}")`);
    options.push(`--max-old-space-size=${mb}`);
  }
  if (!/--v8[-_]pool[-_]size[=\s]/.test(current)) options.push(`--v8-pool-size=${Math.min(MAX_V8_THREADS, Math.max(1, cores - 1))}`);
  return options.filter(Boolean).join(" ");
}
