// Calendar feed secrets: 32 random bytes, base64url. Only the SHA-256 is stored; the secret is
// shown to its owner once, when it is made.
import { createHash, randomBytes } from "node:crypto";

/** base64url of 32 bytes: exactly 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The feed's path for a token: /feeds/<token>.ics */
export function feedPath(token: string): string {
  return `/feeds/${token}.ics`;
}
