import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SUMMIT_SLUG, NonDemoDataError, seedDemo } from "@/lib/demo/seed-demo";
import { isoDayOf } from "@/lib/time";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const ALLIES = [
  "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany",
  "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro", "Netherlands", "North Macedonia",
  "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States",
];

async function snapshotCounts() {
  const [summits, delegations, members, items, participations, movements, tasks, users, venues, travel] = await Promise.all([
    db.summit.count(), db.delegation.count(), db.member.count(), db.programmeItem.count(), db.participation.count(),
    db.movement.count(), db.agencyTask.count(), db.user.count(), db.venue.count(), db.travelTime.count(),
  ]);
  return { summits, delegations, members, items, participations, movements, tasks, users, venues, travel };
}

beforeAll(async () => {
  await resetDatabase(db);
}, 60_000);
afterAll(() => db.$disconnect());

describe("demo seed", () => {
  it("creates the summit, and a second run changes nothing", async () => {
    const first = await seedDemo(db);
    expect(first.created).toBe(true);
    const counts = await snapshotCounts();
    const latestAudit = await db.auditEntry.count();
    const second = await seedDemo(db);
    expect(second.created).toBe(false);
    expect(await snapshotCounts()).toEqual(counts);
    expect(await db.auditEntry.count()).toBe(latestAudit);
  }, 60_000);

  it("matches the report: 32 allies, 6 partners, NATO's officials", async () => {
    const summit = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
    expect(summit).toMatchObject({ timeZone: "Europe/Amsterdam", isDemo: true });
    const allies = await db.delegation.findMany({ where: { summitId: summit.id, kind: "ALLY" }, select: { name: true } });
    expect(allies.map((a) => a.name).sort()).toEqual([...ALLIES].sort());
    const others = await db.delegation.findMany({ where: { summitId: summit.id, kind: { not: "ALLY" } }, select: { code: true } });
    expect(others.map((d) => d.code).sort()).toEqual(["AU", "EU", "JP", "KR", "NATO", "NZ", "UA"]);
    for (const ally of await db.delegation.findMany({ where: { summitId: summit.id, kind: "ALLY" }, select: { members: { select: { function: true } } } })) {
      const functions = ally.members.map((m) => m.function);
      expect(functions).toEqual(expect.arrayContaining(["HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER"]));
    }
    expect(await db.member.count({ where: { title: "Secretary General of NATO" } })).toBe(1);
  });

  it("holds the royal dinner at Huis ten Bosch on 24 June and the NAC summit session on 25 June", async () => {
    const dinner = await db.programmeItem.findFirstOrThrow({
      where: { kind: "ROYAL_DINNER" },
      select: { startsAt: true, status: true, space: { select: { venue: { select: { name: true } } } }, _count: { select: { participations: true } } },
    });
    expect(dinner.space?.venue.name).toBe("Huis ten Bosch");
    expect(isoDayOf(dinner.startsAt, "Europe/Amsterdam")).toBe("2025-06-24");
    expect(dinner.status).toBe("CONFIRMED");
    expect(dinner._count.participations).toBeGreaterThanOrEqual(38);
    const nac = await db.programmeItem.findFirstOrThrow({
      where: { kind: "PLENARY", title: { contains: "North Atlantic Council" } },
      select: { startsAt: true, visibility: true, space: { select: { venue: { select: { name: true } } } } },
    });
    expect(isoDayOf(nac.startsAt, "Europe/Amsterdam")).toBe("2025-06-25");
    expect(nac.space?.venue.name).toBe("World Forum");
    expect(nac.visibility).toBe("PUBLIC");
  });

  it("has one demo user per role, agencies from the report, and bilaterals the report lists", async () => {
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "AGENCY", "LIAISON", "PLANNER", "VIEWER"]);
    expect(await db.user.count({ where: { isDemo: false } })).toBe(0);
    const agencies = (await db.agency.findMany({ select: { shortName: true } })).map((a) => a.shortName);
    expect(agencies).toEqual(expect.arrayContaining(["Police", "NCTV", "RWS", "Schiphol", "KMar", "Defence"]));
    const bilaterals = await db.programmeItem.count({ where: { kind: "BILATERAL", status: "CONFIRMED" } });
    expect(bilaterals).toBeGreaterThanOrEqual(6);
  });

  it("gives every demo agency its kind, all of them active", async () => {
    const kinds = Object.fromEntries((await db.agency.findMany({ select: { shortName: true, kind: true, deactivatedAt: true } })).map((a) => [a.shortName, `${a.kind}${a.deactivatedAt ? " (deactivated)" : ""}`]));
    expect(kinds).toEqual({
      Police: "POLICE",
      KMar: "MILITARY",
      Defence: "MILITARY",
      NCTV: "SECURITY",
      AIVD: "INTELLIGENCE",
      RWS: "ROADS",
      Schiphol: "AIRPORT",
      "The Hague": "MUNICIPALITY",
      Haarlemmermeer: "MUNICIPALITY",
      Rotterdam: "MUNICIPALITY",
    });
  });

  it("refuses a database holding non-demo data unless forced, and writes nothing", async () => {
    await resetDatabase(db);
    await db.summit.create({ data: { slug: "real", name: "Real summit", host: "X", timeZone: "Europe/Paris", startDate: new Date("2026-07-01"), endDate: new Date("2026-07-02") } });
    await expect(seedDemo(db)).rejects.toBeInstanceOf(NonDemoDataError);
    expect(await db.summit.count()).toBe(1);
    expect(await db.delegation.count()).toBe(0);
    expect((await seedDemo(db, { force: true })).created).toBe(true);
    expect(await db.summit.count()).toBe(2);
  }, 60_000);
});
