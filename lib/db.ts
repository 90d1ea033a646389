// The one Prisma client per process. Pages, route handlers and scripts get it here (getDb) and
// hand it to the domain functions in lib/<domain>/, which take a database handle as an argument.
import { createHash, randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DatabaseUnavailableError, describeDatabaseFailure, isDatabaseUnavailable, StaleVersionError } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { refusal } from "@/lib/i18n/errors";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or an open transaction: domain functions accept both. */
export type DbOrTx = PrismaClient | Tx;

export function createPrismaClient(connectionString: string, max?: number): PrismaClient {
  // The embedded database must be used through a single connection (see scripts/lib/embedded-db.mjs).
  const poolMax = max ?? (Number(process.env.DATABASE_POOL_MAX) || 10);
  const named = process.env.DATABASE_PREPARED_STATEMENTS !== "0";
  const options = { onPoolError: logConnectionError, onConnectionError: logConnectionError };
  // A single connection is the embedded database's mode, whose one session outlives connections and
  // clients: there the statements' names and their clean-up are this client's own (sharedSessionNames).
  const adapter =
    named && poolMax === 1
      ? sharedSessionAdapter(connectionString, options)
      : new PrismaPg({ connectionString, max: poolMax }, { ...options, ...(named ? { statementNameGenerator: statementNames() } : {}) });
  // errorFormat "minimal": a refused query is logged as its message, not a code frame of 10 lines.
  return new PrismaClient({ adapter: reportUnreachable(adapter), errorFormat: "minimal" });
}

/** An idle or in-transaction connection the server dropped (restart, outage): one line, no trace. */
function logConnectionError(error: Error) {
  console.error(`database connection lost: ${describeDatabaseFailure(error)}`);
}

/**
 * The adapter, with every failure to reach the database turned into a DatabaseUnavailableError
 * (lib/errors.ts): whichever query meets the outage first — the actor's, a page's, a write in a
 * transaction — throws the same one-line error, which the gate answers with a sentence and the
 * error pages recognise by its digest. Every other error passes through untouched, so Prisma still
 * maps constraint violations (translateDbError).
 */
function reportUnreachable<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          // Transactions run on a connection of their own: theirs are watched too.
          (out: unknown) => (key === "startTransaction" || key === "connect") && out && typeof out === "object" ? reportUnreachable(out) : out,
          (error: unknown) => {
            throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(describeDatabaseFailure(error)) : error;
          },
        );
      };
    },
  });
}

/** Statement texts that get a name, per client; the rest run unnamed. */
const MAX_NAMED_STATEMENTS = 500;

/**
 * Names for prepared statements, so PostgreSQL parses and plans each query text once per
 * connection instead of on every call: a third off Prisma's reads on the itinerary page, half off
 * the embedded database's. The name is a hash of the text (after `prefix`), the same on every
 * connection. Only the first texts seen get a name, so a query whose text varies cannot grow a
 * session's statement cache without end.
 * Off with DATABASE_PREPARED_STATEMENTS=0, e.g. behind a pooler in transaction mode.
 */
export function statementNames(limit = MAX_NAMED_STATEMENTS, prefix = "s_"): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return (query) => {
    let name = names.get(query.sql);
    if (name === undefined && names.size < limit) {
      name = `${prefix}${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
      names.set(query.sql, name);
    }
    // pg runs a query without a name as an unnamed (unprepared) statement.
    return name as string;
  };
}

/**
 * Statement names for a session that outlives connections and clients (PGlite keeps one backend
 * session for every connection to its socket server, one after another or side by side): each
 * client names its statements under a prefix of its own, so it never prepares a name another
 * client left in the session; and `drop` removes what this client prepared there, which a new
 * connection of the client runs first (pg-pool opens one after a failed query and after 10 s idle,
 * and the new connection, knowing of none, would prepare them again under a name already taken).
 * On PostgreSQL, where each connection is a session of its own, the drop finds nothing.
 */
export function sharedSessionNames() {
  // Hex only: it goes into the statement below as it is.
  const prefix = `s${randomBytes(5).toString("hex")}_`;
  return {
    nameOf: statementNames(MAX_NAMED_STATEMENTS, prefix),
    drop: `DO $$ DECLARE n text; BEGIN
      FOR n IN SELECT name FROM pg_prepared_statements WHERE starts_with(name, '${prefix}') LOOP EXECUTE format('DEALLOCATE %I', n); END LOOP;
    END $$`,
  };
}

/**
 * The single-connection adapter of a shared session: the drop runs on every new connection before
 * it is used (pg-pool awaits onConnect), and once more as the client disconnects, so a client that
 * ends leaves nothing behind (one that crashes leaves at most MAX_NAMED_STATEMENTS, until the
 * embedded database restarts).
 */
function sharedSessionAdapter(connectionString: string, options: { onPoolError: (e: Error) => void; onConnectionError: (e: Error) => void }) {
  const { nameOf, drop } = sharedSessionNames();
  const pool = new pg.Pool({ connectionString, max: 1, onConnect: (client) => client.query(drop) });
  const end = pool.end.bind(pool);
  const endAfterDrop = async () => {
    await pool.query(drop).catch(() => undefined);
    await end();
  };
  pool.end = endAfterDrop as typeof pool.end;
  return new PrismaPg(pool, { ...options, statementNameGenerator: nameOf, disposeExternalPool: true });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The process-wide client, created on first use so importing this module needs no database. */
export function getDb(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

type Reads = readonly (() => Promise<unknown>)[];

/**
 * Run independent reads together on the client, but one after another inside a transaction:
 * a transaction holds one connection, and pg refuses to pipeline queries on it.
 */
export async function readAll<T extends Reads>(db: DbOrTx, reads: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  // A transaction client has `$transaction` too (Prisma 7), but no `$connect`: only the client itself does.
  if ("$connect" in db) return (await Promise.all(reads.map((read) => read()))) as Out;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as Out;
}

// Optimistic locking: a form carries the version it read, and a write is refused when someone
// saved since. One refusal for every record (its Dutch in lib/i18n/errors.ts); a domain that can
// say more (who saved, what the record is now) passes its own.

/** The refusal of a stale write: a domain's own, or the shared sentence. */
export type StaleRefusal = () => StaleVersionError | Promise<StaleVersionError>;

const staleVersion: StaleRefusal = () => new StaleVersionError(refusal("changedMeanwhile"));

/** Refuse when the record's version is no longer the one the writer read (none read: refused too). */
export async function checkVersion(current: number, read: number | undefined, refusal: StaleRefusal = staleVersion): Promise<void> {
  if (current !== read) throw await refusal();
}

/** A model's bulk update, as the versioned write uses it (any Prisma delegate fits). */
type Versioned<Data> = { updateMany(args: { where: { id: string; version: number }; data: Data }): PromiseLike<{ count: number }> };

/**
 * Update the row `id` only if its version is still `version`, raising the version by one in the
 * same statement; otherwise refuse (nothing written). `write` wraps the statement (a database
 * constraint's refusal mapped to a field error).
 */
export async function updateVersioned<Data extends object>(
  model: Versioned<Data & { version: { increment: number } }>,
  id: string,
  version: number,
  data: Data,
  options: { refusal?: StaleRefusal; write?: <T>(run: () => Promise<T>) => Promise<T> } = {},
): Promise<void> {
  const run = () => Promise.resolve(model.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }));
  const { count } = await (options.write ? options.write(run) : run());
  if (count !== 1) throw await (options.refusal ?? staleVersion)();
}
