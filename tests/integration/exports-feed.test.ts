// Calendar feed tokens (hash stored, shown once, one live address, revoke, regenerate) and the
// content each role's feed holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForToken, loadFeedDocument } from "@/lib/calendar-feed/feed";
import { createFeedToken, regenerateFeedToken, revokeFeedToken } from "@/lib/calendar-feed/mutations";
import { getFeedStatus } from "@/lib/calendar-feed/queries";
import { hashToken } from "@/lib/calendar-feed/token";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { errorsNl } from "@/lib/i18n/errors";
import { renderIcs } from "@/lib/exports";
import { icsEvents } from "../unit/exports-support";
import { resetDatabase, testDb } from "./helpers";
import { buildItineraryFixture, type ItineraryFixture } from "./itinerary-fixture";

const db = testDb();
let fx: ItineraryFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildItineraryFixture(db);
});
afterAll(() => db.$disconnect());

const summaries = async (who: keyof ItineraryFixture["actors"]) =>
  icsEvents(renderIcs(await loadFeedDocument(db, fx.actors[who]), { lang: "en" })).events.map((e) => `${e.summary}|${e.status}`);

describe("feed tokens", () => {
  it("stores only the SHA-256 of the secret and resolves the secret to its owner", async () => {
    const { token, path } = await createFeedToken(db, fx.actors.liaisonUA);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/feeds/${token}.ics`);
    const rows = await db.calendarToken.findMany({ where: { userId: fx.actors.liaisonUA.userId } });
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await actorForToken(db, token))?.userId).toBe(fx.actors.liaisonUA.userId);
    expect(JSON.stringify(await db.auditEntry.findMany({ where: { entity: "CalendarToken" } }))).not.toContain(token);
  });

  it("refuses a second live address, regenerates (old one dead) and revokes", async () => {
    await expect(createFeedToken(db, fx.actors.liaisonUA)).rejects.toBeInstanceOf(ValidationError);
    const second = await createFeedToken(db, fx.actors.liaisonUA).then(() => null, (e: unknown) => e as ValidationError);
    expect([second?.code, second?.saidIn("nl").message]).toEqual(["feedExists", errorsNl.feedExists]);
    // The feed's policy is asked first: a role without feeds is told not found and gets no address.
    const viewer = { ...fx.actors.liaisonUA, role: "VIEWER" as const };
    for (const write of [createFeedToken, regenerateFeedToken, revokeFeedToken]) await expect(write(db, viewer)).rejects.toBeInstanceOf(NotFoundError);
    const old = (await db.calendarToken.findFirstOrThrow({ where: { userId: fx.actors.liaisonUA.userId, revokedAt: null } })).tokenHash;
    const { token } = await regenerateFeedToken(db, fx.actors.liaisonUA);
    expect(await db.calendarToken.count({ where: { userId: fx.actors.liaisonUA.userId, revokedAt: null } })).toBe(1);
    expect((await db.calendarToken.findUniqueOrThrow({ where: { tokenHash: old } })).revokedAt).not.toBeNull();
    expect(await actorForToken(db, token)).not.toBeNull();
    expect((await getFeedStatus(db, fx.actors.liaisonUA)).active).not.toBeNull();
    expect(await revokeFeedToken(db, fx.actors.liaisonUA)).toEqual({ revoked: 1 });
    expect(await actorForToken(db, token)).toBeNull();
    expect(await getFeedStatus(db, fx.actors.liaisonUA)).toEqual({ active: null, revokedCount: 2 });
  });

  it("resolves nothing for malformed or guessed secrets", async () => {
    expect(await actorForToken(db, "")).toBeNull();
    expect(await actorForToken(db, "../../etc/passwd")).toBeNull();
    expect(await actorForToken(db, "B".repeat(43))).toBeNull();
  });
});

describe("feed content by role", () => {
  it("a liaison gets the delegation's itinerary, movements included, cancelled as CANCELLED", async () => {
    expect(await summaries("liaisonUA")).toEqual([
      "Arrival at Schiphol (UKR 01)|CONFIRMED",
      "Bilateral: Türkiye – Ukraine|CONFIRMED",
      "Transfer Hotel Des Indes → Palace|CONFIRMED",
      "Foreign ministers' working dinner|CONFIRMED",
      "Royal dinner|CONFIRMED",
      "Cancelled: Cancelled Ukrainian call|CANCELLED",
      "Speech by the President of Ukraine|CONFIRMED",
      "Departure from Schiphol (UKR 01)|CONFIRMED",
    ]);
  });

  it("an agency gets the items behind its tasks (one for participants only, under the neutral title); a viewer the public programme", async () => {
    expect(await summaries("police")).toEqual(["Restricted event|CONFIRMED"]);
    expect(await summaries("viewer")).toEqual([
      "Public Forum opening|CONFIRMED",
      "Defence Industry Forum|CONFIRMED",
      "Speech by the President of Ukraine|CONFIRMED",
    ]);
  });

  it("staff get the whole programme, drafts as TENTATIVE, but no staff notes (a feed address is a bearer secret)", async () => {
    const all = await summaries("planner");
    expect(all).toHaveLength(await db.programmeItem.count({ where: { summitId: fx.summit.id } }));
    expect(all).toContain("Draft press moment|TENTATIVE");
    const text = renderIcs(await loadFeedDocument(db, fx.actors.planner), { lang: "en" }).replace(/\r\n[ \t]/g, "");
    expect(text).toContain("Dress code: Black tie");
    expect(text).not.toContain("Protocol: arrival order");
  });
});
