// The proxy (Next's middleware) does four things, none of them the guard: every page, action and
// route handler checks the actor itself (lib/auth/session.ts, lib/auth/gate.ts).
// 1. Server actions: refuses one from a foreign Origin (403), and a body too large (413),
//    unreadable or nested too deeply (400), before Next decodes it (lib/http/origin.ts,
//    lib/http/action-body.ts).
// 2. Forwarded headers: drops X-Forwarded-* a client wrote itself unless TRUST_PROXY says a
//    reverse proxy in front sets them (lib/http/forwarded.ts); Next then writes the socket's own.
// 3. Pages: a Content-Security-Policy with a fresh nonce (lib/http/csp.ts).
// 4. Visitors without a session cookie go to sign-in (an optimistic cookie check: the token is
//    decrypted once per request, by the page); a language a reader picks on any page (`?lang=`)
//    is remembered in a cookie and told to the root layout.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { SESSION_COOKIE, decodeSession, usesSecureCookies } from "@/lib/auth/session-cookie";
import { actionBodyLimit, checkActionBody, isPossibleServerAction } from "@/lib/http/action-body";
import { CSP_HEADER, NONCE_HEADER, contentSecurityPolicy, createNonce } from "@/lib/http/csp";
import { FORWARDED_HEADERS, trustedProxies } from "@/lib/http/forwarded";
import { foreignOrigin } from "@/lib/http/origin";
import { LANG_COOKIE, LANG_COOKIE_OPTIONS, READER_LANG_HEADER, bilingualPageLang, langToRemember } from "@/lib/i18n/lang";

// Reached without a session: sign-in, next-auth's endpoints, health, calendar feeds (token in the
// URL), static assets; and the live-updates stream, which answers 401 itself (a browser's
// EventSource cannot follow a redirect to a page).
const PUBLIC = /^\/(sign-in|api\/auth|api\/health|api\/events$|feeds\/|_next\/|favicon\.ico|icon\.svg$)/;

/** A refusal Next's client shows as the action's error (it reads a text/plain body of a 4xx). */
function refuse(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}

async function hasSignedSession(request: NextRequest): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret || !request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) return false;
  const token = await getToken({ req: request, secret, secureCookie: usesSecureCookies(), decode: decodeSession }).catch(() => null);
  return Boolean(token?.sub);
}

export async function proxy(request: NextRequest) {
  if (isPossibleServerAction(request.method, request.headers)) {
    const foreign = foreignOrigin(request.headers);
    if (foreign) {
      console.warn(`server action refused: ${foreign} is not this app's origin`);
      return refuse(403, "This request did not come from a page of this app. Nothing was saved.");
    }
    const pathname = request.nextUrl.pathname;
    // The larger limit of a spreadsheet upload only for a session this app signed: a cookie that
    // merely carries the name is not enough to make the server buffer 26 MB.
    const signedIn = actionBodyLimit(pathname, true) > actionBodyLimit(pathname, false) && (await hasSignedSession(request));
    const refusal = await checkActionBody(request, actionBodyLimit(pathname, signedIn));
    if (refusal) return refuse(refusal.status, refusal.message);
  }

  const { pathname, searchParams } = request.nextUrl;
  if (!PUBLIC.test(pathname) && !request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = "";
    return NextResponse.redirect(url);
  }

  // The request as passed on: changed only where needed, so Next merges no headers otherwise.
  let headers: Headers | undefined;
  const edit = () => (headers ??= new Headers(request.headers));
  if (trustedProxies() === 0) {
    for (const name of FORWARDED_HEADERS) if (request.headers.has(name)) edit().delete(name);
  }
  // The root layout learns a page's language from a request header (for <html lang>);
  // one a client sent itself is dropped.
  const query = searchParams.get("lang");
  const cookie = request.cookies.get(LANG_COOKIE)?.value;
  const pageLang = bilingualPageLang(pathname, query, cookie);
  if (request.headers.has(READER_LANG_HEADER)) edit().delete(READER_LANG_HEADER);
  if (pageLang) edit().set(READER_LANG_HEADER, pageLang);
  // A document (not a router fetch of RSC data): Next reads the nonce from the request's policy.
  let csp: string | undefined;
  if (!request.headers.has("rsc")) {
    const nonce = createNonce();
    csp = contentSecurityPolicy(nonce);
    edit().set(CSP_HEADER, csp);
    edit().set(NONCE_HEADER, nonce);
  }

  const response = headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
  if (csp) response.headers.set(CSP_HEADER, csp);
  const lang = langToRemember({ method: request.method, pathname, query, cookie, prefetch: request.headers.has("next-router-prefetch") });
  if (lang) response.cookies.set(LANG_COOKIE, lang, { ...LANG_COOKIE_OPTIONS, secure: request.nextUrl.protocol === "https:" });
  return response;
}

// Next runs the proxy only where it has work: it costs each request it sees about 1.5 ms (a web
// Request built, headers merged; issue #5). Skipped: a signed-in reader's router fetches (`rsc`
// header: RSC data, never a document) with no language in play, and static files, health and
// feeds. Every document is seen (it needs its nonce), and so is every request Next could take for
// a server action, whatever else it carries. Next reads this config statically, so the names are
// written out; tests/unit/proxy.test.ts checks them against the code, and that every request the
// proxy would change still reaches it.
export const config = {
  matcher: [
    // No session cookie (plain, or __Secure- over HTTPS): off to sign-in.
    {
      source: "/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
    // A language chosen (?lang=) or remembered (cookie): told to the layout, remembered (sign-in
    // included: it is a page in the reader's language too).
    { source: "/((?!api/auth|api/health|feeds/|_next/|favicon.ico).*)", has: [{ type: "query", key: "lang" }] },
    { source: "/((?!api/auth|api/health|feeds/|_next/|favicon.ico).*)", has: [{ type: "cookie", key: "lang" }] },
    // The layout's language header sent by a client itself: removed.
    { source: "/((?!api/health|feeds/|_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "x-reader-lang" }] },
    // A document, sign-in and next-auth's endpoints included: its nonce; forwarded headers checked.
    { source: "/((?!api/health|feeds/|_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "rsc" }] },
    // A server action, as Next recognises one (next/dist/server/lib/server-action-request-meta.js).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded" }] },
  ],
};
