// Confirmation is atomic: racing confirmations for one space and time leave exactly one item; a
// proposal that has become impossible is refused with the reason; when something the re-check
// could not see holds the space, the exclusion constraint refuses it. A refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { confirmBilateral } from "@/lib/bilaterals/confirm";
import { proposeSlot, requestBilateral, respondToProposal } from "@/lib/bilaterals/mutations";
import { ConstraintError, DomainError, StaleVersionError, ValidationError } from "@/lib/errors";
import { inSummitOf, at, buildBilateralFixture, DAY1, DAY2, type BilateralFixture } from "./bilateral-fixture";
import { requestBilateralSchema } from "@/lib/bilaterals/schema";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: BilateralFixture;
const N = 8;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildBilateralFixture(db);
});
afterAll(() => db.$disconnect());

type Party = { id: string };

/** A request proposed for the slot and accepted by both sides; returns its id and version. */
async function accepted(liaison: Actor, a: Party, b: Party, startsAt: Date, spaceId: string, durationMinutes = 30) {
  const { id } = await requestBilateral(db, liaison, inSummitOf(requestBilateralSchema, fx.summit.id, {
    requesterDelegationId: a.id, counterpartDelegationIds: [b.id], level: "PRINCIPAL", durationMinutes, preferredDays: [],
  }));
  let { version } = await proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 1, startsAt, spaceId });
  for (const party of [a, b]) {
    const answerer = liaison.delegationIds.includes(party.id) ? liaison : party.id === fx.delegations.us.id ? fx.actors.us : fx.actors.ua;
    ({ version } = await respondToProposal(db, answerer, { summitId: fx.summit.id, id, version, delegationId: party.id, response: "ACCEPTED" }));
  }
  return { summitId: fx.summit.id, id, version };
}

const itemsIn = (spaceId: string, start: Date, end: Date) =>
  db.programmeItem.count({ where: { spaceId, status: "CONFIRMED", startsAt: { lt: end }, endsAt: { gt: start } } });

describe("atomic confirmation", () => {
  it(`${N} confirmations racing for one space and time: exactly one item; the others are told to pick another slot`, async () => {
    const start = at(DAY1, "14:00");
    const requests = [];
    for (let i = 0; i < N; i++) {
      requests.push(await accepted(fx.actors.numbered, fx.numbered[2 * i], fx.numbered[2 * i + 1], start, fx.spaces.room2.id));
    }
    const auditBefore = await db.auditEntry.count();
    const results = await Promise.allSettled(requests.map((r) => confirmBilateral(db, fx.actors.planner, r)));

    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ ...r.value, index: i }] : []));
    const losers = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(N - 1);
    for (const error of losers) {
      expect(error instanceof ValidationError || error instanceof ConstraintError).toBe(true);
      expect(error.message).toMatch(/Bilateral Room 2 .*booked.*Pick another slot\.$/);
    }
    expect(await itemsIn(fx.spaces.room2.id, start, new Date(start.getTime() + 30 * 60_000))).toBe(1);

    // Nothing of the losers was written: still accepted, no item, no participations, no audit.
    const rows = await db.bilateralRequest.findMany({ where: { id: { in: requests.map((r) => r.id) } }, select: { id: true, status: true, itemId: true, version: true } });
    for (const [i, r] of requests.entries()) {
      const row = rows.find((x) => x.id === r.id)!;
      if (i === winners[0].index) expect(row).toMatchObject({ status: "CONFIRMED", itemId: winners[0].itemId, version: r.version + 1 });
      else expect(row).toEqual({ id: r.id, status: "ACCEPTED", itemId: null, version: r.version });
    }
    expect(await db.participation.count({ where: { item: { kind: "BILATERAL" } } })).toBe(2);
    // The winner's two entries: the item's creation and the request's confirmation.
    expect(await db.auditEntry.count()).toBe(auditBefore + 2);
  });

  it(`${N} planners confirming the same request at once: one item, the rest refused as stale`, async () => {
    const start = at(DAY1, "16:00");
    const r = await accepted(fx.actors.ua, fx.delegations.ua, fx.delegations.us, start, fx.spaces.room1.id);
    const results = await Promise.allSettled(Array.from({ length: N }, () => confirmBilateral(db, fx.actors.planner, r)));
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    for (const x of results) if (x.status === "rejected") expect(x.reason).toBeInstanceOf(StaleVersionError);
    expect(await db.programmeItem.count({ where: { bilateral: { id: r.id } } })).toBe(1);
    expect(await itemsIn(fx.spaces.room1.id, start, new Date(start.getTime() + 30 * 60_000))).toBe(1);
  });

  it("a proposal that became impossible since it was proposed is refused with the reason", async () => {
    const start = at(DAY2, "09:00");
    const r = await accepted(fx.actors.ua, fx.delegations.ua, fx.delegations.us, start, fx.spaces.room1.id);
    // Meanwhile the US principal is put into a breakfast at the palace, too far away to arrive in time.
    await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "WORKING_DINNER", title: "Breakfast at the palace", status: "CONFIRMED", visibility: "STAFF",
        startsAt: at(DAY2, "08:00"), endsAt: at(DAY2, "08:50"), spaceId: fx.spaces.garden.id,
        participations: { create: [{ delegationId: fx.delegations.us.id, memberId: fx.delegations.us.head.id }] },
      },
    });
    const auditBefore = await db.auditEntry.count();
    const error = await confirmBilateral(db, fx.actors.planner, r).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      "The proposed slot is no longer possible: " +
        "Leader of United States: Breakfast at the palace ends 08:50 at Palace; travel to World Forum takes 20 min (+10 min buffer). Pick another slot, or confirm it with a written reason.",
    );
    expect(await db.bilateralRequest.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, itemId: true, version: true } })).toEqual({
      status: "ACCEPTED", itemId: null, version: r.version,
    });
    expect(await itemsIn(fx.spaces.room1.id, start, new Date(start.getTime() + 30 * 60_000))).toBe(0);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it("a proposal the principal's motorcade now runs through is refused, naming the transfer, and confirmed with a written reason", async () => {
    const start = at(DAY2, "15:00");
    const r = await accepted(fx.actors.ua, fx.delegations.ua, fx.delegations.us, start, fx.spaces.room1.id);
    // Meanwhile the US president's motorcade is planned from the palace to the forum at 14:50–15:10.
    const transfer = await db.movement.create({
      data: {
        summitId: fx.summit.id, delegationId: fx.delegations.us.id, kind: "TRANSFER", fromVenueId: fx.venues.palace.id, toVenueId: fx.venues.forum.id,
        startsAt: at(DAY2, "14:50"), endsAt: at(DAY2, "15:10"), partySize: 10, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
      },
    });
    const auditBefore = await db.auditEntry.count();
    const error = await confirmBilateral(db, fx.actors.planner, r).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^The proposed slot is no longer possible: Leader of United States is in Transfer of United States: Palace → World Forum \(14:50–15:10\).*Pick another slot, or confirm it with a written reason\.$/);
    expect(await db.bilateralRequest.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, itemId: true } })).toEqual({ status: "ACCEPTED", itemId: null });
    expect(await db.auditEntry.count()).toBe(auditBefore);

    // With a planner's reason it is confirmed: the hard conflict overridden, recorded and audited.
    const reason = "The president joins the meeting ten minutes late.";
    const confirmed = await confirmBilateral(db, fx.actors.planner, { ...r, overrideReason: reason });
    const override = await db.conflictOverride.findFirstOrThrow({ where: { conflictId: { contains: confirmed.itemId } } });
    expect(override).toMatchObject({ reason, createdById: fx.actors.planner.userId });
    expect(await db.auditEntry.count({ where: { entity: "ConflictOverride", entityId: override.id, action: "override" } })).toBe(1);
    await db.movement.delete({ where: { id: transfer.id } });
  });

  it("a booking the re-check could not see is refused by the database's exclusion constraint", async () => {
    const start = at(DAY2, "11:00");
    const r = await accepted(fx.actors.ua, fx.delegations.ua, fx.delegations.us, start, fx.spaces.room2.id);
    // Stands in for a writer that bypasses the application: a confirmed row in the room filed
    // under another summit, so the snapshot of this summit does not contain it.
    const other = await db.summit.create({ data: { slug: "ghost", name: "Ghost", host: "X", timeZone: "UTC", startDate: new Date(DAY2), endDate: new Date(DAY2) } });
    await db.programmeItem.create({
      data: { summitId: other.id, kind: "PLENARY", title: "Ghost booking", status: "CONFIRMED", startsAt: at(DAY2, "11:15"), endsAt: at(DAY2, "12:00"), spaceId: fx.spaces.room2.id },
    });
    const itemsBefore = await db.programmeItem.count();
    const auditBefore = await db.auditEntry.count();
    const error = await confirmBilateral(db, fx.actors.planner, r).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConstraintError);
    expect((error as DomainError).message).toBe("World Forum Bilateral Room 2 is already booked by 'Ghost booking' 11:15–12:00. Pick another slot.");
    expect((error as DomainError).fieldErrors).toEqual({ _form: (error as Error).message });
    expect(await db.programmeItem.count()).toBe(itemsBefore);
    expect(await db.auditEntry.count()).toBe(auditBefore);
    expect((await db.bilateralRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("ACCEPTED");
  });
});
