// Guessing passwords locks out the guesser, not the owner: failures are counted per account and
// client address, so five wrong guesses from one address stop that address only, however many
// arrive at once; the owner signs in from their own. A ceiling across all addresses stops a guesser
// with many of them, except from addresses the account signed in from lately. Changing one's own
// password allows as few wrong current passwords.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { MAX_ACCOUNT_FAILURES, MAX_FAILURES, checkCredentials } from "@/lib/auth/sign-in";
import { ValidationError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/mutations";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const PASSWORD = "correct horse battery";
const EMAIL = "admin@example.org";
const A = "203.0.113.7";
const B = "198.51.100.20";
let userId = "";
let actor: Actor;

beforeAll(async () => {
  await resetDatabase(db);
  const user = await db.user.create({ data: { email: EMAIL, name: "Admin", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
  userId = user.id;
  actor = { userId, name: "Admin", email: EMAIL, role: "ADMIN", delegationIds: [], agencyId: null, mustChangePassword: false };
});
beforeEach(async () => {
  await db.loginFailure.deleteMany();
  await db.signInClient.deleteMany();
});
afterAll(() => db.$disconnect());

const t0 = new Date("2026-03-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const ok = () => ({ ok: true, userId, sessionVersion: 0 });

describe("sign-in lockout per account and address", () => {
  it("five wrong guesses from A lock A out of that account, while the owner signs in from B", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await checkCredentials(db, EMAIL, `guess-${i}`, at(i), A)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(6), A)).toEqual({ ok: false, reason: "locked" });
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(7), B)).toEqual(ok());
    // The owner's sign-in does not lift the guesser's lock.
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(8), A)).toEqual({ ok: false, reason: "locked" });
    // A's lock is on this account only.
    expect(await checkCredentials(db, "someone-else@example.org", "x", at(9), A)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a parallel burst from A gets at most five password checks, and B is not locked by it", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => checkCredentials(db, EMAIL, `burst-${i}`, t0, A)));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(40 - checked);
    expect(await db.loginFailure.count({ where: { email: EMAIL, client: A } })).toBe(checked);
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(1), B)).toEqual(ok());
  });

  it("does not keep failures (and the addresses in them) beyond the window", async () => {
    await checkCredentials(db, EMAIL, "old guess", at(0), A);
    await checkCredentials(db, EMAIL, "new guess", at(30), B);
    expect(await db.loginFailure.findMany({ where: { email: EMAIL }, select: { client: true } })).toEqual([{ client: B }]);
  });

  it("stops a guesser with many addresses at the account-wide ceiling, except from addresses the owner signed in from", async () => {
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(0), B)).toEqual(ok());
    const addresses = Array.from({ length: MAX_ACCOUNT_FAILURES / MAX_FAILURES }, (_, i) => `192.0.2.${i + 1}`);
    for (const address of addresses) for (let i = 0; i < MAX_FAILURES; i++) await checkCredentials(db, EMAIL, "wrong", at(1), address);
    // Every address had its five: a new one is refused, whatever it sends.
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(2), "192.0.2.200")).toEqual({ ok: false, reason: "locked" });
    // The owner's own address still gets in.
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(3), B)).toEqual(ok());
    // The ceiling ends with the window.
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(17), "192.0.2.200")).toEqual(ok());
  });
});

describe("changing one's own password", () => {
  const change = (current: string, now: Date) =>
    changeOwnPassword(db, actor, { current, password: "a-brand-new-password", confirm: "a-brand-new-password" }, now).then(
      () => "changed",
      (e: Error) => e.message,
    );

  it("allows five wrong current passwords per 15 minutes, then refuses even the right one", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await change(`wrong-${i}`, at(i))).toBe("The current password is not correct.");
    expect(await change(PASSWORD, at(6))).toMatch(/Too many wrong passwords/);
    // The refusal carries its Dutch wording, which the gate answers a Dutch reader with.
    const refused = await changeOwnPassword(db, actor, { current: PASSWORD, password: "a-brand-new-password", confirm: "a-brand-new-password" }, at(7)).catch((e: unknown) => e);
    expect((refused as ValidationError).saidIn("nl")?.message).toMatch(/^Te vaak een verkeerd wachtwoord\. Probeer het over \d+ minuten opnieuw\.$/);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).toEqual({ sessionVersion: 0 });
  });

  it("gives a parallel burst at most five checks", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`burst-${i}`, t0)));
    expect(results.filter((r) => r === "The current password is not correct.").length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => /Too many wrong passwords/.test(r)).length).toBeGreaterThanOrEqual(30 - MAX_FAILURES);
  });

  it("does not lock the account's sign-in", async () => {
    for (let i = 0; i < MAX_FAILURES + 2; i++) await change(`wrong-${i}`, at(i));
    expect(await checkCredentials(db, EMAIL, PASSWORD, at(8), B)).toEqual(ok());
  });
});

describe("the client address next-auth's authorize sees", () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
  let authorize: Authorize;
  const signIn = (password: string, forwardedFor: string) => authorize({ email: EMAIL, password }, { headers: { "x-forwarded-for": forwardedFor } }).then(
    (user) => (user ? "signed in" : "refused"),
    (e: Error) => e.message,
  );

  beforeAll(async () => {
    const { authOptions } = await import("@/lib/auth/options");
    authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await (await import("@/lib/db")).getDb().$disconnect();
  });

  it("without TRUST_PROXY: the address Next saw (the last one), so a forged list does not make a new client", async () => {
    vi.stubEnv("TRUST_PROXY", "");
    for (let i = 0; i < MAX_FAILURES; i++) expect(await signIn("wrong", `10.9.9.${i}, ${A}`)).toBe("refused");
    expect(await signIn(PASSWORD, `10.9.9.99, ${A}`)).toBe("AccountLocked");
    expect(await signIn(PASSWORD, B)).toBe("signed in");
  });

  it("with TRUST_PROXY=1: the address the proxy in front saw (the last it appended)", async () => {
    vi.stubEnv("TRUST_PROXY", "1");
    for (let i = 0; i < MAX_FAILURES; i++) expect(await signIn("wrong", `10.9.9.${i}, ${A}`)).toBe("refused");
    expect(await signIn(PASSWORD, `1.2.3.4, ${A}`)).toBe("AccountLocked");
    expect(await signIn(PASSWORD, `${A}, ${B}`)).toBe("signed in");
  });
});
