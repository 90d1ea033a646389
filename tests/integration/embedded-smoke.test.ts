// The embedded path end to end: start PGlite on a data folder, migrate, seed, query, stop, reopen.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { EmbeddedDbError, startEmbeddedDb } from "../../scripts/lib/embedded-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";

describe("embedded database", () => {
  it("starts, migrates, seeds, answers a query, and keeps the data across a restart", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-smoke-"));
    const first = await startEmbeddedDb({ dataDir });
    try {
      await migrate(first.url);
      const db = createPrismaClient(first.url, 1);
      expect((await seedDemo(db)).created).toBe(true);
      expect(await db.delegation.count({ where: { kind: "ALLY" } })).toBe(32);
      await db.$disconnect();
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedDb({ dataDir });
    try {
      const db = createPrismaClient(second.url, 1);
      expect(await db.programmeItem.count({ where: { kind: "ROYAL_DINNER" } })).toBe(1);
      await db.$disconnect();
    } finally {
      await second.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("keeps every acknowledged write of concurrent creates through its single connection", async () => {
    const db0 = await startEmbeddedDb({ dataDir: null });
    try {
      await migrate(db0.url);
      const db = createPrismaClient(db0.url, 1);
      await Promise.all(Array.from({ length: 200 }, (_, i) => db.loginFailure.create({ data: { email: `u${i}@example.org` } })));
      expect(await db.loginFailure.count()).toBe(200);
      await db.$disconnect();
    } finally {
      await db0.stop();
    }
  }, 120_000);

  it("refuses a port that is already taken with a one-line message", async () => {
    const holder = await startEmbeddedDb({ dataDir: null });
    try {
      await expect(startEmbeddedDb({ dataDir: null, port: holder.port })).rejects.toThrow(EmbeddedDbError);
      await expect(startEmbeddedDb({ dataDir: null, port: holder.port })).rejects.toThrow(/^Port \d+ is already in use\./);
    } finally {
      await holder.stop();
    }
  });

  it("explains a corrupt data folder instead of crashing, and leaves it untouched", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-corrupt-"));
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "garbage\n");
    fs.mkdirSync(path.join(dataDir, "base"));
    fs.writeFileSync(path.join(dataDir, "base", "junk"), "not a database");
    await expect(startEmbeddedDb({ dataDir })).rejects.toThrow(/could not be opened .*npm run demo:reset/);
    expect(fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8")).toBe("garbage\n");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
