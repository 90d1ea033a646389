#!/usr/bin/env node
// `npm test`: every test, in order: unit (TZ=Asia/Kathmandu), integration (a fresh database on
// TEST_DATABASE_URL's server, or embedded when unset), end-to-end (Playwright against `next start`).
// Ends with one line of totals. Pass --skip-e2e for a quick run.
import fs from "node:fs";
import path from "node:path";
import { run } from "./lib/processes.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const skipE2e = process.argv.includes("--skip-e2e");

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function vitest(project, env) {
  const out = path.join(results, `${project}.json`);
  fs.rmSync(out, { force: true });
  console.log(`\n━━ ${project} tests ━━`);
  try {
    await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`], { env, cwd: root, inherit: true });
  } catch {
    failures.push(project);
  }
  const report = readJson(out);
  if (!report) return failures.includes(project) || failures.push(project);
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

async function playwright() {
  console.log("\n━━ end-to-end tests ━━");
  const out = path.join(results, "e2e.json");
  fs.rmSync(out, { force: true });
  try {
    console.log("Building the app…");
    await run(bin("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1" }, cwd: root });
    await run(bin("playwright"), ["test"], { cwd: root, inherit: true });
  } catch (error) {
    console.error(error.message.split("\n")[0]);
    failures.push("e2e");
  }
  const report = readJson(out);
  if (!report) return failures.includes("e2e") || failures.push("e2e");
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

await vitest("unit", { TZ: "Asia/Kathmandu" });
await vitest("integration", {});
if (!skipE2e) await playwright();

console.log(`\n${failures.length ? `Failed: ${failures.join(", ")}` : "All suites passed"}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failures.length || totals.failed ? 1 : 0);
