// `npm run demo:reset`: start the demo again. Embedded: removes .data/pglite (the next `npm start`
// re-creates and re-seeds it). With DATABASE_URL: deletes the demo summit and demo users only,
// then seeds again; other data is never touched.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { seedDemo } from "../lib/demo/seed-demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.resolve(__dirname, "../.data/pglite");
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`Removed the embedded database (${path.relative(process.cwd(), dir) || dir}). Run npm start for a fresh demo.`);
    return;
  }
  const db = createPrismaClient(url, 1);
  try {
    await db.$transaction(async (tx) => {
      await tx.user.deleteMany({ where: { isDemo: true } });
      await tx.summit.deleteMany({ where: { isDemo: true } });
    });
    const result = await seedDemo(db, { force: true });
    console.log(result.created ? "The demo summit was reset." : "The demo summit is present.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✖ Reset failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
});
