#!/usr/bin/env node
// `npm run db:migrate`: bring the database named by DATABASE_URL up to this version's schema.
// Operators run it before starting new instances; it needs no network (see scripts/lib/migrate.mjs).
// `--status` only reports what is applied and pending.
import { assertReachable, describeUrl } from "./lib/database-url.mjs";
import { migrate, migrationStatus } from "./lib/migrate.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("✖ DATABASE_URL is not set. Example: DATABASE_URL=postgresql://user@127.0.0.1:5432/summit npm run db:migrate");
  process.exit(1);
}
try {
  await assertReachable(url);
  if (process.argv.includes("--status")) {
    const state = await migrationStatus(url);
    console.log(`${describeUrl(url)}: ${state.applied.length} applied, ${state.pending.length} pending${state.pending.length ? ` (${state.pending.map((m) => m.name).join(", ")})` : ""}`);
    for (const name of state.failed) console.log(`  failed: ${name}`);
    for (const name of state.modified) console.log(`  changed after it was applied: ${name}`);
    process.exit(state.pending.length || state.failed.length || state.modified.length ? 1 : 0);
  }
  const result = await migrate(url, { log: (line) => console.log(`• ${line}`) });
  console.log(`✔ ${describeUrl(url)} is up to date (${result.applied.length} applied now, ${result.alreadyApplied} before)`);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
