import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";

/** A client on the run's fresh database; single connection when it is the embedded one. */
export function testDb(): Db {
  return createPrismaClient(inject("databaseUrl"), inject("embedded") ? 1 : 5);
}

const TABLES = [
  "AuditEntry", "Acknowledgement", "CalendarToken", "LoginFailure", "SignInClient", "AgencyTask", "CoverageRule", "Movement",
  "BilateralParty", "BilateralRequest", "Participation", "ProgrammeItem", "LiaisonAssignment", "User", "Agency",
  "Member", "Delegation", "TravelTime", "Space", "Venue", "Summit",
];

/** Empty every table: each test file builds exactly the fixture it asserts on. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
}
