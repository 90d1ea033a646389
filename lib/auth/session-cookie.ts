// next-auth's JWT cookie, plain or __Secure- prefixed over HTTPS, possibly split into .0, .1, …
// Dependency-free: the proxy reads it without loading the auth options.
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
