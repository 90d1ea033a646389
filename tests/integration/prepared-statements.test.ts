// Named prepared statements (lib/db.ts): a pooled client prepares each query once per connection;
// a single-connection client (the embedded database's mode, one session shared by every client and
// reconnection) names them for itself alone; DATABASE_PREPARED_STATEMENTS=0 prepares nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db.mjs";

const clients: Db[] = [];
const client = (max: number, url = inject("databaseUrl")) => {
  const db = createPrismaClient(url, max);
  clients.push(db);
  return db;
};
afterEach(async () => {
  delete process.env.DATABASE_PREPARED_STATEMENTS;
  await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
});

/**
 * The statements prepared in the session that runs this query: on PostgreSQL the connection's (one
 * at a time, pg's pool reuses the last idle connection), on the embedded database every client's.
 */
async function prepared(db: Db): Promise<{ name: string; statement: string; prepareTime: Date }[]> {
  return db.$queryRaw`SELECT name, statement, prepare_time AS "prepareTime" FROM pg_prepared_statements`;
}

async function readTwice(db: Db) {
  for (let i = 0; i < 2; i++) await db.summit.findFirst({ orderBy: { startDate: "desc" }, select: { id: true } });
}

describe("prepared statements", () => {
  it.runIf(!inject("embedded"))("a pooled client on PostgreSQL runs its queries as named statements, prepared once", async () => {
    const db = client(2);
    await readTwice(db);
    const summitReads = (await prepared(db)).filter((s) => s.statement.includes('FROM "public"."Summit"'));
    expect(summitReads).toHaveLength(1);
    expect(summitReads[0].name).toMatch(/^s_/);
  });

  it("a single-connection client (the embedded database's mode) names its statements with a prefix of its own", async () => {
    const db = client(1);
    // A text no other client runs: the embedded database's one session holds every client's statements.
    for (let i = 0; i < 2; i++) await db.$queryRaw`SELECT 2 AS single_connection_named`;
    const named = (await prepared(db)).filter((s) => s.statement.trim() === "SELECT 2 AS single_connection_named");
    expect(named).toHaveLength(1);
    expect(named[0].name).toMatch(/^s[0-9a-f]{10}_/);
  });

  it.runIf(!inject("embedded"))("DATABASE_PREPARED_STATEMENTS=0 turns them off, e.g. behind a pooler in transaction mode", async () => {
    process.env.DATABASE_PREPARED_STATEMENTS = "0";
    const db = client(2);
    await readTwice(db);
    expect(await prepared(db)).toEqual([]);
  });
});

// Each on an embedded database of its own (one session for all its connections, and two
// connection slots), whichever mode the suite runs in.
describe("prepared statements on the embedded database", () => {
  let embedded: Awaited<ReturnType<typeof startEmbeddedDb>>;
  beforeEach(async () => {
    embedded = await startEmbeddedDb({ dataDir: null });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
    await embedded.stop();
  });

  const one = (db: Db) => db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
  const preparedOne = async (db: Db) => (await prepared(db)).filter((s) => s.statement.trim() === "SELECT 1 AS one");

  it("two clients (the app and a script, say) prepare the same text under names of their own", async () => {
    const app = client(1, embedded.url);
    const script = client(1, embedded.url);
    for (const db of [app, script, app, script]) expect(await one(db)).toEqual([{ one: 1 }]);
    const names = (await preparedOne(app)).map((s) => s.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it("a client's new connection drops what its connection before left in the session, and prepares again", async () => {
    const db = client(1, embedded.url);
    await one(db);
    const [before] = await preparedOne(db);
    expect(before.name).toMatch(/^s[0-9a-f]{10}_/);
    // A failed query makes pg's pool drop its connection: the next query opens another.
    await expect(db.$queryRaw`SELECT 1 / 0`).rejects.toThrow(/division by zero/);
    expect(await one(db)).toEqual([{ one: 1 }]);
    expect(await one(db)).toEqual([{ one: 1 }]);
    const after = await preparedOne(db);
    // The same name, prepared anew by the new connection.
    expect(after.map((s) => s.name)).toEqual([before.name]);
    expect(after[0].prepareTime.getTime()).toBeGreaterThan(before.prepareTime.getTime());
  });

  it("a client's new connection leaves another client's statements in place", async () => {
    const app = client(1, embedded.url);
    await one(app);
    const [mine] = await preparedOne(app);
    const script = client(1, embedded.url);
    expect(await one(script)).toEqual([{ one: 1 }]);
    // The app's statement is still there, prepared once: its next run uses it as it is.
    expect(await one(app)).toEqual([{ one: 1 }]);
    expect((await preparedOne(app)).find((s) => s.name === mine.name)?.prepareTime).toEqual(mine.prepareTime);
  });

  it("a client that disconnects leaves none of its statements in the session", async () => {
    const script = client(1, embedded.url);
    await one(script);
    const [left] = await preparedOne(script);
    await script.$disconnect();
    const app = client(1, embedded.url);
    expect((await prepared(app)).map((s) => s.name)).not.toContain(left.name);
  });
});
