#!/usr/bin/env node
// For e2e/live-instances.spec.ts: a fresh, migrated and seeded database of its own on the test
// server (Playwright's loader cannot import the repository's .mjs runners into a spec).
// Usage: node e2e/live-instances-setup.mjs <server url> <database name>; prints the database URL.
import path from "node:path";
import { recreateDatabase } from "../scripts/lib/database-url.mjs";
import { migrate } from "../scripts/lib/migrate.mjs";
import { run } from "../scripts/lib/processes.mjs";

const [serverUrl, name] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, "..");
const url = await recreateDatabase(serverUrl, name);
await migrate(url);
await run(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { env: { DATABASE_URL: url, DATABASE_POOL_MAX: "5" }, cwd: root });
process.stdout.write(url);
