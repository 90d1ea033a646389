// Direct database access for arranging and checking end-to-end tests (users per role, state
// checks). Plain SQL through pg: Playwright loads specs as CommonJS, the generated client is ESM.
import crypto from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { e2eSettings } from "../scripts/lib/e2e-settings.mjs";

let pool: pg.Pool | undefined;

/** One connection: the embedded database must not see concurrent clients. */
function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: e2eSettings().databaseUrl, max: 1 });
  return pool;
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await db().query<T>(text, values)).rows;
}

export async function count(text: string, values: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: string }>(`SELECT count(*) AS n FROM (${text}) AS q`, values);
  return Number(row.n);
}

export async function closeDb() {
  await pool?.end();
  pool = undefined;
}

export const TEST_PASSWORD = "e2e-password-long-enough";

type Role = "ADMIN" | "PLANNER" | "LIAISON" | "AGENCY" | "VIEWER";

/** A fresh user for one test, so lockouts and deactivations never touch the shared demo users. */
export async function makeUser(role: Role, scope: { delegationIds?: string[]; agencyId?: string } = {}) {
  const id = `e2e-${crypto.randomUUID()}`;
  const email = `${id}@example.org`;
  await sql(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "agencyId", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [id, email, `E2E ${role.toLowerCase()}`, role, await hashPassword(TEST_PASSWORD), scope.agencyId ?? null],
  );
  for (const delegationId of scope.delegationIds ?? []) {
    await sql(`INSERT INTO "LiaisonAssignment" ("userId", "delegationId") VALUES ($1, $2)`, [id, delegationId]);
  }
  return { id, email };
}
