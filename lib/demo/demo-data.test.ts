// The demo data must satisfy what the database and the conflict engine demand, without a
// database: ids unique, times ordered, no conflicts in the programme, and exactly the two
// coverage gaps that are there on purpose.
import { describe, expect, it } from "vitest";

import { uncoveredPeriods } from "@/lib/scheduling/rules/coverage/evaluate";
import { checkSummit, type SummitSnapshot } from "@/lib/scheduling";

import { DEMO_COVERAGE_RULES } from "./agencies";
import { DEMO_ESCORT_GAPS } from "./tasks";
import {
  delegationRows,
  itemRows,
  memberRows,
  movementRows,
  participationRows,
  spaceRows,
  taskRows,
  travelTimeRows,
  venueRows,
} from "./rows";
import { DEMO_SUMMIT } from "./summit";
import { DEMO_USERS } from "./users";

const ids = (rows: readonly { id?: string }[]) => rows.map((r) => r.id);
const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : NaN);

function demoSnapshot(): SummitSnapshot {
  const participations = participationRows();
  const members = memberRows();
  return {
      timeZone: DEMO_SUMMIT.timeZone,
      travelBufferMinutes: DEMO_SUMMIT.travelBufferMinutes,
      venues: venueRows().map((v) => ({ id: v.id ?? "", name: v.name })),
      spaces: spaceRows().map((s) => ({
        id: s.id ?? "",
        name: s.name,
        venueId: s.venueId,
        capacity: s.capacity,
        opensMinute: s.opensMinute ?? null,
        closesMinute: s.closesMinute ?? null,
      })),
      travelTimes: travelTimeRows(),
      delegations: delegationRows().map((d) => ({
        id: d.id ?? "",
        name: d.name,
        arrivesAt: d.arrivesAt ? new Date(d.arrivesAt) : null,
        departsAt: d.departsAt ? new Date(d.departsAt) : null,
      })),
      members: members.map((m) => ({ id: m.id ?? "", delegationId: m.delegationId, title: m.title, isPrincipal: m.precedence === 1, function: m.function })),
      movements: movementRows().map((m) => ({
        id: m.id ?? "",
        delegationId: m.delegationId,
        kind: m.kind,
        fromVenueId: m.fromVenueId ?? null,
        toVenueId: m.toVenueId ?? null,
        startsAt: new Date(m.startsAt),
        endsAt: m.endsAt ? new Date(m.endsAt) : null,
        fromItemId: m.fromItemId ?? null,
        toItemId: m.toItemId ?? null,
        principalLevel: m.principalLevel ?? null,
        flight: m.flight ?? null,
      })),
      items: itemRows().map((i) => {
        const mine = participations.filter((p) => p.itemId === i.id);
        return {
          id: i.id ?? "",
          title: i.title,
          kind: i.kind,
          status: i.status ?? "DRAFT",
          startsAt: new Date(i.startsAt),
          endsAt: new Date(i.endsAt),
          spaceId: i.spaceId ?? null,
          delegationIds: mine.filter((p) => !p.memberId).map((p) => p.delegationId),
          memberIds: mine.flatMap((p) => (p.memberId ? [p.memberId] : [])),
        };
      }),
    };
}

describe("demo data", () => {
  it("has unique ids in every table", () => {
    for (const rows of [venueRows(), spaceRows(), travelTimeRows(), delegationRows(), memberRows(), itemRows(), participationRows(), movementRows(), taskRows()]) {
      expect(unique(ids(rows))).toBe(true);
    }
  });

  it("has the 32 allies, the partners and NATO", () => {
    const delegations = delegationRows();
    expect(delegations.filter((d) => d.kind === "ALLY")).toHaveLength(32);
    expect(delegations.map((d) => d.code)).toEqual(expect.arrayContaining(["NL", "US", "TR", "GB", "UA", "EU", "NATO"]));
  });

  it("orders every time range", () => {
    for (const row of [...itemRows(), ...taskRows()]) expect(time(row.endsAt)).toBeGreaterThan(time(row.startsAt));
    for (const row of movementRows()) if (row.endsAt) expect(time(row.endsAt)).toBeGreaterThan(time(row.startsAt));
    for (const row of delegationRows()) if (row.arrivesAt) expect(time(row.departsAt)).toBeGreaterThan(time(row.arrivesAt));
  });

  it("links the motorcades to the dinner, the council and the bilaterals they serve", () => {
    const items = new Set(itemRows().map((i) => i.id));
    const linked = movementRows().filter((m) => m.fromItemId || m.toItemId);
    expect(linked.length).toBeGreaterThan(50);
    for (const m of linked) {
      expect(m.kind).toBe("TRANSFER");
      for (const id of [m.fromItemId, m.toItemId]) if (id) expect(items.has(id)).toBe(true);
    }
  });

  it("gives transfers two different venues and arrivals a destination", () => {
    for (const m of movementRows()) {
      if (m.kind === "TRANSFER") expect(m.fromVenueId && m.toVenueId && m.fromVenueId !== m.toVenueId).toBeTruthy();
      if (m.kind === "ARRIVAL") expect(m.toVenueId).toBeTruthy();
      if (m.kind === "DEPARTURE") expect(m.fromVenueId).toBeTruthy();
    }
  });

  it("has a conflict-free programme, with the movements that carry the principals", () => {
    expect(checkSummit(demoSnapshot()).map((c) => c.message)).toEqual([]);
  });

  it("occupies a delegation's principal only: the royal dinner (heads) and the NATO-Ukraine Council dinner (foreign ministers) do not clash, the same minister in both would", () => {
    const snapshot = demoSnapshot();
    const ukraineFm = snapshot.members.find((m) => m.delegationId === "demo-deleg-ua" && m.function === "FOREIGN_MINISTER")!;
    const items = snapshot.items.map((i) => (i.id === "demo-item-royal-dinner" ? { ...i, memberIds: [...i.memberIds, ukraineFm.id] } : i));
    const conflicts = checkSummit({ ...snapshot, items }).filter((c) => c.type === "MEMBER_OVERLAP");
    expect(conflicts.map((c) => [c.memberId, [...c.itemIds].sort(), c.severity])).toEqual([[ukraineFm.id, ["demo-item-nuc-dinner", "demo-item-royal-dinner"], "hard"]]);
  });

  it("leaves exactly the deliberate coverage gaps", () => {
    const tasks = taskRows();
    const movements = movementRows();
    const gaps: string[] = [];
    for (const rule of DEMO_COVERAGE_RULES.filter((r) => r.target === "MOVEMENT")) {
      for (const m of movements) {
        if (rule.movementKind && m.kind !== rule.movementKind) continue;
        if (rule.principalLevel && m.principalLevel !== rule.principalLevel) continue;
        // Covered only where the tasks' times span the movement (see lib/scheduling/rules/coverage/evaluate.ts).
        const meeting = tasks.filter((t) => t.movementId === m.id && t.type === rule.requiredType)
          .map((t) => ({ startsAt: new Date(t.startsAt), endsAt: new Date(t.endsAt) }));
        const endsAt = m.endsAt ? new Date(m.endsAt) : null;
        if (uncoveredPeriods(new Date(m.startsAt), endsAt, meeting).length > 0) gaps.push(m.id ?? "");
      }
    }
    expect(gaps.sort()).toEqual([...DEMO_ESCORT_GAPS].sort());
  });

  it("signs in with lower-case emails, agency users only with an agency", () => {
    for (const u of DEMO_USERS) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.role === "AGENCY").toBe(u.agencyShortName !== null);
    }
  });
});
