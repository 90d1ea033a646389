// Credential checks with a lockout counted in the database, so it holds across app instances.
import type { DbOrTx } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

// Verified against for unknown e-mails so a miss costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "locked" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function checkCredentials(
  db: DbOrTx,
  rawEmail: string,
  password: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const since = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
  // Record the attempt before checking anything, so parallel guesses count each other: whatever
  // the interleaving, at most MAX_FAILURES attempts per window get as far as the password check.
  const attempt = await db.loginFailure.create({ data: { email, at: now }, select: { id: true } });
  const attempts = await db.loginFailure.count({ where: { email, at: { gt: since } } });
  if (attempts > MAX_FAILURES) {
    // A refused attempt does not extend the lock: it ends LOCKOUT_MINUTES after the last real failure.
    await db.loginFailure.delete({ where: { id: attempt.id } });
    return { ok: false, reason: "locked" };
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true, sessionVersion: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !user.active || !valid) return { ok: false, reason: "invalid" };
  await db.loginFailure.deleteMany({ where: { email } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
