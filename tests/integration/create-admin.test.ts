// `npm run create-admin`: the only way to the first admin of a real installation.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { run } from "../../scripts/lib/processes.mjs";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const root = path.resolve(__dirname, "../..");
const createAdmin = (env: Record<string, string>) =>
  run(path.join(root, "node_modules/.bin/tsx"), ["scripts/create-admin.ts"], { env: { DATABASE_URL: inject("databaseUrl"), ...env }, cwd: root });

beforeAll(() => resetDatabase(db));
afterAll(() => db.$disconnect());

describe("create-admin", () => {
  it("creates an admin from the environment, with a hashed password that signs in", async () => {
    const out = await createAdmin({ ADMIN_EMAIL: "Chief@Example.org", ADMIN_NAME: "Chief", ADMIN_PASSWORD: "a-very-long-admin-password" });
    expect(out).toContain("Created admin chief@example.org.");
    const user = await db.user.findUniqueOrThrow({ where: { email: "chief@example.org" } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, isDemo: false });
    expect(await checkCredentials(db, "chief@example.org", "a-very-long-admin-password")).toMatchObject({ ok: true });
  }, 60_000);

  it("refuses a short password or a duplicate e-mail in one line and writes nothing", async () => {
    await expect(createAdmin({ ADMIN_EMAIL: "second@example.org", ADMIN_PASSWORD: "short" })).rejects.toThrow(/password: Use at least 12 characters/);
    await expect(createAdmin({ ADMIN_EMAIL: "chief@example.org", ADMIN_PASSWORD: "another-long-password" })).rejects.toThrow(/A user with this e-mail address exists/);
    expect(await db.user.count()).toBe(1);
  }, 60_000);
});
