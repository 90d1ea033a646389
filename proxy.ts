// Only redirects visitors without a session cookie to the sign-in page, and remembers the language
// a reader picks on a bilingual page (`?lang=`) in a cookie. It is never the guard: every page,
// action and route handler checks the actor itself (lib/auth/session.ts, lib/auth/gate.ts), so an
// optimistic cookie check is enough here and the token is decrypted once per request, by the page,
// not twice.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { LANG_COOKIE, LANG_COOKIE_OPTIONS, READER_LANG_HEADER, bilingualPageLang, langToRemember } from "@/lib/i18n/lang";

export function proxy(request: NextRequest) {
  if (!request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = "";
    return NextResponse.redirect(url);
  }
  const { pathname, searchParams } = request.nextUrl;
  const query = searchParams.get("lang");
  const cookie = request.cookies.get(LANG_COOKIE)?.value;
  // The root layout learns a bilingual page's language from a request header (for <html lang>);
  // one a client sent itself is dropped, and other requests are passed on untouched.
  const pageLang = bilingualPageLang(pathname, query, cookie);
  let response = NextResponse.next();
  if (pageLang || request.headers.has(READER_LANG_HEADER)) {
    const headers = new Headers(request.headers);
    headers.delete(READER_LANG_HEADER);
    if (pageLang) headers.set(READER_LANG_HEADER, pageLang);
    response = NextResponse.next({ request: { headers } });
  }
  const lang = langToRemember({ method: request.method, pathname, query, cookie, prefetch: request.headers.has("next-router-prefetch") });
  if (lang) response.cookies.set(LANG_COOKIE, lang, { ...LANG_COOKIE_OPTIONS, secure: request.nextUrl.protocol === "https:" });
  return response;
}

// Next runs the proxy only where it has work: it costs each request it sees about 1.5 ms (a web
// Request built, headers merged), a quarter of the itinerary page's budget (issue #5). A reader
// with a session cookie and no language in play needs nothing from it: it would pass the request
// on as it is, English being the default. Next reads this config statically, so the names are
// written out; tests/unit/proxy.test.ts checks them against SESSION_COOKIE, LANG_COOKIE and
// READER_LANG_HEADER, and that every request the proxy would change still reaches it.
export const config = {
  // Public: sign-in, auth API, health, calendar feeds (token in URL), static assets.
  matcher: [
    // No session cookie (plain, or __Secure- over HTTPS): off to sign-in.
    {
      source: "/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
    // A language chosen (?lang=) or remembered (cookie): told to the layout, remembered.
    { source: "/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)", has: [{ type: "query", key: "lang" }] },
    { source: "/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)", has: [{ type: "cookie", key: "lang" }] },
    // The layout's language header sent by a client itself: removed.
    { source: "/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)", has: [{ type: "header", key: "x-reader-lang" }] },
  ],
};
