// Deactivating an account ends it for good, as seen by whoever kept its credentials: a session
// cookie issued before deactivation and a calendar feed address made before it stay dead after
// the account is re-activated. Signed in through next-auth's real core; the cookie is read by the
// pages' own getActor; the feed through its route handler.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createFeedToken } from "@/lib/calendar-feed/mutations";
import { createUser, updateUser } from "@/lib/users/mutations";
import type { UserAdmin } from "@/lib/users/policy";
import { createUserSchema, updateUserSchema, type CreateUserValues, type UpdateUserValues } from "@/lib/users/schema";
import { parseInput } from "@/lib/validation";
import { resetDatabase, testDb } from "./helpers";
import { buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";
import { nextAuthClient } from "./next-auth-client";

vi.mock("server-only", () => ({}));
// The pages read the session cookie through next/headers; here it is the attacker's jar.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  }),
  headers: async () => new Headers(),
}));
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "test-secret-for-deactivation-test-0123456789";
});

const db = testDb();
/** Through the boundary as the user forms' actions go: the values parsed, then the mutation. */
const create = (admin: UserAdmin, values: CreateUserValues) => Promise.resolve().then(() => createUser(db, admin, parseInput(createUserSchema, values)));
const update = (admin: UserAdmin, values: UpdateUserValues) => Promise.resolve().then(() => updateUser(db, admin, parseInput(updateUserSchema, values)));
const admin = { userId: "admin-id", name: "Admin", role: "ADMIN" as const };
const PASSWORD = "a-long-enough-password";
let fx: ItineraryFixture;
let userId = "";
type FeedRoute = (request: Request, ctx: { params: Promise<{ token: string }> }) => Promise<Response>;
let feedRoute: FeedRoute;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
  await db.user.create({ data: { id: "admin-id", email: "admin@example.org", name: "Admin", role: "ADMIN", passwordHash: "x" } });
  userId = (await create(admin, { email: "liaison@example.org", name: "Liaison", password: PASSWORD, role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.ua.id] })).id;
  feedRoute = (await import("@/app/feeds/[token]/route")).GET as FeedRoute;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

/** The actor a page would see for this cookie jar. */
async function pageActor(jar: Map<string, string>): Promise<Actor | null> {
  request.cookies = new Map(jar);
  const { getActor } = await import("@/lib/auth/session");
  return getActor();
}

const feed = (token: string) => feedRoute(new Request(`http://localhost:3000/feeds/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });

const setActive = (active: boolean) =>
  update(admin, { id: userId, name: "Liaison", active, role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.ua.id] });

describe("deactivation ends sessions and feeds for good", () => {
  it("a session cookie and a feed address from before deactivation do not work after re-activation", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const stolen = nextAuthClient(authOptions);
    expect((await stolen.signIn("liaison@example.org", PASSWORD)).status).toBe(200);
    expect(stolen.sessionCookie()).toBeTruthy();
    const actor = await pageActor(stolen.jar);
    expect(actor?.userId).toBe(userId);
    const { token } = await createFeedToken(db, actor!);
    expect((await feed(token)).status).toBe(200);

    await setActive(false);
    expect(await pageActor(stolen.jar)).toBeNull();
    expect((await feed(token)).status).toBe(404);

    await setActive(true);
    expect(await pageActor(stolen.jar)).toBeNull();
    const response = await feed(token);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
    expect(await db.calendarToken.count({ where: { userId, revokedAt: null } })).toBe(0);

    // The owner signs in again and gets a working session.
    const owner = nextAuthClient(authOptions);
    expect((await owner.signIn("liaison@example.org", PASSWORD)).status).toBe(200);
    expect((await pageActor(owner.jar))?.userId).toBe(userId);
  });

  it("saving an active user unchanged keeps their sessions", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const client = nextAuthClient(authOptions);
    await client.signIn("liaison@example.org", PASSWORD);
    await setActive(true);
    expect((await pageActor(client.jar))?.userId).toBe(userId);
  });

});
