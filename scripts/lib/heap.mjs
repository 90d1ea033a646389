// How much JavaScript heap one app instance may use. Left to itself, V8 sizes its heap by the
// machine's memory and collects late: under load an instance on a large machine grew to about a
// gigabyte while its live data stayed far below that. A cap makes it collect sooner and keeps the
// instance inside what a deployment gives it (README, "Using a real PostgreSQL": 512 MB per instance).
// APP_HEAP_MB overrides it; an --max-old-space-size already in NODE_OPTIONS wins.

export const DEFAULT_HEAP_MB = 256;

/** NODE_OPTIONS for an app server started with this environment. */
export function withHeapCap(env) {
  const current = env.NODE_OPTIONS ?? "";
  if (/--max-old-space-size=/.test(current)) return current;
  const mb = Number(env.APP_HEAP_MB ?? DEFAULT_HEAP_MB);
  if (!Number.isInteger(mb) || mb < 64) throw new Error(`APP_HEAP_MB must be a whole number of megabytes, at least 64 (got "${env.APP_HEAP_MB}")`);
  return [current, `--max-old-space-size=${mb}`].filter(Boolean).join(" ");
}
