// `npm run summit:import -- <file> [--slug <new-slug>]`: an archive file (docs/summit-archive.md)
// imported as a new summit, in one transaction: all of it under new ids, or nothing. Refusals (a
// damaged, changed or too large file, an unknown format version, a slug in use) exit with code 2.
import { parseArgs } from "node:util";
import { ArchiveError } from "../lib/archive/format";
import { importArchiveFile, SlugTakenError } from "../lib/archive/import";
import { createPrismaClient } from "../lib/db";
import { DomainError } from "../lib/errors";

const USAGE = "Usage: npm run summit:import -- <file> [--slug <new-slug>]";

/** A refusal of this command (its environment, its arguments), shown as it is worded. */
class CommandRefusal extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { slug: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandRefusal("DATABASE_URL is not set: point it at the installation's PostgreSQL.");
  const db = createPrismaClient(url, 1);
  try {
    const result = await importArchiveFile(db, positionals[0], { slug: values.slug });
    const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
    console.log(`Imported summit "${result.name}" as ${result.slug}: ${rows} rows.`);
    const skipped = Object.entries(result.notImported).map(([table, n]) => `${n} ${table}`);
    if (skipped.length) console.log(`Not imported (they belong to user accounts, which an archive does not carry): ${skipped.join(", ")}.`);
    return 0;
  } catch (error) {
    if (error instanceof SlugTakenError) {
      console.error(`✖ ${error.message} Choose one with --slug <new-slug>.`);
      return 2;
    }
    if (error instanceof ArchiveError) {
      console.error(`✖ ${error.message} Nothing was imported.`);
      return 2;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`✖ ${error instanceof DomainError || error instanceof CommandRefusal ? error.message : `Import failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`} Nothing was imported.`);
    process.exitCode = 1;
  },
);
