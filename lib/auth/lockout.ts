// The limit on password guesses, counted in the database so it holds across app instances.
//
// Counted per account AND client address (lib/http/forwarded.ts: an IPv4 address or an IPv6 /64):
// MAX_FAILURES wrong passwords within LOCKOUT_MINUTES lock that address out of that account, so a
// guesser locks out themselves, not the owner, who keeps signing in from their own address. A
// guesser with many addresses is stopped by a ceiling on the account's failures from all addresses
// together (MAX_ACCOUNT_FAILURES), which does not apply to addresses the account signed in from in
// the last KNOWN_CLIENT_DAYS days: under such an attack the owner is refused only from a network
// they have not used lately, until the window passes. Failures older than the window are deleted
// as new ones arrive, so client addresses are not kept longer than they are needed.
import { readAll, type DbOrTx } from "@/lib/db";

export const MAX_FAILURES = 5;
export const MAX_ACCOUNT_FAILURES = 10 * MAX_FAILURES;
export const LOCKOUT_MINUTES = 15;
export const KNOWN_CLIENT_DAYS = 30;

export type Attempt = {
  /** The account, normalised (lower-case e-mail). */
  email: string;
  /** Who is guessing: a client address, or a label for attempts made inside a session. */
  client: string;
  now: Date;
};

/**
 * Run `check` (a password check) unless this client is locked out of this account. A false answer
 * is a failure and counts; a true one clears this client's failures and, with `remember`, marks
 * the client as one the account signs in from. "locked" means the check did not run.
 */
export async function limitAttempts(db: DbOrTx, attempt: Attempt, check: () => Promise<boolean>, options: { remember?: boolean } = {}): Promise<boolean | "locked"> {
  const { email, client, now } = attempt;
  const since = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
  // Record the attempt before counting, so parallel guesses count each other: whatever the
  // interleaving, at most MAX_FAILURES attempts per client and window get as far as the check.
  const row = await db.loginFailure.create({ data: { email, client, at: now }, select: { id: true } });
  const [fromClient, fromAll, known] = await readAll(db, [
    () => db.loginFailure.count({ where: { email, client, at: { gt: since } } }),
    () => db.loginFailure.count({ where: { email, at: { gt: since } } }),
    () => db.signInClient.findUnique({ where: { email_client: { email, client } }, select: { at: true } }),
  ] as const);
  const knownClient = !!known && known.at.getTime() > now.getTime() - KNOWN_CLIENT_DAYS * 86_400_000;
  if (fromClient > MAX_FAILURES || (fromAll > MAX_ACCOUNT_FAILURES && !knownClient)) {
    // A refused attempt does not extend the lock: it ends LOCKOUT_MINUTES after the last real failure.
    await db.loginFailure.delete({ where: { id: row.id } });
    return "locked";
  }
  if (!(await check())) {
    await db.loginFailure.deleteMany({ where: { email, at: { lte: since } } });
    return false;
  }
  await db.loginFailure.deleteMany({ where: { email, OR: [{ client }, { at: { lte: since } }] } });
  if (options.remember) {
    await db.signInClient.upsert({ where: { email_client: { email, client } }, create: { email, client, at: now }, update: { at: now } });
  }
  return true;
}
