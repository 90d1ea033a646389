// The proxy's jobs, on real NextRequests: refuse server actions from a foreign origin or with a
// malformed body, drop forwarded headers nobody vouches for, give every page a CSP nonce, send
// visitors without a session cookie to sign-in, and remember a language chosen on a bilingual page.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { ACTION_BODY_LIMIT, IMPORT_BODY_LIMIT, MAX_NESTING } from "@/lib/http/action-body";
import { LANG_COOKIE, READER_LANG_HEADER } from "@/lib/i18n/lang";
import { config, proxy } from "@/proxy";

const SESSION = "next-auth.session-token=opaque";
const ORIGIN = "http://summit.test";

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_URL", ORIGIN);
  vi.stubEnv("TRUST_PROXY", "");
  vi.stubEnv("NODE_ENV", "production");
});
afterEach(() => vi.unstubAllEnvs());

async function get(url: string, cookie = SESSION, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(new URL(url, ORIGIN), { headers: { cookie, ...headers } }));
}

/** A server action as the browser sends it: POST to the page, `next-action`, the arguments as JSON. */
async function action(headers: Record<string, string> = {}, body: BodyInit = JSON.stringify([{ name: "Palace" }]), path = "/venues") {
  return proxy(
    new NextRequest(new URL(path, ORIGIN), {
      method: "POST",
      headers: { cookie: SESSION, origin: ORIGIN, "next-action": "7f3a", "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...headers },
      body,
    }),
  );
}

/** The request headers the proxy passes on (null: passed on unchanged). */
function passedOn(res: Response): Record<string, string> | null {
  const names = res.headers.get("x-middleware-override-headers");
  if (names === null) return null;
  return Object.fromEntries(names.split(",").map((n) => [n, res.headers.get(`x-middleware-request-${n}`) ?? ""]));
}
const passes = (res: Response) => expect(res.headers.get("x-middleware-next")).toBe("1");

describe("proxy", () => {
  it("redirects a visitor without a session cookie to sign-in, remembering nothing", async () => {
    const res = await get("/itinerary/demo-deleg-ua?lang=nl", "");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://summit.test/sign-in");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("lets the public paths through without a session cookie", async () => {
    for (const open of ["/sign-in", "/api/auth/csrf", "/api/auth/callback/credentials"]) {
      const res = await get(open, "");
      expect(res.headers.get("location"), open).toBeNull();
      passes(res);
    }
  });

  it("remembers ?lang= on a bilingual page for a year, site-wide", async () => {
    const cookie = (await get("/itinerary/demo-deleg-ua?lang=nl")).headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^lang=nl;/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Secure/);
    expect((await get("https://summit.test/exports?lang=en", `${SESSION}; lang=nl`)).headers.get("set-cookie")).toMatch(/^lang=en;.*Secure/);
    // The agency's task day is bilingual too.
    expect((await get("/tasks/2025-06-24?agency=demo-agency-police&lang=nl")).headers.get("set-cookie")).toMatch(/^lang=nl;/);
    // And so is every other page: the choice follows the reader everywhere.
    expect((await get("/conflicts?lang=nl")).headers.get("set-cookie")).toMatch(/^lang=nl;/);
  });

  it("sets nothing without a new valid choice, for downloads, or for prefetches", async () => {
    expect((await get("/account/calendar")).headers.get("set-cookie")).toBeNull();
    expect((await get("/account/calendar?lang=nl", `${SESSION}; lang=nl`)).headers.get("set-cookie")).toBeNull();
    expect((await get("/account/calendar?lang=fr")).headers.get("set-cookie")).toBeNull();
    expect((await get("/exports/itinerary/demo-deleg-ua/pdf?lang=nl")).headers.get("set-cookie")).toBeNull();
    expect((await get("/exports/tasks/2025-06-24?lang=nl")).headers.get("set-cookie")).toBeNull();
    expect((await get("/admin/summits/demo-summit/archive?lang=nl")).headers.get("set-cookie")).toBeNull();
    expect((await get("/itinerary?lang=nl", SESSION, { "next-router-prefetch": "1" })).headers.get("set-cookie")).toBeNull();
  });

  it("tells the layout a page's language in a request header, and drops one a client sent", async () => {
    const passed = (res: Response) => res.headers.get("x-middleware-request-x-reader-lang");
    expect(passed(await get("/itinerary/demo-deleg-ua?lang=nl"))).toBe("nl");
    expect(passed(await get("/account/calendar", `${SESSION}; lang=nl`))).toBe("nl");
    expect(passed(await get("/exports?lang=en", `${SESSION}; lang=nl`))).toBe("en");
    expect(passed(await get("/itinerary", SESSION))).toBe("en");
    expect(passed(await get("/tasks/2025-06-25", `${SESSION}; lang=nl`))).toBe("nl");
    // Every page is in the reader's language, the planners' forms and programme included.
    expect(passed(await get("/tasks/items/new?day=2025-06-24", `${SESSION}; lang=nl`))).toBe("nl");
    expect(passed(await get("/programme/2025-06-24", `${SESSION}; lang=nl`))).toBe("nl");
    // A forged header on a page gives way to the reader's own language.
    expect(passed(await get("/programme/2025-06-24", SESSION, { "x-reader-lang": "nl", rsc: "1" }))).toBe("en");
    // Downloads have no page language: nothing, and a forged header is removed rather than passed on.
    expect(passed(await get("/exports/programme/csv", `${SESSION}; lang=nl`))).toBeNull();
    const forged = await get("/exports/programme/csv", SESSION, { "x-reader-lang": "nl", rsc: "1" });
    expect(passed(forged)).toBeNull();
    expect(forged.headers.get("x-middleware-override-headers") ?? "").not.toContain("x-reader-lang");
    expect((await get("/exports/programme/csv", SESSION, { rsc: "1" })).headers.get("x-middleware-override-headers")).toBeNull();
  });
});

describe("server actions from elsewhere (issue #15, point 4)", () => {
  const refused = async (res: Response) => {
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await res.text()).toMatch(/did not come from a page of this app/);
  };
  beforeEach(() => void vi.spyOn(console, "warn").mockImplementation(() => {}));

  it("refuses a foreign Origin even when X-Forwarded-Host vouches for it", async () => {
    await refused(await action({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }));
    await refused(await action({ origin: "https://evil.example", host: "evil.example" }));
    // As a form posted without JavaScript (multipart, no next-action) and carrying `rsc` too.
    const form = new FormData();
    form.set("$ACTION_ID_7f3a", "");
    await refused(await proxy(new NextRequest(`${ORIGIN}/venues`, { method: "POST", headers: { cookie: SESSION, origin: "https://evil.example", "x-forwarded-host": "evil.example", rsc: "1" }, body: form })));
    // Sandboxed frames and cross-origin redirect chains send "null".
    await refused(await action({ origin: "null" }));
    // Another port or scheme is another origin.
    await refused(await action({ origin: "http://summit.test:8080" }));
    await refused(await action({ origin: "https://summit.test" }));
  });

  it("lets the app's own pages through, and a client that sends no Origin (not a browser)", async () => {
    passes(await action());
    const noOrigin = new NextRequest(`${ORIGIN}/venues`, { method: "POST", headers: { cookie: SESSION, "next-action": "7f3a" }, body: "[]" });
    passes(await proxy(noOrigin));
  });

  it("without NEXTAUTH_URL: compares with Host, and with X-Forwarded-Host only when TRUST_PROXY says so", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    const forged = { origin: "https://evil.example", host: "summit.test", "x-forwarded-host": "evil.example" };
    await refused(await action(forged));
    passes(await action({ origin: "http://summit.test", host: "summit.test" }));
    vi.stubEnv("TRUST_PROXY", "1");
    passes(await action(forged));
  });

  it("drops forwarded headers a client wrote, unless TRUST_PROXY says a proxy in front sets them", async () => {
    const forwarded = { "x-forwarded-host": "evil.example", "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", forwarded: "for=6.6.6.6" };
    for (const res of [await action(forwarded), await get("/programme/2025-06-24", SESSION, forwarded), await get("/api/auth/callback/credentials", "", forwarded)]) {
      const on = passedOn(res);
      expect(on).not.toBeNull();
      for (const name of Object.keys(forwarded)) expect(on, name).not.toHaveProperty(name);
    }
    vi.stubEnv("TRUST_PROXY", "1");
    expect(passedOn(await get("/programme/2025-06-24", SESSION, forwarded))).toMatchObject({ "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" });
  });
});

describe("the Content-Security-Policy (issue #15, point 5)", () => {
  const policyOf = async (url: string, cookie = SESSION) => {
    const res = await get(url, cookie);
    const policy = res.headers.get("content-security-policy") ?? "";
    const directive = (name: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? "";
    return { res, policy, directive };
  };

  it("gives every page a fresh nonce, and no inline script runs without it", async () => {
    const first = await policyOf("/programme/2025-06-24");
    const second = await policyOf("/programme/2025-06-24");
    const nonceOf = (scriptSrc: string) => /'nonce-([A-Za-z0-9+/=]{22,})'/.exec(scriptSrc)?.[1];
    const nonce = nonceOf(first.directive("script-src"));
    expect(nonce).toBeDefined();
    expect(nonceOf(second.directive("script-src"))).not.toBe(nonce);
    expect(first.directive("script-src")).toContain("'strict-dynamic'");
    expect(first.directive("script-src")).not.toContain("'unsafe-inline'");
    expect(first.policy).not.toContain("'unsafe-eval'");
    // Next reads the nonce from the request's policy: the same one goes on.
    expect(passedOn(first.res)).toMatchObject({ "content-security-policy": first.policy, "x-nonce": nonce });
    // The rest of the policy as before.
    for (const d of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "style-src 'self' 'unsafe-inline'"]) {
      expect(first.policy).toContain(d);
    }
  });

  it("the sign-in page and a visitor's first page get one too; RSC data fetches need none", async () => {
    expect((await policyOf("/sign-in", "")).directive("script-src")).toMatch(/'nonce-/);
    expect((await get("/programme/2025-06-24", SESSION, { rsc: "1" })).headers.get("content-security-policy")).toBeNull();
  });

  it("allows eval only in development (React's dev tooling)", async () => {
    vi.stubEnv("NODE_ENV", "development");
    expect((await policyOf("/programme/2025-06-24")).directive("script-src")).toContain("'unsafe-eval'");
  });

  it("is not also set statically by next.config.js (a second policy would block the nonced scripts)", async () => {
    const nextConfig = createRequire(import.meta.url)("../../next.config.js") as { headers: () => Promise<{ headers: { key: string }[] }[]> };
    const keys = (await nextConfig.headers()).flatMap((rule) => rule.headers.map((h) => h.key.toLowerCase()));
    expect(keys).toContain("x-frame-options");
    expect(keys).not.toContain("content-security-policy");
  });
});

describe("malformed server action bodies (issue #15, point 8)", () => {
  const answer = async (res: Response) => ({ status: res.status, type: res.headers.get("content-type"), text: res.status === 200 ? "" : await res.text() });
  const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

  it("refuses a body over 1 MB with 413, by its Content-Length or as it streams in", async () => {
    const big = "x".repeat(3 * 1024 * 1024);
    expect(await answer(await action({ "content-length": String(big.length + 6) }, JSON.stringify([big])))).toEqual({
      status: 413,
      type: "text/plain",
      text: "The request is too large (at most 1 MB). Nothing was saved.",
    });
    expect((await action({}, JSON.stringify([big]))).status).toBe(413);
    expect((await action({}, JSON.stringify(["x".repeat(ACTION_BODY_LIMIT - 10)]))).status).toBe(200);
  });

  it("Next's own limit (next.config.js serverActions.bodySizeLimit) is the largest, the spreadsheet upload's", () => {
    const nextConfig = createRequire(import.meta.url)("../../next.config.js") as { experimental: { serverActions: { bodySizeLimit: string } } };
    expect(nextConfig.experimental.serverActions.bodySizeLimit).toBe("26mb");
    expect(IMPORT_BODY_LIMIT).toBe(26 * 1024 * 1024);
    expect(ACTION_BODY_LIMIT).toBe(1024 * 1024);
  });

  it("takes a spreadsheet of several MB on the import page from a signed session, and only there", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "proxy-test-secret");
    const signed = `next-auth.session-token=${await encode({ token: { sub: "user-1" }, secret: "proxy-test-secret" })}`;
    const file = JSON.stringify(["x".repeat(5 * 1024 * 1024)]);
    expect((await action({ cookie: signed }, file, "/import")).status).toBe(200);
    // Anywhere else, with a cookie that only carries the name, or without one, the 1 MB limit holds.
    expect(await (await action({ cookie: signed }, file, "/venues")).text()).toBe("The request is too large (at most 1 MB). Nothing was saved.");
    expect((await action({}, file, "/import")).status).toBe(413);
    expect((await action({ cookie: "" }, file, "/import")).status).toBe(413);
    const forged = `next-auth.session-token=${await encode({ token: { sub: "user-1" }, secret: "another-secret" })}`;
    expect((await action({ cookie: forged }, file, "/import")).status).toBe(413);
    const tooBig = JSON.stringify(["x".repeat(IMPORT_BODY_LIMIT)]);
    expect(await (await action({ cookie: signed }, tooBig, "/import")).text()).toBe("The request is too large (at most 26 MB). Nothing was saved.");
  });

  it("refuses non-JSON, truncated and non-UTF-8 bodies with 400 and says why", async () => {
    for (const body of ["hello", '[{"name":"Pal', "", new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])]) {
      const res = await answer(await action({}, body));
      expect(res.status, String(body)).toBe(400);
      expect(res.type).toBe("text/plain");
      expect(res.text).toBe("The request could not be read: its data is incomplete or not valid JSON. Nothing was saved.");
    }
  });

  it("refuses 5,000-deep nesting with 400, and lets ordinary depth through", async () => {
    const res = await answer(await action({}, deep(5000)));
    expect(res).toEqual({ status: 400, type: "text/plain", text: `The request is nested too deeply (more than ${MAX_NESTING} levels). Nothing was saved.` });
    expect((await action({}, deep(MAX_NESTING))).status).toBe(200);
    // Brackets inside strings are text, not nesting.
    expect((await action({}, JSON.stringify([{ note: "[[[[".repeat(100), quote: '\\"[' }]))).status).toBe(200);
  });

  it("checks the JSON rows of a multipart action too", async () => {
    const form = (row: string) => {
      const data = new FormData();
      data.set("0", row);
      data.set("1_file", "raw text of a form field, not JSON");
      return data;
    };
    const post = (body: FormData) => proxy(new NextRequest(`${ORIGIN}/venues`, { method: "POST", headers: { cookie: SESSION, origin: ORIGIN, "next-action": "7f3a" }, body }));
    expect((await post(form('[{"name":"Palace"}]'))).status).toBe(200);
    expect((await post(form('[{"name":'))).status).toBe(400);
    expect((await post(form(deep(5000)))).status).toBe(400);
    const broken = new NextRequest(`${ORIGIN}/venues`, { method: "POST", headers: { cookie: SESSION, origin: ORIGIN, "next-action": "7f3a", "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nnot a part" });
    expect(await answer(await proxy(broken))).toMatchObject({ status: 400, text: "The request could not be read: its form data is malformed. Nothing was saved." });
  });
});

describe("where the proxy runs (its matcher)", () => {
  const runs = (url: string, cookies: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    // (Next's helper writes into the headers it is given.)
    unstable_doesMiddlewareMatch({ config, url, cookies: { ...cookies }, headers: { ...headers } });
  const session = { "next-auth.session-token": "opaque" };
  const rsc = { rsc: "1" };

  it("is read by Next as written (Next reads it from the source, not by running the module)", async () => {
    const require = createRequire(import.meta.url);
    const swc = require("next/dist/build/swc/index.js") as { loadBindings: () => Promise<unknown>; parse: (src: string, options: object) => Promise<unknown> };
    const { extractExportedConstValue } = require("next/dist/build/analysis/extract-const-value.js") as { extractExportedConstValue: (ast: unknown, name: string) => { value?: unknown; unsupported?: string } };
    await swc.loadBindings();
    const source = fs.readFileSync(path.resolve(import.meta.dirname, "../../proxy.ts"), "utf8");
    const read = extractExportedConstValue(await swc.parse(source, { filename: "proxy.ts", isModule: "unknown" }), "config");
    expect(read.unsupported).toBeUndefined();
    expect(read.value).toEqual(config);
  }, 60_000);

  it("names the same cookies and header as the code", () => {
    type Condition = { type: string; key: string };
    const matchers: readonly { has?: Condition[]; missing?: Condition[] }[] = config.matcher;
    const keys = matchers.flatMap((m) => [...(m.has ?? []), ...(m.missing ?? [])]);
    const named = (type: string) => keys.filter((k) => k.type === type).map((k) => k.key);
    expect(named("cookie").filter((k) => SESSION_COOKIE.test(k)).sort()).toEqual(["__Secure-next-auth.session-token", "next-auth.session-token"]);
    expect(named("cookie")).toContain(LANG_COOKIE);
    expect(named("header")).toContain(READER_LANG_HEADER);
  });

  it("sees every visitor without a session cookie, and every document; not health, feeds or static files", () => {
    expect(runs("/itinerary/demo-deleg-ua")).toBe(true);
    expect(runs("/")).toBe(true);
    expect(runs("/itinerary", { "next-auth.session-token.0": "chunk" })).toBe(true);
    expect(runs("/itinerary/demo-deleg-ua", session)).toBe(true);
    for (const page of ["/sign-in", "/api/auth/signin", "/api/auth/callback/credentials"]) expect(runs(page), page).toBe(true);
    for (const open of ["/api/health", "/feeds/abc.ics", "/_next/static/x.js"]) expect(runs(open), open).toBe(false);
  });

  it("skips a signed-in reader's RSC fetches with no language in play, and sees any language choice or forged language header", () => {
    expect(runs("/itinerary/demo-deleg-ua", session, rsc)).toBe(false);
    expect(runs("/programme/2025-06-24", { "__Secure-next-auth.session-token": "opaque" }, rsc)).toBe(false);
    expect(runs("/itinerary/demo-deleg-ua?lang=nl", session, rsc)).toBe(true);
    expect(runs("/itinerary/demo-deleg-ua", { ...session, lang: "nl" }, rsc)).toBe(true);
    expect(runs("/programme/2025-06-24", session, { ...rsc, "x-reader-lang": "nl" })).toBe(true);
  });

  it("sees every request Next could take for a server action, whatever else it carries", () => {
    const actionHeaders: Record<string, string>[] = [
      { "next-action": "7f3a" },
      { "content-type": "multipart/form-data; boundary=----x" },
      { "content-type": "application/x-www-form-urlencoded" },
    ];
    for (const path of ["/venues", "/", "/sign-in", "/api/health", "/feeds/x.ics", "/_next/static/x.js", "/_next/data/x"]) {
      for (const headers of actionHeaders) expect(runs(path, session, { ...rsc, ...headers }), `${path} ${JSON.stringify(headers)}`).toBe(true);
    }
  });

  it("lets pass only requests it would have passed on unchanged (GET or POST)", async () => {
    const paths = ["/", "/itinerary", "/itinerary/demo-deleg-ua", "/exports", "/account/calendar", "/tasks/2025-06-24", "/tasks/items/new", "/programme/2025-06-24", "/exports/itinerary/demo-deleg-ua/pdf", "/sign-in"];
    const queries = ["", "?lang=nl", "?lang=en", "?lang=fr", "?member=x"];
    const cookieSets: Record<string, string>[] = [{}, session, { ...session, lang: "nl" }, { ...session, lang: "en" }, { "next-auth.session-token.0": "chunk" }];
    const headerSets: Record<string, string>[] = [{}, { [READER_LANG_HEADER]: "nl" }, rsc, { ...rsc, [READER_LANG_HEADER]: "nl" }, { ...rsc, "next-router-prefetch": "1" }, { ...rsc, "content-type": "text/plain" }];
    let skipped = 0;
    for (const path of paths) for (const query of queries) for (const cookies of cookieSets) for (const headers of headerSets) {
      const url = `http://summit.test${path}${query}`;
      if (runs(url, cookies, headers)) continue;
      skipped++;
      const cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ");
      for (const method of ["GET", "POST"]) {
        const request = new NextRequest(new URL(url), { method, headers: { cookie, origin: "https://evil.example", ...headers }, body: method === "POST" ? "not json" : undefined });
        const sent = Object.fromEntries(request.headers);
        const res = await proxy(request);
        const label = `${method} ${url} ${cookie} ${JSON.stringify(headers)}`;
        expect(res.headers.get("x-middleware-next"), label).toBe("1");
        expect(res.headers.get("location"), label).toBeNull();
        expect(res.headers.get("set-cookie"), label).toBeNull();
        expect(res.headers.get("content-security-policy"), label).toBeNull();
        // Nothing removed, nothing changed; English is the layout's default: passing "en" on changes nothing.
        const on = passedOn(res) ?? sent;
        expect(Object.keys(sent).filter((name) => !(name in on)), label).toEqual([]);
        const changed = Object.fromEntries(Object.entries(on).filter(([name, value]) => sent[name] !== value));
        expect([{}, { [READER_LANG_HEADER]: "en" }], label).toContainEqual(changed);
      }
    }
    expect(skipped).toBeGreaterThan(10);
  });
});
