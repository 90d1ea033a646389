// Shared by the import tests: the demo summit, a planner, real .xlsx and CSV bytes, and a
// fingerprint of every table an import writes (row counts, newest updatedAt, versions, audit
// entries) to prove that a refused or repeated import wrote nothing.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { importSummitBySlug } from "@/lib/import/queries";
import { resetDatabase } from "./helpers";

export async function demoImportFixture(db: Db) {
  await resetDatabase(db);
  await seedDemo(db);
  const summit = await importSummitBySlug(db, DEMO_SUMMIT_SLUG);
  const user = await db.user.findUniqueOrThrow({ where: { email: "planner@demo.summit" }, select: { id: true } });
  const planner = (await loadActor(db, user.id)) as Actor;
  return { summit, planner };
}

export async function xlsx(rows: unknown[][], build?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Import");
  for (const row of rows) ws.addRow(row);
  build?.(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const csv = (text: string) => new TextEncoder().encode(text);

/** Everything an import could change, summed up. */
export async function fingerprint(db: Db) {
  const [tables] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`
    SELECT
      (SELECT count(*) FROM "Delegation")::int AS delegations, (SELECT max("updatedAt") FROM "Delegation") AS "delegationsAt",
      (SELECT count(*) FROM "Member")::int AS members, (SELECT max("updatedAt") FROM "Member") AS "membersAt",
      (SELECT count(*) FROM "Venue")::int AS venues, (SELECT max("updatedAt") FROM "Venue") AS "venuesAt",
      (SELECT count(*) FROM "Space")::int AS spaces, (SELECT max("updatedAt") FROM "Space") AS "spacesAt",
      (SELECT count(*) FROM "TravelTime")::int AS "travelTimes", (SELECT max("updatedAt") FROM "TravelTime") AS "travelTimesAt",
      (SELECT count(*) FROM "Movement")::int AS movements, (SELECT sum(version) FROM "Movement")::int AS "movementVersions",
      (SELECT count(*) FROM "AgencyTask")::int AS tasks, (SELECT max("updatedAt") FROM "AgencyTask") AS "tasksAt",
      (SELECT count(*) FROM "AuditEntry")::int AS audits,
      (SELECT count(*) FROM "ConflictOverride")::int AS overrides`);
  return tables;
}
