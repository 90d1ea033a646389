// Whether a state-changing request comes from a page of this app. Next compares a server action's
// Origin with X-Forwarded-Host (else Host), which a client can write itself; the proxy checks
// here first, against the app's own address, and refuses the rest with a 403.
import { trustedProxies } from "./forwarded";

/**
 * The origin requests must come from: NEXTAUTH_URL's (the address users reach the app at; set by
 * `npm start`). Without it (a bare `next dev`), the Host header's, or X-Forwarded-Host's when a
 * trusted proxy sets it (TRUST_PROXY).
 */
function expectedHost(headers: Headers, url = process.env.NEXTAUTH_URL): { origin?: string; host?: string } {
  if (url) {
    try {
      return { origin: new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url : `https://${url}`).origin };
    } catch {
      return {};
    }
  }
  const forwarded = trustedProxies() > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return { host: (forwarded || headers.get("host") || undefined)?.toLowerCase() };
}

/**
 * Null when the request may proceed, else why not. A request without Origin passes (browsers
 * send it with every POST; a client that leaves it out is not a browser carrying someone's
 * cookies), as Next lets it; "null" (a sandboxed frame, a redirect chain) does not.
 */
export function foreignOrigin(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  if (origin === "null") return "Origin null";
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return "an unreadable Origin";
  }
  const expected = expectedHost(headers);
  if (expected.origin ? sent.origin === expected.origin : !!expected.host && sent.host === expected.host) return null;
  return `Origin ${sent.origin}`;
}
