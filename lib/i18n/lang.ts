// The reader's language: which one a page shows, and when the proxy remembers a choice.
// Pure and dependency-free, so the proxy can import it without the dictionaries or lib/time.

export const LANGS = ["en", "nl"] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that remembers the last language the reader chose on a bilingual page. */
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

// The pages that show the reader's language (they call readerLang). Downloads are not among them:
// a Dutch PDF taken from an English page is not a choice of page language. The agency's task day
// is /tasks/<yyyy-mm-dd>; /tasks/new, /tasks/edit/… and /tasks/export/… are not. The
// administrators' agency, user, assignment and summit pages are bilingual too (a summit's
// archive download, /admin/summits/<id>/archive, is not a page). So are the spreadsheet import
// and its personal-data page; the import's templates and exports (/import/templates/<kind>,
// /import/export/<kind>) are downloads.
const BILINGUAL_PAGE = /^\/(itinerary(\/[^/]+)?|exports|account\/calendar|tasks\/\d{4}-\d{2}-\d{2}|admin\/(agencies|users|summits)(\/[^/]+)?|admin\/assignments|import(\/personal-data)?)\/?$/;

/**
 * The request header through which the proxy tells the root layout a bilingual page's language
 * (for `<html lang>`; the layout cannot see the page's `?lang=`). Set only by the proxy.
 */
export const READER_LANG_HEADER = "x-reader-lang";

/** The language a page will show, for bilingual pages; null for the English-only rest. */
export function bilingualPageLang(pathname: string, query: string | null, cookie: string | null | undefined): Lang | null {
  return BILINGUAL_PAGE.test(pathname) ? resolveLang(query, cookie) : null;
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
  if (method !== "GET" || prefetch || !BILINGUAL_PAGE.test(pathname)) return null;
  const chosen = parseLang(query);
  return chosen && chosen !== cookie ? chosen : null;
}
