// Child-process helpers for the start, test and benchmark scripts. Async on purpose: the embedded
// database lives in the calling process, so a blocking spawnSync would starve it and hang.
import { spawn } from "node:child_process";

/** Run a command; resolve with its output, reject with the last meaningful line on failure. */
export function run(cmd, args, { env = {}, cwd = process.cwd(), inherit = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve(out);
      const lines = out.split("\n").map((l) => l.trim()).filter(Boolean);
      const reason = lines.filter((l) => /error|fail|refus/i.test(l)).pop() ?? lines.pop() ?? `exit ${code ?? signal}`;
      const error = new Error(`${cmd} ${args.join(" ")}: ${reason}`);
      error.exitCode = code;
      error.output = out;
      reject(error);
    });
  });
}

/** Wait until an HTTP URL answers (any status), or give up after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}
