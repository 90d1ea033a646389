// `npm run bench`: generates summits at 1×, 10× and 100× the demo, loads each into a fresh
// database and measures the conflict engine, the slot finder, the page queries, the exports and
// (at 1× and 10×) the pages over HTTP with the server's memory, and once the live push fan-out
// (on a PostgreSQL server), each against a baseline taken in the same run. Prints tables, writes
// bench/results/*.json and, after a full run, the README's Performance figures. Everything it
// creates is removed again, also on Ctrl+C or an error.
import os from "node:os";

import { createPrismaClient } from "@/lib/db";

import { installSignalHandlers, onCleanup, runCleanups } from "./cleanup";
import { checkServer, openDatabase } from "./database";
import { benchEngine } from "./engine";
import { benchExports } from "./exports";
import { generateSummit, type BenchSummit } from "./generate";
import { benchHttp, type HttpPlan } from "./http";
import { benchImport } from "./import";
import { insertSummit } from "./insert";
import { benchLivePush } from "./live-push";
import { ISOLATION_ITEMS, benchIsolation } from "./isolation";
import { UsageError, checkMemory, parseOptions, type BenchOptions } from "./options";
import { benchQueries } from "./queries";
import { printTables, updateReadme, writeJson } from "./report";
import { emptyResults, type BenchResults } from "./results";
import { engineRows } from "./scales";
import { openRawSql } from "./sql";
import { growthExponent } from "./stats";
import { ensureBuild } from "./server";

const README_INTRO = `\`npm run bench\` (about ten minutes; \`npm run bench -- --quick\` runs 1× and 10× only) generates
deterministic summits at 1×, 10× and 100× The Hague demo, loads each into a fresh database
(\`BENCH_DATABASE_URL\`, or an embedded PGlite when unset) and measures every figure against a
baseline taken in the same run. See \`bench/README.md\`.`;

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n")[0];

function machine(): BenchResults["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version.slice(1),
  };
}

function httpPlan(options: BenchOptions, factor: number): HttpPlan | null {
  if (!options.http || options.isolationOnly || factor > 10) return null;
  // Full load at the smallest scale; at 10× enough to see throughput and peak memory with more data.
  return factor === Math.min(...options.scales) ? { connections: [10, 50], seconds: options.httpSeconds, withTrivial: true } : { connections: [50], seconds: options.httpSeconds, withTrivial: true };
}

async function benchScale(factor: number, options: BenchOptions, results: BenchResults): Promise<void> {
  const summit = generateSummit(factor);
  console.log(`• ${summit.label}: ${summit.counts.items} items, ${summit.counts.participations} participations — loading into a fresh database`);
  const db = await openDatabase(options.serverUrl);
  const prisma = createPrismaClient(db.url, db.poolMax);
  const disconnect = onCleanup("Prisma client", () => prisma.$disconnect());
  const started = performance.now();
  const rows = await insertSummit(prisma, summit);
  const insertSeconds = (performance.now() - started) / 1000;
  const sql = await openRawSql(db.url);
  if (!results.database) results.database = `${db.describe}, ${await sql.version()}`;

  const n = engineRows({ ...summit.counts, ...rows });
  if (options.isolationOnly) {
    await disconnect();
    await isolation(db, summit, options, results);
    await sql.close();
    await db.close();
    results.scales.push({ label: summit.label, factor, rows, engineRows: n, insertSeconds, conflicts: {} });
    return;
  }
  console.log(`  measuring the conflict engine and slot finder (n = ${n})`);
  const conflicts = await benchEngine(prisma, summit, n, results);
  console.log("  measuring the page queries");
  const baselines = await benchQueries(prisma, sql, summit, results);
  if (factor === Math.max(...options.scales)) {
    console.log("  measuring the exports");
    await benchExports(prisma, sql, summit, results).catch((e) => results.notMeasured.push(`exports at ${summit.label}: ${oneLine(e)}`));
  }
  if (factor === Math.min(...options.scales)) {
    console.log("  measuring spreadsheet imports");
    await benchImport(prisma, summit, results).catch((e) => results.notMeasured.push(`imports at ${summit.label}: ${oneLine(e)}`));
  }
  // The embedded database takes two connections: one for the app server, one for the raw SQL.
  await disconnect();
  const plan = httpPlan(options, factor);
  if (plan) {
    console.log(`  measuring pages over HTTP (${plan.connections.join(" and ")} connections, ${plan.seconds} s each)`);
    await benchHttp(db, summit, baselines, plan, results).catch((e) => results.notMeasured.push(`HTTP at ${summit.label}: ${oneLine(e)}`));
  }
  if (options.http && factor <= 10) await isolation(db, summit, options, results);
  await sql.close();
  await db.close();
  results.scales.push({ label: summit.label, factor, rows, engineRows: n, insertSeconds, conflicts });
}

/** PDF isolation, at the one scale whose summit has the PDFs' 500 items (it needs the app server). */
async function isolation(db: { url: string; poolMax: number }, summit: BenchSummit, options: BenchOptions, results: BenchResults): Promise<void> {
  if (summit.counts.items < ISOLATION_ITEMS) return;
  const seconds = Math.max(10, options.httpSeconds);
  console.log(`  measuring PDF isolation (paced requests, idle and while PDFs of ${summit.counts.items} items render, ${seconds} s or more each)`);
  await benchIsolation(db, summit, seconds, results).catch((e) => results.notMeasured.push(`PDF isolation at ${summit.label}: ${oneLine(e)}`));
}

/** Live push fan-out, once per run on a database of its own (it needs no generated summit). */
async function livePush(options: BenchOptions, results: BenchResults): Promise<void> {
  if (!options.serverUrl) {
    results.notMeasured.push("live push fan-out: needs BENCH_DATABASE_URL (two instances listen on a PostgreSQL server; the embedded database serves one instance)");
    return;
  }
  console.log("• measuring live push fan-out (200 streams on two instances)");
  const db = await openDatabase(options.serverUrl);
  try {
    results.livePush = await benchLivePush(db.url);
  } catch (e) {
    results.notMeasured.push(`live push fan-out: ${oneLine(e)}`);
  } finally {
    await db.close();
  }
}

const GROWTH: Record<string, string | undefined> = {
  "conflict check (checkSummit)": "≤ 1.2",
  "load snapshot (Prisma)": undefined,
  "slot finder, 2 principals, 2 days (findSlots)": undefined,
  "day programme: getDayProgramme (Prisma)": undefined,
};

function addGrowth(results: BenchResults): void {
  for (const [name, target] of Object.entries(GROWTH)) {
    const points = results.timings.filter((t) => t.name === name && t.n > 0);
    const pairs = points.slice(1).map((p, i) => [points[i], p]);
    if (points.length > 2) pairs.push([points[0], points[points.length - 1]]);
    for (const [a, b] of pairs) {
      if (b.n <= a.n) continue;
      const exponent = growthExponent(a.n, a.value.median, b.n, b.value.median);
      results.growth.push({ name, from: a.scale, to: b.scale, nFrom: a.n, nTo: b.n, exponent, ...(target ? { target, met: exponent <= 1.2 } : {}) });
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  checkMemory(options);
  installSignalHandlers();
  await checkServer(options.serverUrl);
  const results = emptyResults(`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`, machine());

  if (options.http) {
    console.log(`• Building the app into .next-bench (${options.reuseBuild ? "reused as it is" : "skipped when up to date"})`);
    await ensureBuild(options.reuseBuild).then((state) => console.log(`  build ${state}`)).catch((e) => {
      options.http = false;
      results.notMeasured.push(`HTTP, server time and memory: next build failed (${oneLine(e)})`);
    });
  } else {
    results.notMeasured.push("HTTP, server time and memory: skipped (--no-http)");
  }
  for (const factor of options.scales) await benchScale(factor, options, results);
  if (!options.isolationOnly) await livePush(options, results);
  addGrowth(results);
  results.durationSeconds = (performance.now() - started) / 1000;

  printTables(results);
  console.log(`\n✔ Figures written to ${writeJson(results, options.output)}`);
  if (options.readme) {
    updateReadme(results, README_INTRO, options.output);
    console.log("✔ README.md Performance section updated");
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `\n✖ ${oneLine(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  })
  .finally(async () => {
    await runCleanups();
  });
