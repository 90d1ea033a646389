#!/usr/bin/env node
// The server Playwright tests run against: a fresh database (on TEST_DATABASE_URL's server, or
// embedded), migrated and seeded with the demo summit, then `next start` on the built app.
import path from "node:path";
import { spawn } from "node:child_process";
import { recreateDatabase, dropDatabase } from "./lib/database-url.mjs";
import { startEmbeddedDb } from "./lib/embedded-db.mjs";
import { migrate } from "./lib/migrate.mjs";
import { run } from "./lib/processes.mjs";
import { e2eSettings } from "./lib/e2e-settings.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const settings = e2eSettings();

let cleanup = async () => {};
if (settings.serverUrl) {
  await recreateDatabase(settings.serverUrl, settings.databaseName);
  cleanup = () => dropDatabase(settings.serverUrl, settings.databaseName);
} else {
  const embedded = await startEmbeddedDb({ dataDir: null, port: settings.embeddedPort });
  cleanup = embedded.stop;
}
const env = {
  DATABASE_URL: settings.databaseUrl,
  DATABASE_POOL_MAX: settings.serverUrl ? "10" : "1",
  NEXTAUTH_URL: settings.baseUrl,
  NEXTAUTH_SECRET: settings.secret,
  NEXT_TELEMETRY_DISABLED: "1",
  // Copies of the demo summit (e2e/own-summit.ts) share its dates: the demo stays the default.
  SUMMIT_SLUG: settings.demoSlug,
};
await migrate(settings.databaseUrl);
await run(bin("tsx"), ["prisma/seed.ts"], { env, cwd: root });
// The demo as seeded, before any spec runs: what a spec's own copy starts from.
await run(bin("tsx"), ["scripts/summit-export.ts", "--summit", settings.demoSlug, "--out", settings.demoArchive], { env, cwd: root });

const next = spawn(bin("next"), ["start", "-p", String(settings.port)], { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
const shutdown = async (code) => {
  next.kill("SIGTERM");
  await cleanup().catch(() => {});
  process.exit(code);
};
next.on("exit", (code) => shutdown(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => shutdown(0));
