import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/session";
import { checkCredentials, LOCKOUT_MINUTES, MAX_FAILURES } from "@/lib/auth/sign-in";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const PASSWORD = "correct horse battery";
let userId = "";

beforeAll(async () => {
  await resetDatabase(db);
  const user = await db.user.create({ data: { email: "planner@example.org", name: "Planner", role: "PLANNER", passwordHash: await hashPassword(PASSWORD) } });
  userId = user.id;
});
afterAll(() => db.$disconnect());

describe("checkCredentials", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    expect(await checkCredentials(db, "  Planner@Example.org ", PASSWORD)).toEqual({ ok: true, userId, sessionVersion: 0 });
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    expect(await checkCredentials(db, "nobody@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(db, "planner@example.org", "wrong")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after 5 failures within 15 minutes, even for the right password, and unlocks after", async () => {
    await db.loginFailure.deleteMany();
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await checkCredentials(db, "planner@example.org", `wrong-${i}`, new Date(t0.getTime() + i * 60_000))).toEqual({ ok: false, reason: "invalid" });
    }
    const during = new Date(t0.getTime() + 10 * 60_000);
    expect(await checkCredentials(db, "planner@example.org", PASSWORD, during)).toEqual({ ok: false, reason: "locked" });
    // Locked attempts are not counted, so the lock ends 15 minutes after the last real failure.
    expect(await db.loginFailure.count({ where: { email: "planner@example.org" } })).toBe(MAX_FAILURES);
    const after = new Date(t0.getTime() + (MAX_FAILURES - 1 + LOCKOUT_MINUTES) * 60_000 + 1000);
    expect(await checkCredentials(db, "planner@example.org", PASSWORD, after)).toEqual({ ok: true, userId, sessionVersion: 0 });
    expect(await db.loginFailure.count({ where: { email: "planner@example.org" } })).toBe(0);
  });

  it("does not lock on failures spread over more than 15 minutes", async () => {
    const t0 = new Date("2026-01-02T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES + 2; i++) {
      await checkCredentials(db, "planner@example.org", "wrong", new Date(t0.getTime() + i * 4 * 60_000));
    }
    expect(await checkCredentials(db, "planner@example.org", PASSWORD, new Date(t0.getTime() + 28 * 60_000 + 1))).toEqual({ ok: true, userId, sessionVersion: 0 });
  });

  it("refuses a deactivated user with the generic answer, and loadActor drops them", async () => {
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await checkCredentials(db, "planner@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await loadActor(db, userId)).toBeNull();
    await db.user.update({ where: { id: userId }, data: { active: true } });
    expect(await loadActor(db, userId)).toMatchObject({ role: "PLANNER", delegationIds: [], agencyId: null });
  });
});

describe("checkCredentials under parallel guessing", () => {
  it("lets at most 5 of 40 parallel wrong guesses reach the password check", async () => {
    await db.loginFailure.deleteMany();
    const now = new Date("2026-01-03T10:00:00Z");
    const guesses = Array.from({ length: 40 }, (_, i) => `guess-${i}`);
    const results = await Promise.all(guesses.map((g) => checkCredentials(db, "planner@example.org", g, now)));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(40 - checked);
    // Only the attempts that reached the check stay counted.
    expect(await db.loginFailure.count({ where: { email: "planner@example.org" } })).toBe(checked);
  });
});
