// Where sign-in and sign-out may send a browser: a path on this app, nothing else, and a malformed
// callbackUrl is a 400 or the home page, never a 500. The redirect callback next-auth
// calls, and the route in app/api/auth that answers before next-auth can trip over a bad value.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";

const BASE = "http://localhost:3000";
const MALFORMED = [
  "http://[",
  "%E0%A4%A",
  "/%E0%A4%A",
  "//evil.example",
  "///evil.example",
  "/.//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "https://evil.example/sign-in",
  "http://localhost:3000.evil.example/",
  "https://localhost:3000/",
  "http://localhost:3001/",
  "/a\u0000b",
  "/a\nLocation: https://evil.example",
  " /leading-space",
];

const redirect = (url: unknown) => authOptions.callbacks!.redirect!({ url: url as string, baseUrl: BASE });

describe("the redirect callback", () => {
  it.each(MALFORMED)("sends %j to the home page without throwing", async (url) => {
    await expect(redirect(url)).resolves.toBe(BASE);
  });

  it("sends a path longer than any the app has home", async () => {
    await expect(redirect(`/${"x".repeat(5000)}`)).resolves.toBe(BASE);
  });

  it("sends a value that is not a string home too", async () => {
    for (const url of [undefined, null, 42, ["/programme"], { href: "/programme" }]) await expect(redirect(url)).resolves.toBe(BASE);
  });

  it.each([
    ["/", `${BASE}/`],
    ["/sign-in", `${BASE}/sign-in`],
    ["/itinerary/abc?lang=nl&day=2025-06-24#today", `${BASE}/itinerary/abc?lang=nl&day=2025-06-24#today`],
    ["/programme/%C3%A9", `${BASE}/programme/%C3%A9`],
    [`${BASE}/sign-in`, `${BASE}/sign-in`],
    [`${BASE}`, `${BASE}/`],
  ])("follows the same-origin path %j", async (url, expected) => {
    await expect(redirect(url)).resolves.toBe(expected);
  });
});

const nextAuth = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  default: () => async (request: Request) => {
    nextAuth.calls.push(request.url);
    return new Response("next-auth answered", { status: 200 });
  },
}));

type Handler = (request: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

async function route(method: "GET" | "POST", path: string, init: { query?: Record<string, string>; cookie?: string } = {}): Promise<Response> {
  const mod = await import("@/app/api/auth/[...nextauth]/route");
  const handler = (method === "GET" ? mod.GET : mod.POST) as unknown as Handler;
  const url = new URL(`${BASE}/api/auth/${path}`);
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(init.cookie ? { cookie: init.cookie } : {});
  if (method === "POST") headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new NextRequest(url, { method, headers, ...(method === "POST" ? { body: "csrfToken=x" } : {}) });
  return handler(request, { params: Promise.resolve({ nextauth: path.split("/") }) });
}

describe("the auth route", () => {
  beforeEach(() => {
    nextAuth.calls = [];
    vi.stubEnv("NEXTAUTH_URL", BASE);
  });

  it.each([
    ["GET", "signin"],
    ["POST", "signin/credentials"],
    ["POST", "callback/credentials"],
    ["GET", "signout"],
    ["POST", "signout"],
  ] as const)("answers %s /api/auth/%s with a malformed callbackUrl with 400, before next-auth", async (method, path) => {
    for (const callbackUrl of ["http://[", "%E0%A4%A", "//evil.example", "javascript:alert(1)"]) {
      const response = await route(method, path, { query: { callbackUrl } });
      expect(response.status).toBe(400);
      expect(await response.text()).toBe("Bad request: check callbackUrl");
    }
    expect(nextAuth.calls).toEqual([]);
  });

  it("answers a malformed callback-url cookie with 400 and clears the cookie", async () => {
    for (const name of ["next-auth.callback-url", "__Secure-next-auth.callback-url"]) {
      const response = await route("POST", "signout", { cookie: `${name}=${encodeURIComponent("http://[")}` });
      expect(response.status).toBe(400);
      const cleared = response.headers.get("set-cookie") ?? "";
      expect(cleared).toContain(`${name}=;`);
      expect(cleared).toMatch(/Max-Age=0/i);
      expect(cleared).toMatch(/Path=\//i);
    }
    expect(nextAuth.calls).toEqual([]);
  });

  it("passes requests with a same-origin callbackUrl, or none, to next-auth", async () => {
    expect((await route("GET", "csrf")).status).toBe(200);
    expect((await route("GET", "signin", { query: { callbackUrl: "/programme?lang=nl" } })).status).toBe(200);
    expect((await route("POST", "signout", { query: { callbackUrl: `${BASE}/sign-in` }, cookie: `next-auth.callback-url=${encodeURIComponent(`${BASE}/`)}` })).status).toBe(200);
    expect(nextAuth.calls).toHaveLength(3);
  });
});
