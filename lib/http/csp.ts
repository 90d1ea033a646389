// The Content-Security-Policy of every page, with a fresh nonce per request (set by proxy.ts).
// Next reads the nonce from the request's CSP header while rendering and puts it on every script
// it writes (its runtime, the page's chunks, the inline RSC payload); 'strict-dynamic' lets those
// load the chunks they need. Any other inline script, an injected one included, does not run.
// The app has no inline scripts of its own. Styles keep 'unsafe-inline': React writes `style`
// attributes (a nonce cannot cover attributes, and with a nonce present browsers ignore
// 'unsafe-inline').

/** The request header Next reads the nonce from, and the response header the browser enforces. */
export const CSP_HEADER = "content-security-policy";
/** The nonce on its own, for a server component that needs it (none does today). */
export const NONCE_HEADER = "x-nonce";

export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The policy for one response. `dev`: React's development tooling needs eval. */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}
