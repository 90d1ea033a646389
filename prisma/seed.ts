// `npm run db:seed [-- --force]`: writes the demo summit. Prints one line; exit code 2 when the
// database holds non-demo data (re-run with --force to add the demo beside it), 1 on any other
// failure.
import { createPrismaClient } from "@/lib/db";
import { DEMO_USERS, NonDemoDataError, seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_PASSWORD } from "@/lib/demo/users";

/** The line of an error message worth printing: Prisma puts the cause last, others first. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return "unknown error";
  return lines[0].startsWith("Invalid `") ? lines[lines.length - 1] : lines[0];
}

function summary(counts: Record<string, number>, seconds: string): string {
  const n = (key: string) => counts[key] ?? 0;
  return (
    `Seeded the demo summit: ${n("delegations")} delegations, ${n("members")} members, ${n("venues")} venues, ` +
    `${n("programmeItems")} programme items, ${n("bilateralRequests")} bilateral requests, ${n("movements")} movements, ` +
    `${n("agencyTasks")} agency tasks, ${n("users")} users (${seconds} s).`
  );
}

function printSignIns() {
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(26)} ${user.role.toLowerCase().padEnd(8)} ${user.scope}`);
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Seeding failed: DATABASE_URL is not set.");
    return 1;
  }
  const force = process.argv.slice(2).includes("--force");
  const db = createPrismaClient(url, Number(process.env.DATABASE_POOL_MAX) || 1);
  const started = performance.now();
  try {
    const result = await seedDemo(db, { force });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(result.created ? summary(result.counts, seconds) : "Demo summit already present; nothing changed.");
    if (process.argv.includes("--print-sign-ins")) printSignIns();
    return 0;
  } catch (error) {
    if (error instanceof NonDemoDataError) {
      console.error(error.message);
      return 2;
    }
    console.error(`Seeding failed: ${oneLine(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => {
  process.exitCode = code;
});
