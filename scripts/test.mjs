#!/usr/bin/env node
// `npm test`: every test, in order: unit (TZ=Asia/Kathmandu), integration (a fresh database on
// TEST_DATABASE_URL's server, or embedded when unset), end-to-end (Playwright against `next start`).
// Ends with one line of totals. Pass --skip-e2e for a quick run.
import fs from "node:fs";
import path from "node:path";
import { run } from "./lib/processes.mjs";
import { playwrightCounts, summarize, vitestCounts } from "./lib/test-summary.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const skipE2e = process.argv.includes("--skip-e2e");

const suites = [];

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
  let ok = true;
  try {
    await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`], { env, cwd: root, inherit: true });
  } catch {
    ok = false;
  }
  const report = readJson(out);
  suites.push({ name: project, ok, counts: report ? vitestCounts(report) : null });
}

async function playwright() {
  console.log("\n━━ end-to-end tests ━━");
  const out = path.join(results, "e2e.json");
  fs.rmSync(out, { force: true });
  let ok = true;
  try {
    console.log("Building the app…");
    await run(bin("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1" }, cwd: root });
    await run(bin("playwright"), ["test"], { cwd: root, inherit: true });
  } catch (error) {
    console.error(error.message.split("\n")[0]);
    ok = false;
  }
  const report = readJson(out);
  suites.push({ name: "e2e", ok, counts: report ? playwrightCounts(report) : null });
}

await vitest("unit", { TZ: "Asia/Kathmandu" });
await vitest("integration", {});
if (!skipE2e) await playwright();

const summary = summarize(suites, { notRun: skipE2e ? ["e2e"] : [] });
console.log(`\n${summary.lines.join("\n")}`);
process.exit(summary.exitCode);
