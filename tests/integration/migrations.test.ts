// The committed migrations are the schema: the repository's own runner applies them with no
// download, keeps Prisma's bookkeeping, and schema.prisma never drifts from them (the test fails
// the moment someone edits one without the other).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { dropDatabase, recreateDatabase } from "../../scripts/lib/database-url.mjs";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db.mjs";
import { localMigrations, managesItsOwnTransaction, migrate, migrationStatus } from "../../scripts/lib/migrate.mjs";
import { readDatamodel, schemaDrift } from "../../scripts/lib/schema-drift.mjs";

const root = path.resolve(__dirname, "../..");
const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(() => client.end());

async function driftInTransaction(change: string, schemaText = schema) {
  await client.query("BEGIN");
  try {
    if (change) await client.query(change);
    return await schemaDrift(client, schemaText);
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("migrations", () => {
  it("are all applied to the fresh database, in Prisma's bookkeeping table", async () => {
    const state = await migrationStatus(inject("databaseUrl"));
    expect(state.pending).toEqual([]);
    expect(state.failed).toEqual([]);
    expect(state.modified).toEqual([]);
    expect(state.applied).toEqual(localMigrations().map((m) => m.name));
    const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toEqual(localMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("match schema.prisma exactly (drift check)", async () => {
    // The check reads a real schema: every model, and more than a handful of columns and keys.
    expect(readDatamodel(schema).models.length).toBeGreaterThan(20);
    expect(await schemaDrift(client, schema)).toEqual([]);
  });

  it("the drift check notices a schema change that has no migration", async () => {
    const changed = schema.replace("model Agency {\n", "model Agency {\n  driftProbe String?\n");
    expect(changed).not.toBe(schema);
    expect(await schemaDrift(client, changed)).toEqual(['column Agency.driftProbe is in schema.prisma but not in the database']);
    const optional = schema.replace(/^( +shortName +)String$/m, "$1String?");
    expect(optional).not.toBe(schema);
    expect(await schemaDrift(client, optional)).toEqual(["column Agency.shortName is NOT NULL in the database, optional in schema.prisma"]);
    const unindexed = schema.replace("  @@unique([summitId, shortName])\n", "");
    expect(unindexed).not.toBe(schema);
    expect(await schemaDrift(client, unindexed)).toEqual(['unique index Agency(summitId,shortName) is in the database but not in schema.prisma']);
  });

  it("the drift check notices a database change that schema.prisma does not describe", async () => {
    expect(await driftInTransaction(`ALTER TABLE "Agency" ADD COLUMN "stray" integer`)).toEqual(["column Agency.stray is in the database but not in schema.prisma"]);
    expect(await driftInTransaction(`ALTER TYPE "AgencyKind" ADD VALUE 'NAVY'`)).toEqual([
      "enum AgencyKind has values POLICE, MILITARY, SECURITY, INTELLIGENCE, ROADS, AIRPORT, MUNICIPALITY, MEDICAL, OTHER, NAVY in the database, POLICE, MILITARY, SECURITY, INTELLIGENCE, ROADS, AIRPORT, MUNICIPALITY, MEDICAL, OTHER in schema.prisma",
    ]);
    const drift = await driftInTransaction(`ALTER TABLE "Agency" DROP CONSTRAINT "Agency_summitId_fkey", ADD CONSTRAINT "Agency_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE RESTRICT`);
    expect(drift).toEqual([
      "foreign key Agency(summitId) → Summit(id) on delete Cascade is in schema.prisma but not in the database",
      "foreign key Agency(summitId) → Summit(id) on delete Restrict is in the database but not in schema.prisma",
    ]);
  });
});

/** An empty database of its own: on the test server when there is one, else a second embedded one. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `summit_migrate_${process.pid}`;
    return { url: await recreateDatabase(server, name), drop: () => dropDatabase(server, name) };
  }
  const embedded = await startEmbeddedDb({ dataDir: null });
  return { url: embedded.url, drop: embedded.stop };
}

describe("the migration runner", () => {
  it("tells a migration that manages its own transaction from a PL/pgSQL block", () => {
    expect(managesItsOwnTransaction(`BEGIN;\nALTER TYPE "K" ADD VALUE 'X';\nCOMMIT;`)).toBe(true);
    expect(managesItsOwnTransaction(`CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;`)).toBe(false);
    expect(localMigrations().filter((m) => managesItsOwnTransaction(m.sql))).toEqual([]);
  });

  it("applies nothing twice, rolls a failed migration back whole, and refuses one changed after it was applied", async () => {
    const { url, drop } = await emptyDatabase();
    try {
      const first = await migrate(url);
      expect(first.applied).toHaveLength(localMigrations().length);
      expect((await migrate(url)).applied).toEqual([]);

      // A migration that fails is rolled back whole, with no bookkeeping row left behind.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
      for (const m of localMigrations()) {
        fs.mkdirSync(path.join(dir, m.name));
        fs.writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql);
      }
      fs.mkdirSync(path.join(dir, "99990101000000_broken"));
      fs.writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "HalfDone" (id int);\nSELECT no_such_function();\n`);
      await expect(migrate(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      try {
        expect((await probe.query(`SELECT to_regclass('"HalfDone"') AS t`)).rows[0].t).toBeNull();
        expect((await probe.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).rows[0].n).toBe(0);
      } finally {
        await probe.end();
      }

      fs.rmSync(path.join(dir, "99990101000000_broken"), { recursive: true });

      // Line endings a Windows checkout changed are the same migration, as Prisma sees it.
      const first_ = localMigrations()[0];
      const file = path.join(dir, first_.name, "migration.sql");
      fs.writeFileSync(file, first_.sql.replace(/\n/g, "\r\n"));
      expect((await migrate(url, { dir })).applied).toEqual([]);

      // A migration with its own BEGIN; … COMMIT; (Prisma writes those) runs as written and is recorded.
      fs.mkdirSync(path.join(dir, "99990102000000_own_transaction"));
      fs.writeFileSync(path.join(dir, "99990102000000_own_transaction", "migration.sql"), `BEGIN;\nCREATE TABLE "OwnTx" (id int);\nCOMMIT;\n`);
      expect((await migrate(url, { dir })).applied).toEqual(["99990102000000_own_transaction"]);
      expect((await migrationStatus(url, { dir })).pending).toEqual([]);

      fs.writeFileSync(file, first_.sql + "\n-- edited later\n");
      await expect(migrate(url, { dir })).rejects.toThrow(new RegExp(`${first_.name} was changed after it was applied`));
    } finally {
      await drop();
    }
  }, 60_000);
});
