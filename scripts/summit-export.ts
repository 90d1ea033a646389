// `npm run summit:export -- --summit <slug> --out <file>`: one summit, whole, to one archive file
// (docs/summit-archive.md). A file name ending in .gz is gzip-compressed, any other is plain JSON.
// The file appears only once it is complete: it is written beside its name, then renamed.
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportSummitBySlug, serializeArchive } from "../lib/archive/export";
import { countRows } from "../lib/archive/format";
import { createPrismaClient } from "../lib/db";
import { DomainError } from "../lib/errors";

const USAGE = "Usage: npm run summit:export -- --summit <slug> --out <file.json | file.json.gz>";

/** A refusal of this command (its environment, its arguments), shown as it is worded. */
class CommandRefusal extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { summit: { type: "string" }, out: { type: "string" } } });
  if (!values.summit || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandRefusal("DATABASE_URL is not set: point it at the installation's PostgreSQL.");
  const db = createPrismaClient(url, 1);
  try {
    const archive = await exportSummitBySlug(db, values.summit);
    const bytes = serializeArchive(archive, { gzip: values.out.endsWith(".gz") });
    const out = path.resolve(values.out);
    const partial = `${out}.partial`;
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, out);
    console.log(`Exported summit "${archive.content.summit.name}" (${values.summit}): ${countRows(archive.content)} rows to ${values.out}.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A refusal worded for the reader (no such summit, data that does not fit the format) is shown as it is.
    console.error(`✖ ${error instanceof DomainError || error instanceof CommandRefusal ? error.message : `Export failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`}`);
    process.exitCode = 1;
  },
);
