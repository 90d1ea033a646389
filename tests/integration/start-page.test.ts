// The start pages count what the pages they link to show: the planner's hard conflicts per day are
// the conflicts page's (day and severity filters), the coverage gaps the coverage matrix's, the
// unacknowledged changes the acknowledgement overviews'. A liaison sees only their delegation's
// commitment, changes and requests, an agency only its own tasks and changes; neither gets the
// planners' counts by calling the planners' read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/tasks/changes";
import { listTasks } from "@/lib/tasks/queries";
import { conflictTriage } from "@/lib/conflicts/triage";
import { getCoverageMatrix } from "@/lib/coverage/queries";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { movementDays } from "@/lib/movements/queries";
import { moveItem } from "@/lib/programme/mutations";
import { getAgencyStart, getLiaisonStart, getPlannerStart, summitMoment } from "@/lib/start/queries";
import { defaultSummitName, getCurrentSummit, type SummitSummary } from "@/lib/summits/queries";
import { at, buildAgencyFixture, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: AgencyFixture;
let summit: SummitSummary;
let liaisonBE: Actor;
let liaisonUA: Actor;
let openBeUa: string;
let uaOnly: string;
const NOW = at("12:00");
const may = { tasks: true, movements: true, bilaterals: true, timeline: true };

async function liaisonOf(code: string, delegationId: string): Promise<Actor> {
  const row = await db.user.create({
    data: { email: `liaison.${code}@start.test`, name: `Liaison ${code}`, passwordHash: "x", role: "LIAISON", liaisons: { create: { delegationId } } },
  });
  return { userId: row.id, name: row.name, email: row.email, role: "LIAISON", delegationIds: [delegationId], agencyId: null, mustChangePassword: false };
}

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
  summit = (await getCurrentSummit(db, fx.actors.planner))!;
  liaisonBE = await liaisonOf("be", fx.delegations.be.id);
  liaisonUA = await liaisonOf("ua", fx.delegations.ua.id);
  const hall = await db.space.findFirstOrThrow({ where: { name: "Hall" } });
  const dining = await db.space.findFirstOrThrow({ where: { name: "Dining Room" } });
  // Hard conflicts on both days: the dining room and the hall double-booked.
  await db.programmeItem.create({ data: { summitId: summit.id, kind: "SIDE_EVENT", title: "Clashing reception", startsAt: at("20:00"), endsAt: at("21:00"), spaceId: dining.id } });
  for (const title of ["Morning session A", "Morning session B"]) {
    await db.programmeItem.create({ data: { summitId: summit.id, kind: "SIDE_EVENT", title, startsAt: at("09:00", "2025-06-25"), endsAt: at("10:00", "2025-06-25"), spaceId: hall.id } });
  }
  // A coverage gap: every arrival needs an escort, and Ukraine's arrival has none.
  await db.coverageRule.create({ data: { summitId: summit.id, target: "MOVEMENT", movementKind: "ARRIVAL", requiredType: "ESCORT", description: "Escort every arrival" } });
  // Changes the delegations and the police have not acknowledged: the planner moves the dinner.
  const dinner = fx.items.dinner;
  await moveItem(db, fx.actors.planner, { summitId: summit.id, id: dinner.id, version: dinner.version, startsAt: at("19:30"), endsAt: at("22:30"), spaceId: dinner.spaceId });
  // Bilateral requests: Belgium with Ukraine waits for the planners; Ukraine's other one is not Belgium's business.
  const third = await db.delegation.create({ data: { summitId: summit.id, code: "NO", name: "Norway", kind: "ALLY" } });
  const request = (requester: string, parties: string[]) =>
    db.bilateralRequest.create({
      data: { summitId: summit.id, requesterDelegationId: requester, level: "PRINCIPAL", durationMinutes: 30, parties: { create: parties.map((delegationId) => ({ delegationId })) } },
    });
  openBeUa = (await request(fx.delegations.be.id, [fx.delegations.be.id, fx.delegations.ua.id])).id;
  uaOnly = (await request(fx.delegations.ua.id, [fx.delegations.ua.id, third.id])).id;
});
afterAll(() => db.$disconnect());

describe("the planner's start page", () => {
  it("counts the hard conflicts of each day as the conflicts page filtered by day and severity shows them", async () => {
    const start = await getPlannerStart(db, fx.actors.planner, summit, NOW, "en");
    const all = await conflictTriage(db, summit, { severity: "hard" }, may);
    expect(start.hardConflicts.reduce((n, c) => n + c.count, 0)).toBe(all.rows.length);
    expect(start.hardConflicts.map((c) => c.day)).toEqual(["2025-06-24", "2025-06-25"]);
    for (const { day, count } of start.hardConflicts) {
      const page = await conflictTriage(db, summit, { day: day ?? undefined, severity: "hard" }, may);
      expect(count, `hard conflicts on ${day}`).toBe(page.rows.length);
      expect(count).toBeGreaterThan(0);
    }
  });

  it("counts the coverage gaps of each day as the coverage matrix does", async () => {
    const start = await getPlannerStart(db, fx.actors.planner, summit, NOW, "en");
    const expected = [];
    for (const day of await movementDays(db, summit)) {
      const { gapCount } = await getCoverageMatrix(db, fx.actors.planner, summit, day);
      if (gapCount > 0) expected.push({ day, gaps: gapCount });
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(start.coverageGaps).toEqual(expected);
  });

  it("lists the delegations and agencies with unacknowledged changes as their overviews do", async () => {
    const start = await getPlannerStart(db, fx.actors.planner, summit, NOW, "en");
    const delegations = await listPendingAcknowledgements(db, fx.actors.planner);
    const agencies = await listAgenciesWithPendingChanges(db, fx.actors.planner, summit);
    expect(delegations.length).toBeGreaterThan(0);
    expect(agencies.map((a) => a.agency.name)).toEqual(["National Police"]);
    expect(start.pendingDelegations).toEqual(delegations.map((p) => ({ id: p.delegation.id, name: p.delegation.name, count: p.count, latestAt: p.latestAt })));
    expect(start.pendingAgencies).toEqual(agencies.map((a) => ({ id: a.agency.id, name: a.agency.name, count: a.count, latestAt: a.latestAt })));
  });

  it("lists the requests waiting for the planners, not the confirmed one", async () => {
    const start = await getPlannerStart(db, fx.actors.planner, summit, NOW, "en");
    expect(start.bilaterals.map((b) => b.id).sort()).toEqual([openBeUa, uaOnly].sort());
    expect(start.bilaterals.every((b) => b.status === "REQUESTED")).toBe(true);
  });

  it("shows what comes next from now, in the summit's zone, and the first day's first items outside the summit", async () => {
    const during = await getPlannerStart(db, fx.actors.planner, summit, at("16:30"), "en");
    expect(during.moment.phase).toBe("during");
    // The forum meeting (16:00–17:00) is still on; the draft reception (12:00) is over.
    // Then the next day's, up to the limit.
    expect(during.next.map((e) => e.title)).toEqual(["Forum meeting", "Palace dinner", "Clashing reception", "Morning session A", "Morning session B"]);
    const before = await getPlannerStart(db, fx.actors.planner, summit, new Date("2025-06-01T12:00:00Z"), "en");
    expect(before.moment).toEqual({ phase: "before", today: "2025-06-01", firstDay: "2025-06-24" });
    expect(before.next[0].title).toBe("Draft reception");
    const after = await getPlannerStart(db, fx.actors.planner, summit, new Date("2025-07-01T12:00:00Z"), "en");
    expect(after.moment.phase).toBe("after");
    expect(after.next.map((e) => e.title)).toEqual(before.next.map((e) => e.title));
  });

  it("reads the day in the summit's zone, not the server's", () => {
    // In the summit's zone (UTC+2 in June) the 24th begins at 22:00 UTC, whatever the server's zone.
    expect(summitMoment(summit, new Date("2025-06-23T21:30:00Z")).phase).toBe("before");
    expect(summitMoment(summit, new Date("2025-06-23T22:30:00Z")).phase).toBe("during");
  });
});

describe("a liaison's start page", () => {
  it("shows their principal's next commitment, their changes and their open requests only", async () => {
    const start = await getLiaisonStart(db, liaisonBE, summit, NOW, "en");
    expect(start.delegations.map((d) => d.delegation.name)).toEqual(["Belgium"]);
    const [be] = start.delegations;
    expect(be.principal?.title).toBe("Prime Minister of Belgium");
    expect(be.next?.title).toBe("Forum meeting");
    const changes = await getChangesSinceAck(db, liaisonBE, fx.delegations.be.id);
    expect(changes.changes.length).toBeGreaterThan(0);
    expect(be.changes).toBe(changes.changes.length);
    expect(be.bilaterals.map((b) => b.id)).toEqual([openBeUa]);
    expect(JSON.stringify(start)).not.toContain("Norway");
  });

  it("shows another liaison their own delegation, never Belgium's", async () => {
    const start = await getLiaisonStart(db, liaisonUA, summit, NOW, "en");
    expect(start.delegations.map((d) => d.delegation.name)).toEqual(["Ukraine"]);
    expect(start.delegations[0].bilaterals.map((b) => b.id).sort()).toEqual([openBeUa, uaOnly].sort());
    expect(JSON.stringify(start)).not.toContain("Prime Minister of Belgium");
    expect(JSON.stringify(start)).not.toContain("Forum meeting");
  });

  it("gets none of the planners' counts by calling the planners' read", async () => {
    const start = await getPlannerStart(db, liaisonBE, summit, NOW, "en");
    expect(start.hardConflicts).toEqual([]);
    expect(start.coverageGaps).toBeNull();
    expect(start.pendingDelegations).toEqual([]);
    expect(start.pendingAgencies).toEqual([]);
    expect(start.bilaterals).toEqual([]);
    expect(start.next.map((e) => e.title)).not.toContain("Clashing reception");
  });
});

describe("an agency's start page", () => {
  it("lists only its own next tasks and its own changes", async () => {
    const police = await getAgencyStart(db, fx.actors.police, summit, NOW, "en");
    expect(police.agency?.name).toBe("National Police");
    const upcoming = (await listTasks(db, fx.actors.police, summit)).filter((t) => t.endsAt > NOW);
    expect(upcoming.length).toBeGreaterThan(1);
    expect(police.next.map((t) => t.id)).toEqual(upcoming.map((t) => t.id));
    expect(police.next.map((t) => t.id)).not.toContain(fx.tasks.handling.id);
    const changes = await getTaskChangesSinceAck(db, fx.actors.police);
    expect(changes.changes.length).toBeGreaterThan(0);
    expect(police.changes).toBe(changes.changes.length);

    const schiphol = await getAgencyStart(db, fx.actors.schiphol, summit, at("08:00"), "en");
    expect(schiphol.next.map((t) => t.id)).toEqual([fx.tasks.handling.id]);
    expect(schiphol.changes).toBe(0);
    expect(JSON.stringify(schiphol)).not.toContain("National Police");
  });

  it("gives a coordinator without an agency nothing", async () => {
    const start = await getAgencyStart(db, fx.actors.unassigned, summit, NOW, "en");
    expect(start).toMatchObject({ agency: null, next: [], changes: null });
  });

  it("gets none of the planners' counts by calling the planners' read", async () => {
    const start = await getPlannerStart(db, fx.actors.police, summit, NOW, "en");
    expect(start).toMatchObject({ hardConflicts: [], coverageGaps: null, pendingDelegations: [], pendingAgencies: [], bilaterals: [] });
  });
});

describe("the sign-in page's summit", () => {
  it("is the most recent live summit's name, and nothing while every summit is archived", async () => {
    expect(await defaultSummitName(db)).toBe("Agency Summit");
    await db.summit.update({ where: { id: summit.id }, data: { archivedAt: new Date() } });
    expect(await defaultSummitName(db)).toBe("Other Summit");
    await db.summit.update({ where: { id: fx.other.summit.id }, data: { archivedAt: new Date() } });
    expect(await defaultSummitName(db)).toBeNull();
  });
});
