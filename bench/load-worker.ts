// One autocannon run, in its own process so the load generator does not share an event loop
// with the benchmark (which hosts the embedded database). Prints one JSON line:
// { requests, seconds, rps, p50, p95, p99, failures }. Usage: tsx bench/load-worker.ts '<json>'.
import autocannon from "autocannon";

interface Job {
  url: string;
  connections: number;
  seconds: number;
  cookie?: string;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? "{}") as Job;
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(job.url)) throw new Error("load runs only against http://127.0.0.1");
  const times: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.seconds,
        timeout: 30,
        headers: job.cookie ? { cookie: job.cookie } : {},
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
      else failures++;
    });
  });
  const sorted = Float64Array.from(times).sort();
  const out = {
    requests: times.length,
    seconds: result.duration,
    rps: times.length / result.duration,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    failures: failures + result.errors,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
