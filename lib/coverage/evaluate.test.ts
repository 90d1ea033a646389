import { describe, expect, it } from "vitest";
import { evaluateCoverage, ruleMatchesItem, ruleMatchesMovement } from "./evaluate";
import type { CoverageItem, CoverageMovement, CoverageRuleData, CoverageTask } from "./types";

const t = (hhmm: string) => new Date(`2025-06-24T${hhmm}:00+02:00`);

const rule = (id: string, fields: Partial<CoverageRuleData>): CoverageRuleData => ({
  id, target: "MOVEMENT", itemKind: null, venueId: null, movementKind: null, principalLevel: null,
  requiredType: "ESCORT", description: id, ...fields,
});
const item = (id: string, fields: Partial<CoverageItem> = {}): CoverageItem => ({
  id, kind: "ROYAL_DINNER", startsAt: t("19:00"), endsAt: t("22:00"), venueId: "palace", levels: [], parentId: null, ...fields,
});
const movement = (id: string, fields: Partial<CoverageMovement> = {}): CoverageMovement => ({
  id, delegationId: "d1", kind: "TRANSFER", fromVenueId: "hotel", toVenueId: "palace", startsAt: t("18:30"), endsAt: t("18:50"),
  principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", ...fields,
});
const task = (id: string, subject: { itemId?: string; movementId?: string }, type: CoverageTask["type"], status: CoverageTask["status"] = "PLANNED"): CoverageTask => ({
  id, agencyId: "police", itemId: subject.itemId ?? null, movementId: subject.movementId ?? null, type, status,
});

const headEscort = rule("head-escort", { principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", requiredType: "ESCORT" });
const headClosure = rule("head-closure", { principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", requiredType: "ROAD_CLOSURE" });
const arrivalHandling = rule("arrival", { movementKind: "ARRIVAL", requiredType: "AIRPORT_HANDLING" });
const palacePerimeter = rule("palace", { target: "ITEM", venueId: "palace", requiredType: "SECURITY_PERIMETER" });

describe("rule matching", () => {
  it("null filters match every subject of the rule's target, and only that target", () => {
    const any = rule("any", {});
    expect(ruleMatchesMovement(any, movement("m"))).toBe(true);
    expect(ruleMatchesItem(any, item("i"))).toBe(false);
    expect(ruleMatchesItem(rule("items", { target: "ITEM" }), item("i"))).toBe(true);
  });

  it("movement filters: kind, principal level and a venue at either end", () => {
    expect(ruleMatchesMovement(arrivalHandling, movement("m"))).toBe(false);
    expect(ruleMatchesMovement(arrivalHandling, movement("m", { kind: "ARRIVAL" }))).toBe(true);
    expect(ruleMatchesMovement(headEscort, movement("m", { principalLevel: "FOREIGN_MINISTER" }))).toBe(false);
    expect(ruleMatchesMovement(headEscort, movement("m", { principalLevel: null }))).toBe(false);
    const palaceRoutes = rule("r", { venueId: "palace" });
    expect(ruleMatchesMovement(palaceRoutes, movement("to", { fromVenueId: "hotel", toVenueId: "palace" }))).toBe(true);
    expect(ruleMatchesMovement(palaceRoutes, movement("from", { fromVenueId: "palace", toVenueId: "hotel" }))).toBe(true);
    expect(ruleMatchesMovement(palaceRoutes, movement("other", { fromVenueId: "hotel", toVenueId: "forum" }))).toBe(false);
  });

  it("item filters: kind, venue and any attendee's level; sessions are never subjects", () => {
    expect(ruleMatchesItem(palacePerimeter, item("i", { venueId: "forum" }))).toBe(false);
    expect(ruleMatchesItem(palacePerimeter, item("i", { venueId: null }))).toBe(false);
    expect(ruleMatchesItem(palacePerimeter, item("s", { parentId: "i" }))).toBe(false);
    const plenaries = rule("p", { target: "ITEM", itemKind: "PLENARY" });
    expect(ruleMatchesItem(plenaries, item("i"))).toBe(false);
    expect(ruleMatchesItem(plenaries, item("i", { kind: "PLENARY" }))).toBe(true);
    const heads = rule("h", { target: "ITEM", principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT" });
    expect(ruleMatchesItem(heads, item("i", { levels: ["FOREIGN_MINISTER"] }))).toBe(false);
    expect(ruleMatchesItem(heads, item("i", { levels: ["FOREIGN_MINISTER", "HEAD_OF_STATE_OR_GOVERNMENT"] }))).toBe(true);
  });
});

describe("evaluateCoverage", () => {
  const rules = [headEscort, headClosure, arrivalHandling, palacePerimeter];

  it("lists each required (subject, type) pair and marks the ones without a task as gaps", () => {
    const result = evaluateCoverage(
      rules,
      [item("dinner")],
      [movement("to-palace"), movement("arrival", { kind: "ARRIVAL", startsAt: t("09:00"), fromVenueId: null, toVenueId: "airport" })],
      [
        task("t1", { movementId: "to-palace" }, "ROAD_CLOSURE"),
        task("t2", { movementId: "arrival" }, "ESCORT", "DONE"),
        task("t3", { movementId: "arrival" }, "AIRPORT_HANDLING"),
        task("t4", { itemId: "dinner" }, "SECURITY_PERIMETER", "PROBLEM"),
      ],
    );
    expect(result.requirements.map((r) => [r.subjectId, r.taskType, r.covered])).toEqual([
      ["arrival", "ESCORT", true],
      ["arrival", "ROAD_CLOSURE", false],
      ["arrival", "AIRPORT_HANDLING", true],
      ["to-palace", "ESCORT", false],
      ["to-palace", "ROAD_CLOSURE", true],
      ["dinner", "SECURITY_PERIMETER", true],
    ]);
    expect(result.gaps.map((g) => `${g.subjectId}/${g.taskType}`)).toEqual(["arrival/ROAD_CLOSURE", "to-palace/ESCORT"]);
    expect(result.requirements.find((r) => r.subjectId === "dinner")?.tasks.map((x) => x.status)).toEqual(["PROBLEM"]);
  });

  it("a task of another type or on another subject does not cover", () => {
    const result = evaluateCoverage([headEscort], [], [movement("a"), movement("b")], [
      task("t1", { movementId: "a" }, "ROAD_CLOSURE"),
      task("t2", { movementId: "b" }, "ESCORT"),
      task("t3", { itemId: "a" }, "ESCORT"),
    ]);
    expect(result.gaps.map((g) => g.subjectId)).toEqual(["a"]);
  });

  it("two rules asking for the same thing make one requirement naming both", () => {
    const twice = rule("twice", { movementKind: "TRANSFER", requiredType: "ESCORT" });
    const result = evaluateCoverage([headEscort, twice], [], [movement("m")], []);
    expect(result.requirements).toHaveLength(1);
    expect(result.requirements[0].ruleIds).toEqual(["head-escort", "twice"]);
  });

  it("cancelled items need nothing; no rules means no requirements", () => {
    expect(evaluateCoverage(rules, [{ ...item("dinner"), status: "CANCELLED" }], [], []).requirements).toEqual([]);
    expect(evaluateCoverage([], [item("dinner")], [movement("m")], [])).toEqual({ requirements: [], gaps: [] });
  });

  it("adding the missing task closes the gap", () => {
    const before = evaluateCoverage([headEscort], [], [movement("m")], []);
    const after = evaluateCoverage([headEscort], [], [movement("m")], [task("t", { movementId: "m" }, "ESCORT")]);
    expect(before.gaps).toHaveLength(1);
    expect(after.gaps).toHaveLength(0);
    expect(after.requirements[0].tasks.map((x) => x.id)).toEqual(["t"]);
  });
});
