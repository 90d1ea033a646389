// The one Prisma client per process. Pages, route handlers and scripts get it here (getDb) and
// hand it to the domain functions in lib/<domain>/, which take a database handle as an argument.
import { createHash, randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
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
  // A single connection is the embedded database's mode, whose one session outlives connections and
  // is shared with other clients: its statement names are this client's own (sharedSessionNames).
  const names: StatementNaming | null = named ? (poolMax === 1 ? sharedSessionNames() : { nameOf: statementNames() }) : null;
  const adapter = new PrismaPg(
    { connectionString, max: poolMax, ...(names?.onConnect ? { onConnect: names.onConnect } : {}) },
    { ...(names ? { statementNameGenerator: names.nameOf } : {}), onPoolError: logConnectionError, onConnectionError: logConnectionError },
  );
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

/** Statement texts that get a name, per process; the rest run unnamed. */
const MAX_NAMED_STATEMENTS = 500;

/** How a client names its statements, and what a new connection of it does first. */
type StatementNaming = { nameOf: (query: { sql: string }) => string; onConnect?: (client: Pick<pg.ClientBase, "query">) => Promise<void> };

/**
 * Names for prepared statements, so PostgreSQL parses and plans each query text once per
 * connection instead of on every call: a third off Prisma's reads on the itinerary page, half off
 * the embedded database's. The name is a hash of the text (after `prefix`), the same on every
 * connection. Only the first texts seen get a name, so a query whose text varies cannot grow the
 * server's statement cache without end.
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
 * Statement names for a session shared by every connection (PGlite keeps one backend session for
 * all the clients of its socket server, and for their reconnections): each client names its
 * statements with a prefix of its own, so two clients (the app, a script) never prepare the same
 * name; and a new connection of this client first drops the statements its earlier connection
 * left in the session (pg reconnects after a failed query, and its new connection knows of
 * none, so it would prepare them again under a name already taken). On PostgreSQL, where each
 * connection is a session of its own, the drop finds nothing.
 */
export function sharedSessionNames(limit = MAX_NAMED_STATEMENTS): Required<StatementNaming> {
  // Hex only: it goes into the statement below as it is.
  const prefix = `s${randomBytes(5).toString("hex")}_`;
  return {
    nameOf: statementNames(limit, prefix),
    async onConnect(client: Pick<pg.ClientBase, "query">) {
      await client.query(`DO $$ DECLARE n text; BEGIN
        FOR n IN SELECT name FROM pg_prepared_statements WHERE starts_with(name, '${prefix}') LOOP EXECUTE format('DEALLOCATE %I', n); END LOOP;
      END $$`);
    },
  };
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
