// The reader's language: which one a page shows, and when the proxy remembers a choice.
// Pure and dependency-free, so the proxy can import it without the dictionaries or lib/time.

export const LANGS = ["en", "nl"] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that remembers the last language the reader chose on a page. */
export const LANG_COOKIE = "lang";

/** Path /, SameSite=Lax, about a year; `secure` is added by the proxy over HTTPS. */
export const LANG_COOKIE_OPTIONS = { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 } as const;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * A `?lang=` value as a page receives it. Repeated parameters count by their first value, as
 * `URLSearchParams.get` (the proxy, route handlers) reads them. Anything else but en/nl is null.
 */
export function parseLang(value: string | string[] | null | undefined): Lang | null {
  const first = Array.isArray(value) ? value[0] : value;
  return isLang(first) ? first : null;
}

/** A bilingual page's language: a valid `?lang=` first, else the remembered cookie, else English. */
export function resolveLang(query: string | string[] | null | undefined, cookie: string | null | undefined): Lang {
  return parseLang(query) ?? parseLang(cookie) ?? "en";
}

// Every page shows the reader's language (pages call readerLang, the header and the error pages
// follow). Downloads are not pages: a Dutch PDF taken from an English page is not a choice of page
// language, so their `?lang=` is neither remembered nor told to the layout. They are the route
// handlers: the itinerary and programme exports, the agency's task export, the import's templates
// and exports, a summit's archive, calendar feeds, and next-auth's and the health endpoints.
const DOWNLOAD = /^\/(exports\/.|import\/(templates|export)\/|admin\/summits\/[^/]+\/archive\/?$|feeds\/|api\/)/;

function isPage(pathname: string): boolean {
  return !DOWNLOAD.test(pathname);
}

/**
 * The request header through which the proxy tells the root layout a page's language
 * (for `<html lang>`; the layout cannot see the page's `?lang=`). Set only by the proxy.
 */
export const READER_LANG_HEADER = "x-reader-lang";

/** The language a page will show; null for a download, which has no page language. */
export function bilingualPageLang(pathname: string, query: string | null, cookie: string | null | undefined): Lang | null {
  return isPage(pathname) ? resolveLang(query, cookie) : null;
}

export type LangRequest = {
  method: string;
  pathname: string;
  /** `searchParams.get("lang")` */
  query: string | null;
  /** The `lang` cookie the request carries, if any. */
  cookie: string | null | undefined;
  /** A router prefetch is not the reader's choice. */
  prefetch: boolean;
};

/** The language the proxy should remember for this request, or null to leave the cookie alone. */
export function langToRemember({ method, pathname, query, cookie, prefetch }: LangRequest): Lang | null {
  if (method !== "GET" || prefetch || !isPage(pathname)) return null;
  const chosen = parseLang(query);
  return chosen && chosen !== cookie ? chosen : null;
}
