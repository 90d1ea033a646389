// `npm run conflicts:verify [-- --summit <slug>]`: re-check every summit (or one) in full and
// compare the result with its stored conflicts (lib/conflict-store/internal/store.ts). A stored set
// that writes have made stale is first brought up to date the way any page read does it; what
// must never happen is a set that counts as current and differs from a full re-check. Exit code
// 1 when one does.
import { parseArgs } from "node:util";
import { refreshStoredConflicts, verifyStoredConflicts } from "../lib/conflict-store/queries";
import { createPrismaClient } from "../lib/db";
import { DomainError } from "../lib/errors";

const USAGE = "Usage: npm run conflicts:verify [-- --summit <slug>]";

/** A refusal of this command (its environment, its arguments), shown as it is worded. */
class CommandRefusal extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { summit: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandRefusal("DATABASE_URL is not set: point it at the installation's PostgreSQL.");
  const db = createPrismaClient(url, 2);
  try {
    const summits = await db.summit.findMany({
      where: values.summit ? { slug: values.summit } : {},
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    });
    if (values.summit && summits.length === 0) throw new CommandRefusal(`No summit "${values.summit}".`);
    let failed = 0;
    for (const summit of summits) {
      const before = await verifyStoredConflicts(db, summit.id);
      if (!before.current) await refreshStoredConflicts(db, summit.id);
      const found = before.current ? before : await verifyStoredConflicts(db, summit.id);
      const differences = found.missing.length + found.unexpected.length + found.changed.length;
      const state = before.current ? "current" : "was stale, brought up to date";
      if (differences === 0 && found.current) {
        console.log(`✔ ${summit.slug}: stored conflicts equal a full re-check (${state}).`);
        continue;
      }
      failed++;
      console.error(`✖ ${summit.slug}: ${found.missing.length} missing, ${found.unexpected.length} not found by the re-check, ${found.changed.length} different (${state}).`);
      for (const c of found.missing.slice(0, 10)) console.error(`  missing: ${c.id} ${c.message}`);
      for (const c of found.unexpected.slice(0, 10)) console.error(`  stale: ${c.id} ${c.message}`);
      for (const c of found.changed.slice(0, 10)) console.error(`  changed: ${c.now.id} ${c.stored.message} → ${c.now.message}`);
    }
    return failed === 0 ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`✖ ${error instanceof DomainError || error instanceof CommandRefusal ? error.message : `Verification failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`}`);
    process.exitCode = 1;
  },
);
