#!/usr/bin/env node
// `npm start`: run the app. Without DATABASE_URL it starts the embedded database (data in .data/),
// applies migrations, seeds the demo summit on first start and serves the app on it.
// With DATABASE_URL it uses that PostgreSQL, applies migrations and never starts the embedded one.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { startEmbeddedDb, portIsFree, EmbeddedDbError } from "./lib/embedded-db.mjs";
import { assertReachable, describeUrl } from "./lib/database-url.mjs";
import { migrate } from "./lib/migrate.mjs";
import { run, waitForHttp } from "./lib/processes.mjs";
import { appNodeOptions } from "./lib/heap.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const appPort = Number(process.env.PORT || 3000);
const dataDir = path.join(root, ".data", "pglite");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

/** Rebuild only when a source file is newer than the last build, so restarts are quick. */
function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const newer = (dir) =>
    fs.existsSync(dir) &&
    fs.readdirSync(dir, { withFileTypes: true, recursive: true }).some(
      (e) => e.isFile() && fs.statSync(path.join(e.parentPath, e.name)).mtimeMs > built,
    );
  return ["app", "components", "lib", "proxy.ts", "next.config.js"].some((p) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return false;
    return fs.statSync(full).isDirectory() ? newer(full) : fs.statSync(full).mtimeMs > built;
  });
}

/** A stable secret for the embedded demo; a real installation must set its own. */
function demoSecret() {
  const file = path.join(root, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  if (!(await portIsFree(appPort))) fail(`Port ${appPort} is already in use. Stop what runs there or start with PORT=<another port> npm start.`);

  let embedded = null;
  let databaseUrl = process.env.DATABASE_URL;
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  if (databaseUrl) {
    await assertReachable(databaseUrl).catch((e) => fail(e.message));
    console.log(`• Using PostgreSQL at ${describeUrl(databaseUrl)}`);
    if (!process.env.NEXTAUTH_SECRET) fail("NEXTAUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`).");
  } else {
    console.log("• No DATABASE_URL: starting the embedded database (.data/pglite)");
    const port = Number(process.env.EMBEDDED_DB_PORT || 0);
    try {
      embedded = await startEmbeddedDb({ dataDir, port });
    } catch (e) {
      fail(e instanceof EmbeddedDbError ? e.message : `The embedded database failed to start: ${e.message}`);
    }
    databaseUrl = embedded.url;
    env.DATABASE_POOL_MAX = "1";
    env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET || demoSecret();
  }
  env.DATABASE_URL = databaseUrl;
  env.NEXTAUTH_URL = process.env.NEXTAUTH_URL || `http://localhost:${appPort}`;

  const stop = async (code = 0) => {
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(code);
  };

  try {
    console.log("• Applying migrations");
    await migrate(databaseUrl, { log: (line) => console.log(`  ${line}`) });
    if (embedded || process.argv.includes("--demo")) {
      console.log("• Loading the demo summit (first start only)");
      process.stdout.write(await run(bin("tsx"), ["prisma/seed.ts", "--print-sign-ins"], { env, cwd: root }));
    }
    if (!dev && needsBuild()) {
      console.log("• Building the app (first start or changed sources; about a minute)");
      await run(bin("next"), ["build"], { env, cwd: root });
    }
  } catch (e) {
    console.error(`\n✖ ${e.message}`);
    await stop(1);
  }

  const next = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(appPort)], {
    cwd: root,
    env: { ...process.env, ...env, ...(dev ? {} : { NODE_OPTIONS: appNodeOptions({ ...process.env, ...env }) }) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  next.stdout.on("data", (d) => dev && process.stdout.write(d));
  next.on("exit", (code) => stop(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => next.kill(sig));

  await waitForHttp(`http://127.0.0.1:${appPort}/api/health`, 120_000).catch((e) => console.error(`✖ ${e.message}`));
  console.log(`\n✔ Summit logistics is running at ${env.NEXTAUTH_URL}  (Ctrl+C to stop)\n`);
}

main().catch((e) => fail(e.message));
