// The repository's own migration runner: applies prisma/migrations/*/migration.sql in name order
// with nothing but the `pg` driver, so installing, starting, testing and benchmarking need no
// download (Prisma's CLI fetches a native schema engine that closed networks cannot reach).
//
// It keeps Prisma's bookkeeping table `_prisma_migrations` exactly as `prisma migrate deploy`
// does (same columns, checksum = sha256 of the file, same advisory lock id), so a database
// migrated here stays readable by `prisma migrate status` and `migrate dev` on a developer's
// machine, and the other way round.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
// The lock id Prisma's engine takes, so this runner and `prisma migrate` never interleave.
const ADVISORY_LOCK_ID = 72707369;

const BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** The migrations in the repository, oldest first: name, SQL and checksum. */
export function localMigrations(dir = MIGRATIONS_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const sha = (text) => crypto.createHash("sha256").update(text, "utf8").digest("hex");
      // Prisma accepts a file whose line endings a Windows checkout turned into CRLF.
      return { name, sql, checksum: sha(sql), checksumLf: sha(sql.replace(/\r\n/g, "\n")) };
    });
}

/**
 * What the database holds against the repository: applied, pending, failed (started and never
 * finished, e.g. by `prisma migrate` after a crash), modified (the file changed after it was
 * applied) and unknown (applied here, absent from the repository: a newer version ran on it).
 */
export function compare(local, rows) {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const finished = new Map(live.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
  const failed = live.filter((r) => r.finished_at === null).map((r) => r.migration_name);
  const localNames = new Set(local.map((m) => m.name));
  return {
    applied: local.filter((m) => finished.has(m.name)).map((m) => m.name),
    pending: local.filter((m) => !finished.has(m.name) && !failed.includes(m.name)),
    failed,
    modified: local
      .filter((m) => finished.has(m.name) && ![m.checksum, m.checksumLf].includes(finished.get(m.name).checksum))
      .map((m) => m.name),
    unknown: [...finished.keys()].filter((name) => !localNames.has(name)),
  };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function readRows(client) {
  await client.query(BOOKKEEPING_TABLE);
  const { rows } = await client.query(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

/**
 * Prisma writes `BEGIN;` … `COMMIT;` into some migrations of its own (changing an enum's values).
 * Wrapped in a transaction of ours, their COMMIT would end it half-way; they run as written.
 * (`BEGIN` without a semicolon opens a PL/pgSQL block, not a transaction.)
 */
export function managesItsOwnTransaction(sql) {
  return /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im.test(sql);
}

/**
 * A migration that manages its own transactions, as `prisma migrate deploy` runs one: its row is
 * written first, so a failure half-way stays visible as a failed migration (the runner then
 * refuses to go on until someone repairs the database), never as silent half-applied changes.
 */
async function applyAsWritten(client, migration) {
  const id = crypto.randomUUID();
  await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [id, migration.checksum, migration.name]);
  try {
    await client.query(migration.sql);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, error.message]).catch(() => {});
    throw new MigrationError(`Migration ${migration.name} failed part-way and is recorded as failed: ${error.message}. Repair the database, then mark it with \`prisma migrate resolve\`.`);
  }
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}

/** The state of the database named by `url`, without changing anything but the bookkeeping table. */
export async function migrationStatus(url, { dir } = {}) {
  return withClient(url, async (client) => compare(localMigrations(dir), await readRows(client)));
}

/**
 * Apply every pending migration, each in its own transaction together with its bookkeeping row:
 * a migration that fails leaves neither its changes nor a row behind, and the error names it.
 * Refuses to run on a database with a failed or modified migration, as `prisma migrate deploy` does.
 */
export async function migrate(url, { dir, log = () => {} } = {}) {
  return withClient(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_ID]);
    try {
      const state = compare(localMigrations(dir), await readRows(client));
      if (state.failed.length) {
        throw new MigrationError(
          `Migration ${state.failed[0]} was started and never finished on this database. Restore a backup, or mark it resolved with \`prisma migrate resolve\` once the database is repaired.`,
        );
      }
      if (state.modified.length) {
        throw new MigrationError(
          `Migration ${state.modified[0]} was changed after it was applied to this database. Migrations are history: restore the file, and put the change in a new migration.`,
        );
      }
      if (state.unknown.length) log(`note: the database has migrations this version does not know: ${state.unknown.join(", ")}`);
      for (const migration of state.pending) {
        if (managesItsOwnTransaction(migration.sql)) {
          await applyAsWritten(client, migration);
          log(`applied ${migration.name}`);
          continue;
        }
        try {
          await client.query("BEGIN");
          // The file goes as one simple query: PostgreSQL runs its statements in order, and
          // function bodies or semicolons in comments need no splitting.
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [crypto.randomUUID(), migration.checksum, migration.name],
          );
          await client.query("COMMIT");
          log(`applied ${migration.name}`);
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${error.message}`);
        }
      }
      return { applied: state.pending.map((m) => m.name), alreadyApplied: state.applied.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]).catch(() => {});
    }
  });
}
