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
  | { ok: false; reason: "invalid" | "locked" | "agencyDeactivated" };

/** An agency coordinator whose agency is deactivated: they may not sign in, nor keep a session. */
export function isDeactivatedCoordinator(user: { role: string; agency: { deactivatedAt: Date | null } | null }): boolean {
  return user.role === "AGENCY" && !!user.agency?.deactivatedAt;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Check an e-mail and password sent from `client` (a client address, lib/http/forwarded.ts). The
 * coordinator of a deactivated agency is told so, but only with the right password: to anyone
 * else the account answers as every wrong password does. The attempt counts as a failure, as a
 * deactivated account's does, since nobody signed in.
 */
export async function checkCredentials(
  db: DbOrTx,
  rawEmail: string,
  password: string,
  now: Date = new Date(),
  client = "unknown",
): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  let user: { id: string; sessionVersion: number } | null = null;
  let agencyDeactivated = false;
  const outcome = await limitAttempts(
    db,
    { email, client, now },
    async () => {
      const found = await db.user.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, active: true, sessionVersion: true, role: true, agency: { select: { deactivatedAt: true } } },
      });
      const valid = await verifyPassword(found?.passwordHash ?? (await getDummyHash()), password);
      if (!found || !found.active || !valid) return false;
      if (isDeactivatedCoordinator(found)) {
        agencyDeactivated = true;
        return false;
      }
      user = found;
      return true;
    },
    { remember: true },
  );
  if (outcome === "locked") return { ok: false, reason: "locked" };
  if (agencyDeactivated) return { ok: false, reason: "agencyDeactivated" };
  if (!outcome || !user) return { ok: false, reason: "invalid" };
  const { id, sessionVersion } = user;
  return { ok: true, userId: id, sessionVersion };
}
