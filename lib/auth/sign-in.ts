// Credential checks, with the limit on guesses per account and client address (./lockout.ts).
import type { DbOrTx } from "@/lib/db";
import { limitAttempts } from "./lockout";
import { hashPassword, verifyPassword } from "./password";

export { KNOWN_CLIENT_DAYS, LOCKOUT_MINUTES, MAX_ACCOUNT_FAILURES, MAX_FAILURES } from "./lockout";

// Verified against for unknown e-mails so a miss costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "locked" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Check an e-mail and password sent from `client` (a client address, lib/http/forwarded.ts). */
export async function checkCredentials(
  db: DbOrTx,
  rawEmail: string,
  password: string,
  now: Date = new Date(),
  client = "unknown",
): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  let user: { id: string; sessionVersion: number } | null = null;
  const outcome = await limitAttempts(
    db,
    { email, client, now },
    async () => {
      const found = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true, sessionVersion: true } });
      const valid = await verifyPassword(found?.passwordHash ?? (await getDummyHash()), password);
      if (!found || !found.active || !valid) return false;
      user = found;
      return true;
    },
    { remember: true },
  );
  if (outcome === "locked") return { ok: false, reason: "locked" };
  if (!outcome || !user) return { ok: false, reason: "invalid" };
  const { id, sessionVersion } = user;
  return { ok: true, userId: id, sessionVersion };
}
