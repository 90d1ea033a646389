// A fresh, migrated database per scale: a new database on BENCH_DATABASE_URL's server
// (summit_bench_<pid>, dropped afterwards) or, by default, a new in-memory embedded PGlite.
import path from "node:path";

import { assertReachable, describeUrl, dropDatabase, isLocalUrl, recreateDatabase } from "@/scripts/lib/database-url.mjs";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db.mjs";
import { migrate } from "@/scripts/lib/migrate.mjs";

import { onCleanup } from "./cleanup";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const bin = (name: string): string => path.join(ROOT, "node_modules", ".bin", name);

export interface BenchDatabase {
  url: string;
  embedded: boolean;
  /** Connections a client may open: 1 on the embedded database (see scripts/lib/embedded-db.mjs). */
  poolMax: number;
  describe: string;
  close(): Promise<void>;
}

/** Fails with one line when BENCH_DATABASE_URL is set but cannot be used. */
export async function checkServer(serverUrl: string | undefined): Promise<void> {
  if (!serverUrl) return;
  // It creates and drops databases: like the tests, only on a server of this machine.
  if (!isLocalUrl(serverUrl)) {
    throw new Error(`BENCH_DATABASE_URL must point at this machine (127.0.0.1, localhost or ::1), not ${describeUrl(serverUrl)}`);
  }
  await assertReachable(serverUrl, "BENCH_DATABASE_URL");
}

export async function openDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (serverUrl) {
    const name = `summit_bench_${process.pid}`;
    const url = await recreateDatabase(serverUrl, name);
    const close = onCleanup(`database ${name}`, () => dropDatabase(serverUrl, name));
    db = { url, embedded: false, poolMax: 8, describe: `PostgreSQL at ${describeUrl(url)}`, close };
  } else {
    const embedded = await startEmbeddedDb({ dataDir: null });
    const close = onCleanup("embedded database", () => embedded.stop());
    db = { url: embedded.url, embedded: true, poolMax: 1, describe: "embedded PGlite (in memory, single connection)", close };
  }
  try {
    await migrate(db.url);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
