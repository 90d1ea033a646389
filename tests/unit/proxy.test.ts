// The proxy's two jobs, on real NextRequests: send visitors without a session cookie to sign-in,
// and remember a language chosen on a bilingual page in the `lang` cookie.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

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
