// Drives next-auth's real core with the app's own options (lib/auth/options.ts), as a browser
// would: csrf, credentials callback, session cookie. It goes through next-auth's API-route
// adapter, which needs no Next request scope; the App Router adapter in app/api/auth reads the
// same request through next/headers and hands it to the same core.
import NextAuth from "next-auth";
import type { AuthOptions } from "next-auth";

export type AuthReply = { status: number; location: string | null; body: unknown };

type Call = { method: "GET" | "POST"; path: string[]; query?: Record<string, string>; body?: Record<string, unknown> };

/** A cookie jar and next-auth's handler for the given options. */
export function nextAuthClient(options: AuthOptions, origin = "http://localhost:3000") {
  const handler = NextAuth(options) as (req: unknown, res: unknown) => Promise<unknown>;
  const jar = new Map<string, string>();

  async function call({ method, path, query = {}, body }: Call): Promise<AuthReply> {
    const headers: Record<string, string | string[]> = {};
    const reply: AuthReply = { status: 200, location: null, body: undefined };
    const res = {
      status(code: number) {
        reply.status = code;
        return res;
      },
      getHeader: (name: string) => headers[name.toLowerCase()],
      setHeader(name: string, value: string | string[]) {
        headers[name.toLowerCase()] = value;
        return res;
      },
      end() {},
      json(value: unknown) {
        reply.body = value;
      },
      send(value: unknown) {
        reply.body = value;
      },
    };
    const req = {
      method,
      query: { nextauth: path, ...query },
      body,
      cookies: Object.fromEntries(jar),
      headers: { host: new URL(origin).host, "content-type": "application/x-www-form-urlencoded" },
    };
    await handler(req, res);
    for (const line of [headers["set-cookie"] ?? []].flat()) {
      const [pair, ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    reply.location = (headers.location as string | undefined) ?? null;
    return reply;
  }

  return {
    jar,
    call,
    async csrfToken(): Promise<string> {
      const reply = await call({ method: "GET", path: ["csrf"] });
      return (reply.body as { csrfToken: string }).csrfToken;
    },
    /** Sign in with e-mail and password as the sign-in form does; the session cookie lands in the jar. */
    async signIn(email: string, password: string, extra: Record<string, unknown> = {}): Promise<AuthReply> {
      const csrfToken = await this.csrfToken();
      return call({ method: "POST", path: ["callback", "credentials"], body: { email, password, csrfToken, json: "true", ...extra } });
    },
    sessionCookie(): string | undefined {
      return [...jar].find(([name]) => /^(__Secure-)?next-auth\.session-token$/.test(name))?.[1];
    },
  };
}
