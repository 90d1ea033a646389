// The route handlers themselves: status codes, headers and bodies for good and bad requests,
// with the session replaced by a chosen actor (everything else, the gate included, is real).
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { resetDatabase, testDb } from "./helpers";
import { buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const db = testDb();
let fx: ItineraryFixture;
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let itineraryRoute: Handler;
let programmeRoute: Handler;
let feedRoute: Handler;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
  itineraryRoute = (await import("@/app/exports/itinerary/[delegationId]/[format]/route")).GET as Handler;
  programmeRoute = (await import("@/app/exports/programme/[format]/route")).GET as Handler;
  feedRoute = (await import("@/app/feeds/[token]/route")).GET as Handler;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const itinerary = (as: Actor | null, delegationId: string, format: string, query = "") => {
  session.actor = as;
  return itineraryRoute(new Request(`http://test/exports/itinerary/${delegationId}/${format}?${query}`), { params: Promise.resolve({ delegationId, format }) });
};
const programme = (as: Actor | null, format: string, query = "") => {
  session.actor = as;
  return programmeRoute(new Request(`http://test/exports/programme/${format}?${query}`), { params: Promise.resolve({ format }) });
};
const feed = (file: string, query = "") => {
  session.actor = null;
  return feedRoute(new Request(`http://test/feeds/${file}?${query}`), { params: Promise.resolve({ token: file }) });
};

describe("itinerary export route", () => {
  it("serves the liaison's own itinerary as a named attachment in each format", async () => {
    const pdf = await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, "pdf", "lang=nl");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe('attachment; filename="itinerary-UA-all-days-nl.pdf"');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    const ics = await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, "ics", `member=${fx.members.uaFm.id}&day=2025-06-24`);
    expect(ics.headers.get("content-disposition")).toBe(`attachment; filename="itinerary-UA-${fx.members.uaFm.id}-2025-06-24-en.ics"`);
    expect(await ics.text()).toContain("Foreign ministers' working dinner");
    const csv = await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, "csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("answers another delegation, an unknown id, a foreign member and a day outside the summit with a bare 404", async () => {
    for (const response of [
      await itinerary(fx.actors.liaisonUA, fx.delegations.be.id, "pdf"),
      await itinerary(fx.actors.liaisonUA, "no-such-delegation", "ics"),
      await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, "csv", `member=${fx.members.beFm.id}`),
      await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, "csv", "day=2025-06-30"),
      await itinerary(fx.actors.viewer, fx.delegations.ua.id, "pdf"),
      await itinerary(null, fx.delegations.ua.id, "pdf"),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).toBe("Not found");
    }
  });

  it("answers a malformed day, an unknown language or format with a 400 naming the parameter", async () => {
    const cases: [string, string, string][] = [
      ["pdf", "day=2025-6-24", "day"],
      ["pdf", "day=2025-02-30", "day"],
      ["ics", "lang=fr", "lang"],
      ["xls", "", "format"],
    ];
    for (const [format, query, param] of cases) {
      const response = await itinerary(fx.actors.liaisonUA, fx.delegations.ua.id, format, query);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(`Bad request: check ${param}`);
    }
  });

  it("lets staff export any delegation", async () => {
    const response = await itinerary(fx.actors.planner, fx.delegations.be.id, "csv");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Belgian restricted briefing");
  });
});

describe("programme export route", () => {
  it("gives a viewer the public programme, per venue and day, named by ids only", async () => {
    const response = await programme(fx.actors.viewer, "csv", `venue=${fx.venues.forum.id}&day=2025-06-24`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="programme-${fx.venues.forum.id}-2025-06-24-en.csv"`);
    const text = await response.text();
    expect(text).toContain("Public Forum opening");
    expect(text).not.toContain("Belgian");
  });

  it("404s an unknown venue and 400s an unknown language", async () => {
    expect((await programme(fx.actors.viewer, "pdf", "venue=nope")).status).toBe(404);
    expect((await programme(fx.actors.viewer, "pdf", "lang=de")).status).toBe(400);
  });
});

describe("calendar feed route", () => {
  it("serves the token owner's scoped calendar without a session, and 404s once revoked", async () => {
    const { createFeedToken, revokeFeedToken } = await import("@/lib/calendar-feed/mutations");
    const { token } = await createFeedToken(db, fx.actors.liaisonUA);
    const ok = await feed(`${token}.ics`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = (await ok.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain(`UID:${fx.items.royalDinner.id}.liaison-UA.att-UA.en@summit-logistics`);
    expect(body).not.toContain("Belgian restricted briefing");
    expect(await (await feed(`${token}.ics`, "lang=nl")).text()).toContain("Vertrek vanaf Schiphol");
    expect((await feed(`${token}.ics`, "lang=xx")).status).toBe(400);
    await revokeFeedToken(db, fx.actors.liaisonUA);
    expect((await feed(`${token}.ics`)).status).toBe(404);
  });

  it("404s a guessed token, a missing .ics and a deactivated user's token", async () => {
    const { createFeedToken } = await import("@/lib/calendar-feed/mutations");
    // A role with feeds of its own (a viewer has none): the police coordinator.
    const { token } = await createFeedToken(db, fx.actors.police);
    expect((await feed(`${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await feed("not-a-token.ics")).status).toBe(404);
    expect((await feed(token)).status).toBe(404);
    expect((await feed(`${token}.ics`)).status).toBe(200);
    await db.user.update({ where: { id: fx.actors.police.userId }, data: { active: false } });
    const gone = await feed(`${token}.ics`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe("Not found");
  });
});
