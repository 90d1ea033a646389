// A malformed callbackUrl in the body of next-auth's own requests (sign-in through the credentials
// callback, sign-out) reaches the app's redirect callback through next-auth's real core: it must
// fall back to the home page, not throw (a 500). Query and cookie values are refused earlier, by
// the route in app/api/auth (lib/auth/callback-url.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { resetDatabase, testDb } from "./helpers";
import { nextAuthClient } from "./next-auth-client";

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "test-secret-for-callback-url-test-0123456789";
});

const db = testDb();
const PASSWORD = "correct horse battery";
const HOME = "http://localhost:3000";
const MALFORMED = ["http://[", "%E0%A4%A", "//evil.example", "javascript:alert(1)", "https://evil.example/"];

beforeAll(async () => {
  await resetDatabase(db);
  await db.user.create({ data: { email: "planner@example.org", name: "Planner", role: "PLANNER", passwordHash: await hashPassword(PASSWORD) } });
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

describe("callbackUrl in next-auth's request bodies", () => {
  it.each(MALFORMED)("signs in with callbackUrl %j and is sent home", async (callbackUrl) => {
    const { authOptions } = await import("@/lib/auth/options");
    const client = nextAuthClient(authOptions);
    const reply = await client.signIn("planner@example.org", PASSWORD, { callbackUrl });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ url: HOME });
    expect(client.sessionCookie()).toBeTruthy();
  });

  it.each(MALFORMED)("signs out with callbackUrl %j and is sent home", async (callbackUrl) => {
    const { authOptions } = await import("@/lib/auth/options");
    const client = nextAuthClient(authOptions);
    await client.signIn("planner@example.org", PASSWORD);
    const csrfToken = await client.csrfToken();
    const reply = await client.call({ method: "POST", path: ["signout"], body: { csrfToken, callbackUrl, json: "true" } });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ url: HOME });
    expect(client.sessionCookie()).toBeUndefined();
  });

  it("follows a same-origin path", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const client = nextAuthClient(authOptions);
    const reply = await client.signIn("planner@example.org", PASSWORD, { callbackUrl: "/programme?lang=nl" });
    expect(reply.body).toEqual({ url: `${HOME}/programme?lang=nl` });
  });
});
