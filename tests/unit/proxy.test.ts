// The proxy's two jobs, on real NextRequests: send visitors without a session cookie to sign-in,
// and remember a language chosen on a bilingual page in the `lang` cookie.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { LANG_COOKIE, READER_LANG_HEADER } from "@/lib/i18n/lang";
import { config, proxy } from "@/proxy";

const SESSION = "next-auth.session-token=opaque";

function get(url: string, cookie = SESSION, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(new URL(url, "http://summit.test"), { headers: { cookie, ...headers } }));
}

describe("proxy", () => {
  it("redirects a visitor without a session cookie to sign-in, remembering nothing", () => {
    const res = get("/itinerary/demo-deleg-ua?lang=nl", "");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://summit.test/sign-in");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("remembers ?lang= on a bilingual page for a year, site-wide", () => {
    const cookie = get("/itinerary/demo-deleg-ua?lang=nl").headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^lang=nl;/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Secure/);
    expect(get("https://summit.test/exports?lang=en", `${SESSION}; lang=nl`).headers.get("set-cookie")).toMatch(/^lang=en;.*Secure/);
    // The agency's task day is bilingual too.
    expect(get("/tasks/2025-06-24?agency=demo-agency-police&lang=nl").headers.get("set-cookie")).toMatch(/^lang=nl;/);
  });

  it("sets nothing without a new valid choice, for downloads, or for prefetches", () => {
    expect(get("/account/calendar").headers.get("set-cookie")).toBeNull();
    expect(get("/account/calendar?lang=nl", `${SESSION}; lang=nl`).headers.get("set-cookie")).toBeNull();
    expect(get("/account/calendar?lang=fr").headers.get("set-cookie")).toBeNull();
    expect(get("/exports/itinerary/demo-deleg-ua/pdf?lang=nl").headers.get("set-cookie")).toBeNull();
    expect(get("/tasks/export/2025-06-24?lang=nl").headers.get("set-cookie")).toBeNull();
    expect(get("/itinerary?lang=nl", SESSION, { "next-router-prefetch": "1" }).headers.get("set-cookie")).toBeNull();
  });

  it("tells the layout a bilingual page's language in a request header, and drops one a client sent", () => {
    const passed = (res: Response) => res.headers.get("x-middleware-request-x-reader-lang");
    expect(passed(get("/itinerary/demo-deleg-ua?lang=nl"))).toBe("nl");
    expect(passed(get("/account/calendar", `${SESSION}; lang=nl`))).toBe("nl");
    expect(passed(get("/exports?lang=en", `${SESSION}; lang=nl`))).toBe("en");
    expect(passed(get("/itinerary", SESSION))).toBe("en");
    expect(passed(get("/tasks/2025-06-25", `${SESSION}; lang=nl`))).toBe("nl");
    // The planners' task forms stay English.
    expect(passed(get("/tasks/new?day=2025-06-24", `${SESSION}; lang=nl`))).toBeNull();
    // English-only pages: nothing, and a forged header is removed rather than passed on.
    expect(passed(get("/programme/2025-06-24", `${SESSION}; lang=nl`))).toBeNull();
    const forged = get("/programme/2025-06-24", SESSION, { "x-reader-lang": "nl" });
    expect(passed(forged)).toBeNull();
    expect(forged.headers.get("x-middleware-override-headers") ?? "").not.toContain("x-reader-lang");
    expect(get("/programme/2025-06-24").headers.get("x-middleware-override-headers")).toBeNull();
  });
});

describe("where the proxy runs (its matcher)", () => {
  const runs = (url: string, cookies: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    unstable_doesMiddlewareMatch({ config, url, cookies, headers });
  const session = { "next-auth.session-token": "opaque" };

  it("names the same cookies and header as the code", () => {
    type Condition = { type: string; key: string };
    const matchers: readonly { has?: Condition[]; missing?: Condition[] }[] = config.matcher;
    const keys = matchers.flatMap((m) => [...(m.has ?? []), ...(m.missing ?? [])]);
    const named = (type: string) => keys.filter((k) => k.type === type).map((k) => k.key);
    expect(named("cookie").filter((k) => SESSION_COOKIE.test(k)).sort()).toEqual(["__Secure-next-auth.session-token", "next-auth.session-token"]);
    expect(named("cookie")).toContain(LANG_COOKIE);
    expect(named("header")).toEqual([READER_LANG_HEADER]);
  });

  it("sees every visitor without a session cookie, but not the public paths", () => {
    expect(runs("/itinerary/demo-deleg-ua")).toBe(true);
    expect(runs("/")).toBe(true);
    expect(runs("/itinerary", { "next-auth.session-token.0": "chunk" })).toBe(true);
    for (const open of ["/sign-in", "/api/auth/session", "/api/health", "/feeds/abc.ics", "/_next/static/x.js"]) expect(runs(open), open).toBe(false);
  });

  it("skips a signed-in reader with no language in play, and sees any language choice or forged language header", () => {
    expect(runs("/itinerary/demo-deleg-ua", session)).toBe(false);
    expect(runs("/programme/2025-06-24", { "__Secure-next-auth.session-token": "opaque" })).toBe(false);
    expect(runs("/itinerary/demo-deleg-ua?lang=nl", session)).toBe(true);
    expect(runs("/itinerary/demo-deleg-ua", { ...session, lang: "nl" })).toBe(true);
    expect(runs("/programme/2025-06-24", session, { "x-reader-lang": "nl" })).toBe(true);
  });

  it("lets pass only requests it would have passed on unchanged", () => {
    const paths = ["/", "/itinerary", "/itinerary/demo-deleg-ua", "/exports", "/account/calendar", "/tasks/2025-06-24", "/tasks/new", "/programme/2025-06-24", "/exports/itinerary/demo-deleg-ua/pdf"];
    const queries = ["", "?lang=nl", "?lang=en", "?lang=fr", "?member=x"];
    const cookieSets: Record<string, string>[] = [{}, session, { ...session, lang: "nl" }, { ...session, lang: "en" }, { "next-auth.session-token.0": "chunk" }];
    const headerSets: Record<string, string>[] = [{}, { [READER_LANG_HEADER]: "nl" }];
    let skipped = 0;
    for (const path of paths) for (const query of queries) for (const cookies of cookieSets) for (const headers of headerSets) {
      const url = `http://summit.test${path}${query}`;
      if (runs(url, cookies, headers)) continue;
      skipped++;
      const cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ");
      const res = proxy(new NextRequest(new URL(url), { headers: { cookie, ...headers } }));
      const label = `${url} ${cookie} ${JSON.stringify(headers)}`;
      expect(res.headers.get("location"), label).toBeNull();
      expect(res.headers.get("set-cookie"), label).toBeNull();
      // English is the layout's default: passing "en" on changes nothing.
      expect([null, "en"], label).toContain(res.headers.get(`x-middleware-request-${READER_LANG_HEADER}`));
    }
    expect(skipped).toBeGreaterThan(10);
  });
});
