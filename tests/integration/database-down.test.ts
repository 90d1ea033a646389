// With the database out of reach, every server action answers the same plain sentence (no HTTP
// 500, no empty form) and the server logs one line per failure. The app's real client and gate:
// DATABASE_URL points at a closed port; the session is a real next-auth cookie read through
// next/headers, as a page or action would.
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";

const CLOSED = "postgresql://postgres@127.0.0.1:1/summit";
const SECRET = "test-secret-for-database-down-test-0123456789";

vi.mock("server-only", () => ({}));
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  }),
  headers: async () => new Headers(),
}));
// The session as the app reads it, unless a test hands the gate an actor directly.
const session = vi.hoisted(() => ({ actor: undefined as Actor | null | undefined }));
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...real, getActor: async () => (session.actor === undefined ? real.getActor() : session.actor) };
});
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "test-secret-for-database-down-test-0123456789";
});

const planner: Actor = { userId: "u-planner", name: "Planner", email: "planner@example.org", role: "PLANNER", delegationIds: [], agencyId: null, mustChangePassword: false };
let logged: unknown[][] = [];

beforeAll(async () => {
  process.env.DATABASE_URL = CLOSED;
  const token = await encode({ token: { sub: planner.userId, sv: 0 }, secret: SECRET });
  request.cookies = new Map([["next-auth.session-token", token]]);
  for (const level of ["error", "warn", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));
  }
});
afterEach(() => {
  logged = [];
  session.actor = undefined;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await (await import("@/lib/db")).getDb().$disconnect();
});

/** Everything logged, as the lines a log collector would store. */
const lines = () => logged.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" ")).flatMap((s) => s.split("\n"));

describe("server actions with the database down", () => {
  it("answer the sentence when the actor cannot be read, and log one line", async () => {
    const { saveVenueAction } = await import("@/lib/venues/actions");
    const result = await saveVenueAction({ name: "Palace", kind: "PALACE" });
    expect(result).toEqual({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE });
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatch(/database cannot be reached/i);
  });

  it("answer the sentence when the database goes away after the actor was read", async () => {
    session.actor = planner;
    const { saveVenueAction } = await import("@/lib/venues/actions");
    expect(await saveVenueAction({ name: "Palace", kind: "PALACE" })).toEqual({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE });
    const { saveTravelMatrixAction } = await import("@/lib/venues/actions");
    expect(await saveTravelMatrixAction({ entries: [] })).toEqual({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE });
    expect(lines()).toHaveLength(2);
  });

  it("still answer a bad input with its field errors before touching the database", async () => {
    session.actor = planner;
    const { saveVenueAction } = await import("@/lib/venues/actions");
    const result = await saveVenueAction({ name: "", kind: "PALACE" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "Enter a name." } });
    expect(lines()).toHaveLength(0);
  });
});

describe("downloads with the database down", () => {
  it("answer 503 with the sentence, and log one line", async () => {
    type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
    const route = (await import("@/app/exports/programme/[format]/route")).GET as Handler;
    const response = await route(new Request("http://localhost:3000/exports/programme/csv"), { params: Promise.resolve({ format: "csv" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(lines()).toHaveLength(1);
  });
});

describe("pages with the database down", () => {
  it("see an error the error pages recognise (its digest), logged by Next as one line", async () => {
    const { getActor } = await import("@/lib/auth/session");
    const error = await getActor().then(
      () => null,
      (e: unknown) => e as Error & { digest?: string },
    );
    expect(error?.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(error?.stack).not.toContain("\n");
  });
});
