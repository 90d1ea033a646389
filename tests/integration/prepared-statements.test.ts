// Named prepared statements on PostgreSQL (lib/db.ts): a pooled client prepares each query once
// per connection; the single-connection (embedded) mode and DATABASE_PREPARED_STATEMENTS=0 never do.
import { afterEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";

const clients: Db[] = [];
const client = (max: number) => {
  const db = createPrismaClient(inject("databaseUrl"), max);
  clients.push(db);
  return db;
};
afterEach(async () => {
  delete process.env.DATABASE_PREPARED_STATEMENTS;
  await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
});

/** The statements prepared on the connection that runs this query (one at a time, pg's pool reuses the last idle connection). */
async function prepared(db: Db): Promise<{ name: string; statement: string }[]> {
  return db.$queryRaw`SELECT name, statement FROM pg_prepared_statements`;
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

  it("a single-connection client (the embedded database's mode) prepares nothing", async () => {
    const db = client(1);
    await readTwice(db);
    expect(await prepared(db)).toEqual([]);
  });

  it.runIf(!inject("embedded"))("DATABASE_PREPARED_STATEMENTS=0 turns them off, e.g. behind a pooler in transaction mode", async () => {
    process.env.DATABASE_PREPARED_STATEMENTS = "0";
    const db = client(2);
    await readTwice(db);
    expect(await prepared(db)).toEqual([]);
  });
});
