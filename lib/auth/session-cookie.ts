// next-auth's JWT cookie, plain or __Secure- prefixed over HTTPS, possibly split into .0, .1, …,
// and its decoding. Light: the proxy reads it without loading the auth options.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

export const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * `__Secure-` cookie names when users reach the app over HTTPS: decided here once, for the
 * sign-in that sets the cookie (useSecureCookies) and the pages that read it (getToken), as
 * next-auth would from NEXTAUTH_URL (an origin without a scheme counts as https).
 */
export function usesSecureCookies(url = process.env.NEXTAUTH_URL): boolean {
  if (!url) return false;
  try {
    return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url : `https://${url}`).protocol === "https:";
  } catch {
    return false;
  }
}

/** next-auth's encryption key of a session secret (its getDerivedEncryptionKey, no salt), once per secret. */
const derivedKeys = new Map<string, Uint8Array>();
function encryptionKey(secret: string | Buffer): Uint8Array {
  const known = typeof secret === "string" ? derivedKeys.get(secret) : undefined;
  if (known) return known;
  const key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
  if (typeof secret === "string") derivedKeys.set(secret, key);
  return key;
}

/**
 * next-auth's JWT `decode` for session tokens, given to its getToken, with the key derived once per
 * secret. next-auth derives it again on every call, asynchronously, in libuv's thread pool: a
 * page's render went on with other work meanwhile, and its first database read (the actor) started
 * about 1.5 ms later than it could. The same checks: a direct-key A256GCM token, its expiry with
 * 15 s of tolerance.
 */
export async function decodeSession({ token, secret }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
  return payload as JWT;
}
