// Where next-auth may send a browser after sign-in or sign-out: a path on this app, nothing else.
// The redirect callback (options.ts) falls back to the home page for anything else; the auth route
// (app/api/auth/[...nextauth]) answers 400 first for a bad callbackUrl in the query or the
// callback-url cookie, which next-auth itself would check and answer with a 500.
import type { NextRequest } from "next/server";

/** Longer than any path the app links to; a longer value is not ours. */
const MAX_LENGTH = 2048;
/** Control characters (header injection) and backslashes (which browsers read as slashes). */
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * The path, query and fragment a callback URL names on `baseUrl`'s origin: a relative path
 * ("/programme?lang=nl") or an absolute URL of the same origin (next-auth's client sends the
 * page's own address). Null for anything else: another origin, a protocol-relative "//host",
 * another scheme (javascript:, data:), malformed URLs or percent-encoding, non-strings.
 */
export function sameOriginPath(value: unknown, baseUrl: string): string | null {
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH || FORBIDDEN.test(value)) return null;
  let url: URL;
  let base: URL;
  try {
    base = new URL(baseUrl);
    if (value.startsWith("/")) url = new URL(value, base);
    else url = new URL(value);
  } catch {
    return null;
  }
  if (value.startsWith("//") || url.origin !== base.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" normalises to "//host", which a browser would read as another origin.
  if (path.startsWith("//")) return null;
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  return path;
}

/** next-auth's base URL, as it derives it from NEXTAUTH_URL (no scheme means https); else the request's. */
function authOrigin(request: NextRequest): string {
  const configured = process.env.NEXTAUTH_URL;
  if (!configured) return request.nextUrl.origin;
  try {
    return new URL(configured.startsWith("http") ? configured : `https://${configured}`).origin;
  } catch {
    return request.nextUrl.origin;
  }
}

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * A 400 for a request to next-auth whose callbackUrl (query) or callback-url cookie is not a path
 * on this app; null when the request may go on. A bad cookie is cleared, so the next try works.
 */
export function refuseBadCallbackUrl(request: NextRequest): Response | null {
  const origin = authOrigin(request);
  const badQuery = request.nextUrl.searchParams.getAll("callbackUrl").some((value) => value !== "" && sameOriginPath(value, origin) === null);
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== "" && sameOriginPath(value, origin) === null;
  });
  if (!badQuery && badCookies.length === 0) return null;
  const headers = new Headers({ "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  for (const name of badCookies) {
    headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  }
  return new Response("Bad request: check callbackUrl", { status: 400, headers });
}
