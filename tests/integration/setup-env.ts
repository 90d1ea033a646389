// Every integration test process talks to the run's fresh database, including code that uses
// the app's own client (getDb). The embedded database takes single-connection clients only.
import { afterAll, expect, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = inject("embedded") ? "1" : "5";

// After every test file, whatever it wrote: each summit whose stored conflicts count as current
// must hold exactly what a full re-check finds (lib/conflict-store/internal/store.ts). A write path
// that the store did not notice fails here, in the file that made it.
afterAll(async () => {
  // The embedded database serves one connection, which the file's own clients may still hold: this
  // second client would break it. Every file is verified on PostgreSQL (CI and TEST_DATABASE_URL runs).
  if (inject("embedded")) return;
  const { createPrismaClient } = await import("@/lib/db");
  const { refreshStoredConflicts, verifyStoredConflicts } = await import("@/lib/conflict-store/queries");
  const db = createPrismaClient(inject("databaseUrl"), 1);
  try {
    const sets = await db.storedConflictSet.findMany({ select: { summitId: true } });
    const expectRight = (summitId: string, found: Awaited<ReturnType<typeof verifyStoredConflicts>>) =>
      expect({ summitId, missing: found.missing, unexpected: found.unexpected, changed: found.changed }).toEqual({ summitId, missing: [], unexpected: [], changed: [] });
    for (const { summitId } of sets) {
      // As the writes left it: the app's writes re-check in their own transaction, so a set that
      // counts as current must be right without any read.
      const asLeft = await verifyStoredConflicts(db, summitId);
      if (asLeft.current) expectRight(summitId, asLeft);
      // Then brought up to date as the next reader would (in part after item, participation,
      // movement and task writes made outside the app's writes), and compared again.
      await refreshStoredConflicts(db, summitId);
      const found = await verifyStoredConflicts(db, summitId);
      if (found.current) expectRight(summitId, found);
    }
  } finally {
    await db.$disconnect();
  }
}, 120_000);
