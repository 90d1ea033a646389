// The board reads each open proposal against the summit as it is now: a proposal that has become
// impossible (a participant now busy, the space now taken) is reported so when the board is read,
// with the same reasons Confirm would refuse it for; the rest are not. The slot finder's
// suggestions differ meaningfully (30 minutes apart in one venue, or another venue) and say why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmBilateral } from "@/lib/bilaterals/confirm";
import { findSlotsForBilateral, impossibleProposals } from "@/lib/bilaterals/finder";
import { proposeSlot, requestBilateral, respondToProposal } from "@/lib/bilaterals/mutations";
import { listBilaterals } from "@/lib/bilaterals/queries";
import { ValidationError } from "@/lib/errors";
import { englishPhrase } from "@/lib/i18n";
import { inSummitOf, at, buildBilateralFixture, DAY2, type BilateralFixture } from "./bilateral-fixture";
import { requestBilateralSchema, findSlotsSchema } from "@/lib/bilaterals/schema";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: BilateralFixture;
let uaUs: { summitId: string; id: string; version: number };
let beNl: { summitId: string; id: string; version: number };

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildBilateralFixture(db);
  const { planner, ua, us } = fx.actors;
  // Ukraine–United States: proposed for day 2 at 10:00 in room 1, accepted by both.
  const a = await requestBilateral(db, ua, inSummitOf(requestBilateralSchema, fx.summit.id, { requesterDelegationId: fx.delegations.ua.id, counterpartDelegationIds: [fx.delegations.us.id], level: "PRINCIPAL", durationMinutes: 30, preferredDays: [] }));
  let { version } = await proposeSlot(db, planner, { summitId: fx.summit.id, id: a.id, version: 1, startsAt: at(DAY2, "10:00"), spaceId: fx.spaces.room1.id });
  ({ version } = await respondToProposal(db, ua, { summitId: fx.summit.id, id: a.id, version, delegationId: fx.delegations.ua.id, response: "ACCEPTED" }));
  ({ version } = await respondToProposal(db, us, { summitId: fx.summit.id, id: a.id, version, delegationId: fx.delegations.us.id, response: "ACCEPTED" }));
  uaUs = { summitId: fx.summit.id, id: a.id, version };
  // Belgium–Netherlands: proposed for day 2 at 15:00 in room 2, not answered yet.
  const b = await requestBilateral(db, planner, inSummitOf(requestBilateralSchema, fx.summit.id, { requesterDelegationId: fx.delegations.be.id, counterpartDelegationIds: [fx.delegations.nl.id], level: "PRINCIPAL", durationMinutes: 30, preferredDays: [] }));
  ({ version } = await proposeSlot(db, planner, { summitId: fx.summit.id, id: b.id, version: 1, startsAt: at(DAY2, "15:00"), spaceId: fx.spaces.room2.id }));
  beNl = { summitId: fx.summit.id, id: b.id, version };
});
afterAll(() => db.$disconnect());

const board = async () => impossibleProposals(db, await listBilaterals(db, fx.actors.planner, fx.summit.id));

describe("impossible proposals on the board", () => {
  it("reports nothing while every proposal still holds", async () => {
    expect((await board()).size).toBe(0);
  });

  it("reports an accepted proposal as impossible once a participant is busy, for the reason Confirm refuses it", async () => {
    const busy = await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "PRESS_MOMENT", title: "Press statement", status: "CONFIRMED", visibility: "STAFF",
        startsAt: at(DAY2, "09:50"), endsAt: at(DAY2, "10:20"), spaceId: fx.spaces.hall.id,
        participations: { create: [{ delegationId: fx.delegations.ua.id }] },
      },
    });
    const problems = await board();
    expect([...problems.keys()]).toEqual([uaUs.id]);
    expect(problems.get(uaUs.id)!.map(englishPhrase).join(" ")).toContain("Leader of Ukraine");
    // The board says "Accepted by all" no longer stands: Confirm would fail, and does.
    const refused = await confirmBilateral(db, fx.actors.planner, uaUs).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toContain(englishPhrase(problems.get(uaUs.id)![0]));
    // Cancelled, the press statement no longer blocks: the proposal holds again.
    await db.programmeItem.update({ where: { id: busy.id }, data: { status: "CANCELLED" } });
    expect((await board()).size).toBe(0);
  });

  it("reports a proposal as impossible once its space is taken", async () => {
    await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "SIDE_EVENT", title: "Energy roundtable", status: "CONFIRMED", visibility: "PUBLIC",
        startsAt: at(DAY2, "14:30"), endsAt: at(DAY2, "16:00"), spaceId: fx.spaces.room2.id,
      },
    });
    const problems = await board();
    expect([...problems.keys()]).toEqual([beNl.id]);
    expect(problems.get(beNl.id)!.map(englishPhrase).join(" ")).toMatch(/Bilateral Room 2/);
  });

  it("reads for a liaison only the requests they see", async () => {
    const theirs = await listBilaterals(db, fx.actors.us, fx.summit.id);
    expect(theirs.map((r) => r.id)).toEqual([uaUs.id]);
    expect((await impossibleProposals(db, theirs)).size).toBe(0);
    const belgian = await listBilaterals(db, fx.actors.be, fx.summit.id);
    expect([...(await impossibleProposals(db, belgian)).keys()]).toEqual([beNl.id]);
  });
});

describe("slot suggestions", () => {
  it("differ by at least 30 minutes in one venue or by venue, best first, each with a reason", async () => {
    const { id } = await requestBilateral(db, fx.actors.planner, inSummitOf(requestBilateralSchema, fx.summit.id, {
      requesterDelegationId: fx.delegations.nl.id, counterpartDelegationIds: [fx.delegations.us.id], level: "PRINCIPAL", durationMinutes: 30, preferredDays: [],
    }));
    const found = await findSlotsForBilateral(db, fx.actors.planner, inSummitOf(findSlotsSchema, fx.summit.id, { id, day: DAY2, from: "", until: "", venueId: "", limit: 8 }));
    expect(found.slots).toHaveLength(8);
    expect(found.minGapMinutes).toBe(30);
    for (const [i, a] of found.slots.entries()) {
      expect(a.reasons.length, a.startsAt).toBeGreaterThan(0);
      for (const b of found.slots.slice(i + 1)) {
        if (a.venueName !== b.venueName) continue;
        expect(Math.abs(Date.parse(a.startsAt) - Date.parse(b.startsAt)), `${a.startsAt} ${b.startsAt}`).toBeGreaterThanOrEqual(30 * 60_000);
      }
    }
    // The earliest time both are free is among them and says so: the Palace's Garden Room keeps no
    // hours, so midnight (the World Forum's rooms open at 07:00).
    const earliest = found.slots.find((s) => s.reasons.includes("earliest"))!;
    expect([earliest.startsAt, earliest.spaceName]).toEqual([at(DAY2, "00:00").toISOString(), "Garden Room"]);
    // Both venues are offered.
    expect(new Set(found.slots.map((s) => s.venueName))).toEqual(new Set(["World Forum", "Palace"]));
  });
});
