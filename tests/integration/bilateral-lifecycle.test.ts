// A bilateral from request to confirmation against a real database: the finder's participants
// and ranking, every transition audited as a history, the third delegation kept out, and bad
// input refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { confirmBilateral } from "@/lib/bilaterals/confirm";
import { findSlotsForBilateral } from "@/lib/bilaterals/finder";
import { cancelBilateral, proposeSlot, requestBilateral, respondToProposal, withdrawRequest } from "@/lib/bilaterals/mutations";
import { getBilateral, listBilaterals } from "@/lib/bilaterals/queries";
import { NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { inSummitOf, at, buildBilateralFixture, DAY1, DAY2, type BilateralFixture } from "./bilateral-fixture";
import { requestBilateralSchema, findSlotsSchema } from "@/lib/bilaterals/schema";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: BilateralFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildBilateralFixture(db);
});
afterAll(() => db.$disconnect());

/** Row counts that a refused write must leave untouched. */
const counts = async () => ({
  requests: await db.bilateralRequest.count(),
  parties: await db.bilateralParty.count(),
  items: await db.programmeItem.count(),
  participations: await db.participation.count(),
  audit: await db.auditEntry.count(),
});

async function refused(write: () => Promise<unknown>, type: new (...args: never[]) => Error, message: RegExp) {
  const before = await counts();
  // A refusal may come from the boundary's parse too, thrown before the write starts.
  const error = await Promise.resolve().then(write).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).toMatch(message);
  expect(await counts()).toEqual(before);
}

const uaRequest = (over: Record<string, unknown> = {}) => ({
  requesterDelegationId: fx.delegations.ua.id,
  counterpartDelegationIds: [fx.delegations.us.id],
  level: "PRINCIPAL" as const,
  durationMinutes: 45,
  preferredDays: [DAY2],
  notes: "Air defence and energy security",
  ...over,
});

describe("bilateral request to confirmation", () => {
  let id: string;

  it("a liaison requests a bilateral for their delegation; both delegations are parties, answers pending", async () => {
    const saved = await requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest()));
    id = saved.id;
    const request = await getBilateral(db, fx.actors.us, id);
    expect(request).toMatchObject({ status: "REQUESTED", level: "PRINCIPAL", durationMinutes: 45, preferredDays: [DAY2], notes: "Air defence and energy security", version: 1 });
    expect(request.parties).toEqual([
      { delegationId: fx.delegations.ua.id, name: "Ukraine", response: "PENDING" },
      { delegationId: fx.delegations.us.id, name: "United States", response: "PENDING" },
    ]);
  });

  it("the finder searches for both principals, preferred days first, and explains an impossible day", async () => {
    const found = await findSlotsForBilateral(db, fx.actors.planner, inSummitOf(findSlotsSchema, fx.summit.id, { id, limit: 3 }));
    expect(found.participants).toEqual(["Leader of Ukraine", "Leader of United States"]);
    expect(found.slots).toHaveLength(3);
    expect(found.slots.every((s) => s.preferred)).toBe(true);
    // 25 June from 07:00 (the rooms open then), smallest fitting room first.
    expect(found.slots[0]).toMatchObject({ startsAt: at(DAY2, "07:00").toISOString(), spaceName: "Bilateral Room 1", venueName: "World Forum" });

    const morning = await findSlotsForBilateral(db, fx.actors.planner, inSummitOf(findSlotsSchema, fx.summit.id, { id, day: DAY1, from: "09:30", until: "12:00", venueId: fx.venues.forum.id }));
    expect(morning.slots).toEqual([]);
    expect(morning.explanation.join("\n")).toContain("Leader of Ukraine: Opening plenary until 12:00");
  });

  it("the finder refuses a window outside the summit", async () => {
    await expect(findSlotsForBilateral(db, fx.actors.planner, inSummitOf(findSlotsSchema, fx.summit.id, { id, day: "2025-06-26" }))).rejects.toThrow(
      "Choose a day of the summit (Tue 24 Jun 2025 – Wed 25 Jun 2025).",
    );
  });

  it("a third delegation sees nothing of it", async () => {
    await expect(getBilateral(db, fx.actors.be, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listBilaterals(db, fx.actors.be, fx.summit.id)).toEqual([]);
    expect(await listBilaterals(db, fx.actors.viewer, fx.summit.id)).toEqual([]);
    await refused(() => withdrawRequest(db, fx.actors.be, { summitId: fx.summit.id, id, version: 1 }), NotFoundError, /^Not found\.$/);
    await refused(
      () => respondToProposal(db, fx.actors.be, { summitId: fx.summit.id, id, version: 1, delegationId: fx.delegations.be.id, response: "ACCEPTED" }),
      NotFoundError,
      /^Not found\.$/,
    );
  });

  it("a planner proposes a slot the finder offered; a slot that does not work is refused", async () => {
    await refused(
      () => proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 1, startsAt: at(DAY1, "11:00"), spaceId: fx.spaces.room1.id }),
      ValidationError,
      /^That slot does not work: .*Leader of Ukraine is in Opening plenary.*Pick another slot\.$/,
    );
    await refused(
      () => proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 1, startsAt: at("2025-06-26", "10:00"), spaceId: fx.spaces.room1.id }),
      ValidationError,
      /lies outside the window Tue 24 Jun 2025 00:00 – Thu 26 Jun 2025 00:00/,
    );
    await refused(() => proposeSlot(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 1, startsAt: at(DAY2, "10:00"), spaceId: fx.spaces.room1.id }), NotFoundError, /^Not found\.$/);
    const saved = await proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 1, startsAt: at(DAY2, "10:00"), spaceId: fx.spaces.room1.id });
    expect(saved.version).toBe(2);
    const request = await getBilateral(db, fx.actors.ua, id);
    expect(request.status).toBe("PROPOSED");
    expect(request.proposal).toEqual({
      startsAt: at(DAY2, "10:00"), endsAt: at(DAY2, "10:45"), spaceId: fx.spaces.room1.id, spaceName: "Bilateral Room 1", venueName: "World Forum",
    });
  });

  it("a liaison cannot accept on behalf of another delegation, nor answer a stale version", async () => {
    await refused(
      () => respondToProposal(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 2, delegationId: fx.delegations.us.id, response: "ACCEPTED" }),
      ValidationError,
      /only for a delegation assigned to you/,
    );
    await refused(
      () => respondToProposal(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 1, delegationId: fx.delegations.ua.id, response: "ACCEPTED" }),
      StaleVersionError,
      /changed in the meantime/,
    );
    // The same refusal for a Dutch reader, with the request's status in Dutch.
    const stale = await respondToProposal(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 1, delegationId: fx.delegations.ua.id, response: "ACCEPTED" }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).saidIn("nl")?.message).toMatch(/^Dit verzoek is intussen gewijzigd \(het is nu: tijdstip voorgesteld\)/);
  });

  it("both delegations accept; a planner confirms it into the programme", async () => {
    await respondToProposal(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 2, delegationId: fx.delegations.ua.id, response: "ACCEPTED" });
    expect((await getBilateral(db, fx.actors.ua, id)).status).toBe("PROPOSED");
    await respondToProposal(db, fx.actors.us, { summitId: fx.summit.id, id, version: 3, delegationId: fx.delegations.us.id, response: "ACCEPTED" });
    const accepted = await getBilateral(db, fx.actors.us, id);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.parties.map((p) => p.response)).toEqual(["ACCEPTED", "ACCEPTED"]);

    const confirmed = await confirmBilateral(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 4 });
    const item = await db.programmeItem.findUniqueOrThrow({
      where: { id: confirmed.itemId },
      select: { title: true, kind: true, status: true, visibility: true, startsAt: true, endsAt: true, spaceId: true, participations: { select: { delegationId: true, memberId: true } } },
    });
    expect(item).toMatchObject({
      title: "Bilateral: Ukraine – United States", kind: "BILATERAL", status: "CONFIRMED", visibility: "PARTICIPANTS",
      startsAt: at(DAY2, "10:00"), endsAt: at(DAY2, "10:45"), spaceId: fx.spaces.room1.id,
    });
    expect(item.participations.sort((a, b) => a.delegationId.localeCompare(b.delegationId))).toEqual(
      [
        { delegationId: fx.delegations.ua.id, memberId: fx.delegations.ua.head.id },
        { delegationId: fx.delegations.us.id, memberId: fx.delegations.us.head.id },
      ].sort((a, b) => a.delegationId.localeCompare(b.delegationId)),
    );
    const request = await getBilateral(db, fx.actors.planner, id);
    expect(request).toMatchObject({ status: "CONFIRMED", itemId: confirmed.itemId, version: 5 });

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "ProgrammeItem", entityId: confirmed.itemId } });
    expect(audit.action).toBe("create");
    expect(audit.after).toEqual({
      title: "Bilateral: Ukraine – United States", kind: "BILATERAL", status: "CONFIRMED", visibility: "PARTICIPANTS",
      startsAt: at(DAY2, "10:00").toISOString(), endsAt: at(DAY2, "10:45").toISOString(),
      spaceId: fx.spaces.room1.id, spaceName: "Bilateral Room 1", venueName: "World Forum",
      delegationIds: [], memberIds: [fx.delegations.ua.head.id, fx.delegations.us.head.id].sort(),
    });
  });

  it("every transition is in the history, in order, with who did it", async () => {
    const { history } = await getBilateral(db, fx.actors.ua, id);
    expect(history.map((h) => [h.action, h.actorName, (h.after as { status: string }).status])).toEqual([
      ["request", "Test liaison-ua", "REQUESTED"],
      ["propose", "Test planner", "PROPOSED"],
      ["accept", "Test liaison-ua", "PROPOSED"],
      ["accept", "Test liaison-us", "ACCEPTED"],
      ["confirm", "Test planner", "CONFIRMED"],
    ]);
  });

  it("the confirmed bilateral is in both delegations' programme and not in the third's", async () => {
    const summit = (await getCurrentSummit(db, fx.actors.ua))!;
    const titles = async (actor: Actor) => (await getDayProgramme(db, actor, summit, DAY2)).flatMap((g) => g.items.map((i) => i.title));
    expect(await titles(fx.actors.ua)).toContain("Bilateral: Ukraine – United States");
    expect(await titles(fx.actors.us)).toContain("Bilateral: Ukraine – United States");
    expect(await titles(fx.actors.be)).not.toContain("Bilateral: Ukraine – United States");
  });

  it("a liaison cannot withdraw a confirmed bilateral; a planner's cancellation cancels the item too", async () => {
    await refused(() => withdrawRequest(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 5 }), ValidationError, /cannot be withdrawn/);
    const { itemId } = await getBilateral(db, fx.actors.planner, id);
    await cancelBilateral(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 5 });
    expect((await getBilateral(db, fx.actors.planner, id)).status).toBe("CANCELLED");
    expect(await db.programmeItem.findUniqueOrThrow({ where: { id: itemId! }, select: { status: true, version: true } })).toEqual({ status: "CANCELLED", version: 2 });
    const itemAudit = await db.auditEntry.findFirstOrThrow({ where: { entityId: itemId!, action: "cancel" } });
    expect(itemAudit.entity).toBe("ProgrammeItem");
    expect((itemAudit.after as { status: string }).status).toBe("CANCELLED");
  });
});

describe("bad requests are refused with a clear error and nothing written", () => {
  it("one's own delegation only", async () => {
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ counterpartDelegationIds: [fx.delegations.ua.id] }))), ValidationError, /do not choose your own/);
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ counterpartDelegationIds: [] }))), ValidationError, /at least one other delegation/);
  });

  it("unknown delegations, or one from another summit", async () => {
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ counterpartDelegationIds: ["no-such-delegation"] }))), ValidationError, /^Unknown delegation\.$/);
    const other = await db.summit.create({ data: { slug: "other", name: "Other", host: "X", timeZone: "UTC", startDate: new Date(DAY1), endDate: new Date(DAY1) } });
    const stranger = await db.delegation.create({ data: { summitId: other.id, code: "XX", name: "Elsewhere", kind: "ALLY" } });
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ counterpartDelegationIds: [stranger.id] }))), ValidationError, /^Unknown delegation\.$/);
    await refused(() => requestBilateral(db, fx.actors.planner, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ requesterDelegationId: "no-such-delegation" }))), ValidationError, /^Unknown delegation\.$/);
  });

  it("a duration of zero, below zero or longer than a day", async () => {
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ durationMinutes: 0 }))), ValidationError, /at least 1 minute/);
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ durationMinutes: -15 }))), ValidationError, /at least 1 minute/);
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ durationMinutes: 1441 }))), ValidationError, /longer than a day/);
  });

  it("preferred days outside the summit", async () => {
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ preferredDays: [DAY2, "2025-06-27"] }))), ValidationError, /must be summit days .*not 2025-06-27/);
  });

  it("for a delegation not assigned to the liaison", async () => {
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ requesterDelegationId: fx.delegations.be.id }))), ValidationError, /only for a delegation assigned to you/);
  });

  it("at a level a party has nobody for", async () => {
    await refused(
      () => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ counterpartDelegationIds: [fx.delegations.nato.id], level: "MINISTER" }))),
      ValidationError,
      /^NATO has no foreign or defence minister listed\.$/,
    );
  });
});

describe("the domain asks its own policy and stays in the summit named", () => {
  it("anyone without the bilaterals' permissions is told not found; a request named in another summit is not found", async () => {
    const { id } = await requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ level: "MINISTER" })));
    const viewer: Actor = { ...fx.actors.planner, role: "VIEWER" };
    await refused(() => requestBilateral(db, viewer, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest())), NotFoundError, /^Not found\.$/);
    await refused(() => respondToProposal(db, viewer, { summitId: fx.summit.id, id, version: 1, delegationId: fx.delegations.ua.id, response: "ACCEPTED" }), NotFoundError, /^Not found\.$/);
    await refused(() => withdrawRequest(db, viewer, { summitId: fx.summit.id, id, version: 1 }), NotFoundError, /^Not found\.$/);
    const elsewhere = "another-summit";
    await refused(() => withdrawRequest(db, fx.actors.ua, { summitId: elsewhere, id, version: 1 }), NotFoundError, /^Not found\.$/);
    await refused(() => cancelBilateral(db, fx.actors.planner, { summitId: elsewhere, id, version: 1 }), NotFoundError, /^Not found\.$/);
    await refused(() => proposeSlot(db, fx.actors.planner, { summitId: elsewhere, id, version: 1, startsAt: at(DAY2, "15:00"), spaceId: fx.spaces.room2.id }), NotFoundError, /^Not found\.$/);
    await refused(() => findSlotsForBilateral(db, fx.actors.planner, inSummitOf(findSlotsSchema, elsewhere, { id })), NotFoundError, /^Not found\.$/);
    await refused(() => requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, elsewhere, uaRequest())), ValidationError, /^Unknown delegation\.$/);
  });

  it("refuses in the reader's language with the rule's code", async () => {
    const error = await requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ requesterDelegationId: fx.delegations.be.id }))).then(() => null, (e: unknown) => e as ValidationError);
    expect(error?.code).toBe("requestOnlyOwn");
    expect(error?.saidIn("nl").fieldErrors).toEqual({ requesterDelegationId: "U kunt alleen bilateraal overleg aanvragen voor een delegatie die aan u is toegewezen." });
  });
});

describe("withdrawal and a declined proposal", () => {
  it("the requester withdraws; the counterpart cannot", async () => {
    const { id } = await requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ level: "MINISTER" })));
    await refused(() => withdrawRequest(db, fx.actors.us, { summitId: fx.summit.id, id, version: 1 }), ValidationError, /Only the requesting delegation/);
    await withdrawRequest(db, fx.actors.ua, { summitId: fx.summit.id, id, version: 1 });
    expect((await getBilateral(db, fx.actors.us, id)).status).toBe("WITHDRAWN");
    await refused(() => proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 2, startsAt: at(DAY2, "15:00"), spaceId: fx.spaces.room2.id }), ValidationError, /nothing more can change/);
  });

  it("a decline sends the request back to the planners, who propose again", async () => {
    const { id } = await requestBilateral(db, fx.actors.ua, inSummitOf(requestBilateralSchema, fx.summit.id, uaRequest({ level: "MINISTER", preferredDays: [] })));
    await proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 1, startsAt: at(DAY2, "15:00"), spaceId: fx.spaces.room2.id });
    await respondToProposal(db, fx.actors.us, { summitId: fx.summit.id, id, version: 2, delegationId: fx.delegations.us.id, response: "DECLINED" });
    expect((await getBilateral(db, fx.actors.ua, id)).status).toBe("DECLINED");
    await refused(() => confirmBilateral(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 3 }), ValidationError, /Every delegation must accept/);
    await proposeSlot(db, fx.actors.planner, { summitId: fx.summit.id, id, version: 3, startsAt: at(DAY2, "16:00"), spaceId: fx.spaces.room2.id });
    const again = await getBilateral(db, fx.actors.ua, id);
    expect(again.status).toBe("PROPOSED");
    expect(again.parties.map((p) => p.response)).toEqual(["PENDING", "PENDING"]);
  });
});
