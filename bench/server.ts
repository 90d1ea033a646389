// The app under load: a production build in its own folder (.next-bench, so other builds of the
// checkout are left alone), `next start` on a free loopback port against the bench database,
// sign-in through next-auth's API, the server's memory sampled from /proc while it works, and its
// event-loop delay measured inside it (loop-delay.mjs) and read around each measurement.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { freePort } from "@/scripts/lib/embedded-db.mjs";
import { appNodeOptions } from "@/scripts/lib/heap.mjs";
import { waitForHttp } from "@/scripts/lib/processes.mjs";

import { onCleanup } from "./cleanup";
import { ROOT, bin } from "./database";

export const DIST_DIR = ".next-bench";
const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.js", "package.json"];

function newestSource(): number {
  let newest = 0;
  const visit = (p: string): void => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (path.basename(p) === "generated") return;
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const s of SOURCES) if (fs.existsSync(path.join(ROOT, s))) visit(path.join(ROOT, s));
  return newest;
}

/** `next build` into .next-bench; stopped (with its workers) if the benchmark is interrupted. */
function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("next"), ["build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    const keep = (d: Buffer) => (out = (out + String(d)).slice(-8_000));
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const stop = onCleanup("next build", () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      void stop();
      if (code === 0) return resolve();
      const lines = out.split("\n").map((l) => l.trim()).filter(Boolean);
      reject(new Error(lines.filter((l) => /error|fail/i.test(l)).pop() ?? lines.pop() ?? `exit code ${code}`));
    });
  });
}

/**
 * Builds unless .next-bench is newer than every source file (or, with `reuse`, exists at all).
 * Returns "built", "up to date" or "reused".
 */
export async function ensureBuild(reuse = false): Promise<string> {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (reuse && fs.existsSync(buildId)) return "reused";
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSource()) return "up to date";
  await build();
  return "built";
}

/** Pids of a process and all its descendants (next start may run the server in a child). */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const taskDir = `/proc/${pids[i]}/task`;
    if (!fs.existsSync(taskDir)) continue;
    for (const tid of fs.readdirSync(taskDir)) {
      try {
        const children = fs.readFileSync(`${taskDir}/${tid}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended while we looked.
      }
    }
  }
  return pids;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Event-loop delay of the server's main thread over a window, ms beyond the sampling interval. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  /** Samples in the window (one per 10 ms the loop was free to take one). */
  count: number;
}

export interface AppServer {
  base: string;
  /** Starts a new window of event-loop delay; read() returns the window so far. */
  loopDelay: { reset(): Promise<void>; read(): Promise<LoopDelay> };
  /** MB: RSS once it answered its first request, and the peaks since start (sampled tree RSS, largest VmHWM). */
  memory(): { idleRssMb: number; peakRssMb: number; hwmMb: number };
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string, poolMax: number): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let delayPort = await freePort();
  while (delayPort === port) delayPort = await freePort();
  const preload = `--import=${pathToFileURL(path.join(ROOT, "bench", "loop-delay.mjs")).href}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: String(poolMax),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    // The NODE_OPTIONS `npm start` gives every instance: heap cap and V8 threads (scripts/lib/heap.mjs).
    NODE_OPTIONS: [appNodeOptions(process.env), preload].filter(Boolean).join(" "),
    BENCH_LOOP_DELAY_PORT: String(delayPort),
    BENCH_FLOOR_PAGE: "1",
  };
  // Its own process group, so stopping it takes whatever it spawned too.
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + String(d)).slice(-2_000)));
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      // A server that dies under load makes the next request fail with "fetch failed": say why.
      if (!stopping) console.error(`  the app server exited (${signal ?? `code ${code}`}): ${stderr.trim().split("\n").slice(-6).join(" | ")}`);
      resolve();
    }),
  );
  const pid = child.pid!;

  let peakRss = 0;
  const sample = () => {
    const rss = processTree(pid).reduce((sum, p) => sum + statusKb(p, "VmRSS"), 0);
    peakRss = Math.max(peakRss, rss);
    return rss;
  };
  const sampler = setInterval(sample, 100);
  const hwm = () => Math.max(0, ...processTree(pid).map((p) => statusKb(p, "VmHWM")));
  let lastHwm = 0;

  const stop = onCleanup(`app server (pid ${pid})`, async () => {
    stopping = true;
    clearInterval(sampler);
    if (child.exitCode !== null) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
    if (!(await Promise.race([exited.then(() => true), timeout]))) process.kill(-pid, "SIGKILL");
  });

  try {
    await waitForHttp(`${base}/api/health`, 60_000);
  } catch (error) {
    await stop();
    const reason = stderr.trim().split("\n").pop() ?? "";
    throw new Error(`${error instanceof Error ? error.message : String(error)}${reason ? `: ${reason}` : ""}`);
  }
  const idleRss = sample();
  const delay = async (reset: boolean): Promise<LoopDelay> => {
    const res = await fetch(`http://127.0.0.1:${delayPort}/${reset ? "reset" : ""}`);
    if (!res.ok) throw new Error(`event-loop delay: HTTP ${res.status}`);
    return (await res.json()) as LoopDelay;
  };
  return {
    base,
    loopDelay: { reset: async () => void (await delay(true)), read: () => delay(false) },
    memory() {
      sample();
      lastHwm = Math.max(lastHwm, hwm());
      return { idleRssMb: Math.round(idleRss / 1024), peakRssMb: Math.round(peakRss / 1024), hwmMb: Math.round(lastHwm / 1024) };
    },
    stop,
  };
}

/** Signs in through next-auth's credentials API; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  await login.arrayBuffer();
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: cookie() } })).json()) as { user?: { id?: string } };
  if (!session.user?.id) throw new Error(`sign-in as ${email} failed (HTTP ${login.status})`);
  return cookie();
}
