// `npm run demo:reset`: start the demo again. Embedded: removes .data/pglite (the next `npm start`
// re-creates and re-seeds it). With DATABASE_URL: deletes the demo summit and writes it again in
// one transaction, touching demo rows only (lib/demo/reset-demo.ts); when that would change data
// that is not the demo's, it refuses, says why and changes nothing (exit code 2).
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { DemoResetRefusedError, resetDemo } from "../lib/demo/reset-demo";
import { DemoEmailTakenError } from "../lib/demo/seed-demo";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.resolve(__dirname, "../.data/pglite");
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`Removed the embedded database (${path.relative(process.cwd(), dir) || dir}). Run npm start for a fresh demo.`);
    return 0;
  }
  const db = createPrismaClient(url, 1);
  try {
    await resetDemo(db);
    console.log("The demo summit was reset.");
    return 0;
  } catch (error) {
    if (error instanceof DemoResetRefusedError || error instanceof DemoEmailTakenError) {
      console.error(`✖ ${error.message}`);
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
    console.error(`✖ Reset failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exitCode = 1;
  },
);
