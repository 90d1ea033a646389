// Paced probes, in their own process like load-worker.ts: each probe asks its route at a fixed
// rate whether or not the last answer came (an open loop, so a server that stops answering is
// charged for every request it kept waiting, from the moment it was due), while optional
// downloaders fetch a heavy file back to back. Prints one JSON line:
// { probes: { <name>: { requests, p50, p95, p99, max, failures } }, downloads?: { completed, refused, failures, p50, max } }.
// Usage: tsx bench/probe-worker.ts '<json>'.

interface Probe {
  name: string;
  url: string;
  cookie?: string;
  perSecond: number;
}

interface Job {
  seconds: number;
  probes: Probe[];
  /** `concurrent` clients each downloading `url` again as soon as the last one arrived. */
  downloads?: { url: string; cookie?: string; concurrent: number };
}

export interface ProbeResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failures: number;
}

export interface DownloadResult {
  completed: number;
  /** 503 answers (the export pool was full). */
  refused: number;
  failures: number;
  p50: number;
  max: number;
}

const LOOPBACK = /^http:\/\/127\.0\.0\.1:\d+\//;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function runProbe(probe: Probe, endsAt: number): Promise<ProbeResult> {
  const interval = 1000 / probe.perSecond;
  const times: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  for (let due = performance.now(); due < endsAt; due += interval) {
    await sleep(due - performance.now());
    const scheduled = due;
    pending.push(
      fetch(probe.url, { headers: probe.cookie ? { cookie: probe.cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(30_000) })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status === 200) times.push(performance.now() - scheduled);
          else failures++;
        })
        .catch(() => void failures++),
    );
  }
  await Promise.all(pending);
  times.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 100) / 100;
  return { requests: times.length, p50: ms(percentile(times, 0.5)), p95: ms(percentile(times, 0.95)), p99: ms(percentile(times, 0.99)), max: ms(times.at(-1) ?? Number.NaN), failures };
}

async function runDownloads(job: NonNullable<Job["downloads"]>, endsAt: number): Promise<DownloadResult> {
  const times: number[] = [];
  let refused = 0;
  let failures = 0;
  const client = async () => {
    while (performance.now() < endsAt) {
      const started = performance.now();
      try {
        const res = await fetch(job.url, { headers: job.cookie ? { cookie: job.cookie } : {}, signal: AbortSignal.timeout(120_000) });
        await res.arrayBuffer();
        if (res.status === 200) times.push(performance.now() - started);
        else if (res.status === 503) {
          refused++;
          await sleep(Number(res.headers.get("retry-after") ?? 1) * 1000);
        } else failures++;
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrent }, client));
  times.sort((a, b) => a - b);
  return { completed: times.length, refused, failures, p50: Math.round(percentile(times, 0.5)), max: Math.round(times.at(-1) ?? Number.NaN) };
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? "{}") as Job;
  const urls = [...job.probes.map((p) => p.url), ...(job.downloads ? [job.downloads.url] : [])];
  if (!urls.every((url) => LOOPBACK.test(url))) throw new Error("probes run only against http://127.0.0.1");
  const endsAt = performance.now() + job.seconds * 1000;
  const [downloads, ...probes] = await Promise.all([
    job.downloads ? runDownloads(job.downloads, endsAt) : Promise.resolve(undefined),
    ...job.probes.map((probe) => runProbe(probe, endsAt)),
  ]);
  const out = { probes: Object.fromEntries(job.probes.map((p, i) => [p.name, probes[i]])), ...(downloads ? { downloads } : {}) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
