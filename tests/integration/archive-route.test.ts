// The archive download (app/admin/summits/[id]/archive/route.ts) itself: administrators get the
// summit's archive as a named gzip attachment; everyone else, and an unknown summit, a bare 404.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { CURRENT_FORMAT_VERSION } from "@/lib/archive/format";
import { readArchive } from "@/lib/archive/read";
import type { Actor } from "@/lib/auth/actor";
import { buildScopeFixture } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const db = testDb();
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let route: Handler;
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let admin: Actor;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  const user = await db.user.create({ data: { email: "archive-admin@example.org", name: "Archive Admin", role: "ADMIN", passwordHash: "not-a-hash" } });
  admin = { userId: user.id, name: user.name, email: user.email, role: "ADMIN", mustChangePassword: false, delegationIds: [], agencyId: null };
  route = (await import("@/app/admin/summits/[id]/archive/route")).GET as Handler;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const download = (as: Actor | null, id: string) => {
  session.actor = as;
  return route(new Request(`http://test/admin/summits/${id}/archive`), { params: Promise.resolve({ id }) });
};

describe("summit archive download", () => {
  it("gives an administrator the summit's archive as a named gzip attachment", async () => {
    const response = await download(admin, fx.summit.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="summit-scope-\d{4}-\d{2}-\d{2}\.json\.gz"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    const { content } = readArchive(bytes);
    expect(content.summit.slug).toBe("scope");
    expect(content.programmeItems).toHaveLength(Object.keys(fx.items).length);
    expect(content.agencyTasks).toHaveLength(2);
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toMatchObject({ format: "summit-archive", formatVersion: CURRENT_FORMAT_VERSION });
  });

  it("answers planners, liaisons, agencies, viewers, the signed-out and an unknown summit with a bare 404", async () => {
    const { planner, liaisonA, police, viewer } = fx.actors;
    for (const response of [
      await download(planner, fx.summit.id),
      await download(liaisonA, fx.summit.id),
      await download(police, fx.summit.id),
      await download(viewer, fx.summit.id),
      await download(null, fx.summit.id),
      await download(admin, "no-such-summit"),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).toBe("Not found");
    }
  });
});
