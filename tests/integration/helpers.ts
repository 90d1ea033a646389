import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";

/** A client on the run's fresh database; single connection when it is the embedded one. */
export function testDb(): Db {
  return createPrismaClient(inject("databaseUrl"), inject("embedded") ? 1 : 5);
}

/**
 * Empty every table (read from the catalogue, so a new table is never forgotten): each test file
 * builds exactly the fixture it asserts on. Prisma's migration bookkeeping stays.
 */
export async function resetDatabase(db: Db): Promise<void> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.name}"`).join(", ")} CASCADE`);
}
