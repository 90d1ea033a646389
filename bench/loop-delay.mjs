// Loaded into the app server by the bench (`NODE_OPTIONS=--import …`, bench/server.ts): measures
// the delay of the server's event loop with perf_hooks.monitorEventLoopDelay and answers on its
// own loopback port, so the bench can read it around each measurement. GET /reset starts a new
// window; GET / reads the window so far. Both answer { p50, p99, max, count } in milliseconds,
// each the delay beyond the sampling interval (the histogram holds the time between samples, so
// an idle loop would read the interval itself).
// Only the main thread of the process that gets the port measures (worker threads and any
// other process the server may start load this too and do nothing).
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

const port = Number(process.env.BENCH_LOOP_DELAY_PORT);

if (isMainThread && Number.isInteger(port) && port > 0) {
  const RESOLUTION_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const ms = (ns) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
  const server = http.createServer((request, response) => {
    const summary = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), count: histogram.count };
    if (request.url === "/reset") histogram.reset();
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(summary));
  });
  // Another process of the server's tree has the port: it is the one measured.
  server.on("error", () => histogram.disable());
  server.listen(port, "127.0.0.1");
  server.unref();
}
