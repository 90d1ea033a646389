// The demo summit's coverage, computed the way the app does (snapshot -> engine context ->
// coverage subjects): exactly the two deliberate escort gaps, and each shows as a conflict.
import { describe, expect, it } from "vitest";
import {
  coverageRuleRows, delegationRows, itemRows, memberRows, movementRows, participationRows, spaceRows, taskRows, travelTimeRows, venueRows,
} from "@/lib/demo/rows";
import { DEMO_ESCORT_GAPS } from "@/lib/demo/tasks";
import { DEMO_TIME_ZONE } from "@/lib/demo/time";
import { buildEngineContext, checkSummit, type SummitSnapshot } from "@/lib/scheduling";
import { coverageConflictRule, type CoverageData } from "@/lib/scheduling/rules/coverage/engine-rule";
import { evaluateCoverage } from "@/lib/scheduling/rules/coverage/evaluate";
import { coverageItemsFromContext } from "@/lib/scheduling/rules/coverage/items";

function demoSnapshot(): SummitSnapshot {
  const participations = participationRows();
  return {
    timeZone: DEMO_TIME_ZONE,
    travelBufferMinutes: 10,
    venues: venueRows().map((v) => ({ id: v.id!, name: v.name })),
    spaces: spaceRows().map((s) => ({ id: s.id!, name: s.name, venueId: s.venueId, capacity: s.capacity, opensMinute: s.opensMinute ?? null, closesMinute: s.closesMinute ?? null })),
    travelTimes: travelTimeRows().map((t) => ({ fromVenueId: t.fromVenueId, toVenueId: t.toVenueId, minutes: t.minutes })),
    delegations: delegationRows().map((d) => ({ id: d.id!, name: d.name, arrivesAt: (d.arrivesAt as Date | null) ?? null, departsAt: (d.departsAt as Date | null) ?? null })),
    members: memberRows().map((m) => ({ id: m.id!, delegationId: m.delegationId, title: m.title, isPrincipal: m.precedence === 1 })),
    items: itemRows().map((i) => ({
      id: i.id!, title: i.title, kind: i.kind, status: i.status!, startsAt: i.startsAt as Date, endsAt: i.endsAt as Date, spaceId: i.spaceId ?? null,
      delegationIds: participations.filter((p) => p.itemId === i.id && !p.memberId).map((p) => p.delegationId),
      memberIds: participations.filter((p) => p.itemId === i.id && p.memberId).map((p) => p.memberId!),
    })),
  };
}

function demoCoverageData(): CoverageData {
  return {
    rules: coverageRuleRows().map((r) => ({
      id: r.id!, target: r.target, itemKind: r.itemKind ?? null, venueId: r.venueId ?? null, movementKind: r.movementKind ?? null,
      principalLevel: r.principalLevel ?? null, requiredType: r.requiredType, description: r.description,
    })),
    movements: movementRows().map((m) => ({
      id: m.id!, delegationId: m.delegationId, kind: m.kind, fromVenueId: m.fromVenueId ?? null, toVenueId: m.toVenueId ?? null,
      startsAt: m.startsAt as Date, endsAt: (m.endsAt as Date | null) ?? null, principalLevel: m.principalLevel ?? null,
    })),
    tasks: taskRows().map((t) => ({
      id: t.id!, agencyId: t.agencyId, itemId: t.itemId ?? null, movementId: t.movementId ?? null, type: t.type, status: t.status!,
      startsAt: t.startsAt as Date, endsAt: t.endsAt as Date,
    })),
    memberFunctions: new Map(memberRows().map((m) => [m.id!, m.function])),
    parentIds: new Map(itemRows().filter((i) => i.parentId).map((i) => [i.id!, i.parentId!])),
  };
}

describe("demo coverage", () => {
  const snapshot = demoSnapshot();
  const data = demoCoverageData();

  it("has exactly the two deliberate escort gaps", () => {
    const items = coverageItemsFromContext(buildEngineContext(snapshot), data);
    const { requirements, gaps } = evaluateCoverage(data.rules, items, data.movements, data.tasks);
    expect(requirements.length).toBeGreaterThan(300);
    expect(gaps.map((g) => [g.target, g.subjectId, g.taskType])).toEqual(
      [...DEMO_ESCORT_GAPS].map((id) => ["MOVEMENT", id, "ESCORT"]),
    );
    // The palace rule applies to the royal dinner and the bilateral there, both covered.
    expect(requirements.filter((r) => r.target === "ITEM").map((r) => r.subjectId).sort()).toEqual(
      ["demo-item-bilateral-nl-ua", "demo-item-royal-dinner"],
    );
  });

  it("each escort gap is a MISSING_COVERAGE conflict on the royal dinner it serves", () => {
    const conflicts = checkSummit(snapshot, { extraRules: [coverageConflictRule(data)] }).filter((c) => c.type === "MISSING_COVERAGE");
    expect(conflicts.map((c) => c.itemIds)).toEqual([["demo-item-royal-dinner"], ["demo-item-royal-dinner"]]);
    expect(conflicts.map((c) => c.delegationId).sort()).toEqual(["demo-deleg-is", "demo-deleg-me"]);
    expect(conflicts[0].message).toMatch(/^Transfer of (Iceland|Montenegro) \(.+ → .+, \d\d:\d\d\), for .*Royal dinner.*, has no escort coverage$/i);
    expect(conflicts.every((c) => c.severity === "warning")).toBe(true);
  });

  it("the royal dinner running past its perimeter is the same conflict, saying which part is uncovered", () => {
    const dinner = snapshot.items.find((i) => i.id === "demo-item-royal-dinner")!;
    const perimeterEnd = data.tasks.find((t) => t.itemId === dinner.id && t.type === "SECURITY_PERIMETER")!.endsAt;
    const extended = { ...snapshot, items: snapshot.items.map((i) => (i.id === dinner.id ? { ...i, endsAt: new Date(perimeterEnd.getTime() + 30 * 60_000) } : i)) };
    const conflicts = checkSummit(extended, { extraRules: [coverageConflictRule(data)] }).filter((c) => c.type === "MISSING_COVERAGE");
    const onDinner = conflicts.filter((c) => c.id.includes("type=SECURITY_PERIMETER"));
    expect(onDinner.map((c) => c.message)).toEqual([
      "Royal dinner hosted by the King and Queen (19:30–00:00) has security perimeter coverage only until 23:30 (uncovered 23:30–00:00)",
    ]);
    // The id names the requirement, not the open period: the same as with no perimeter at all.
    const without = { ...data, tasks: data.tasks.filter((t) => !(t.itemId === dinner.id && t.type === "SECURITY_PERIMETER")) };
    const missing = checkSummit(snapshot, { extraRules: [coverageConflictRule(without)] }).find((c) => c.id.includes("type=SECURITY_PERIMETER"));
    expect(onDinner[0].id).toBe(missing?.id);
  });

  it("a palace item losing its perimeter is reported on the item itself", () => {
    const without = { ...data, tasks: data.tasks.filter((t) => !(t.itemId === "demo-item-royal-dinner" && t.type === "SECURITY_PERIMETER")) };
    const conflicts = checkSummit(snapshot, { extraRules: [coverageConflictRule(without)] }).filter((c) => c.type === "MISSING_COVERAGE");
    const onDinner = conflicts.find((c) => c.id.includes("type=SECURITY_PERIMETER"));
    expect(onDinner?.itemIds).toEqual(["demo-item-royal-dinner"]);
    expect(onDinner?.message).toMatch(/has no security perimeter coverage$/);
  });
});
