import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCoverage, ruleMatchesItem, ruleMatchesMovement, uncoveredPeriods } from "./evaluate";
import type { Span } from "@/lib/time";
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
/** A task; by default its window spans the whole day, so only its subject and type matter. */
const task = (
  id: string,
  subject: { itemId?: string; movementId?: string },
  type: CoverageTask["type"],
  status: CoverageTask["status"] = "PLANNED",
  [from, to]: [string, string] = ["00:00", "23:59"],
): CoverageTask => ({
  id, agencyId: "police", itemId: subject.itemId ?? null, movementId: subject.movementId ?? null, type, status, startsAt: t(from), endsAt: t(to),
});
const hhmm = (periods: readonly Span[]) =>
  periods.map((p) => [p.startsAt, p.endsAt].map((d) => d.toISOString().slice(11, 16)).join("–")); // UTC: 2 h behind the +02:00 of t()

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

describe("evaluateCoverage with task times", () => {
  const perimeter = (id: string, from: string, to: string, status: CoverageTask["status"] = "PLANNED") =>
    task(id, { itemId: "dinner" }, "SECURITY_PERIMETER", status, [from, to]);
  const dinner = (startsAt = "19:30", endsAt = "22:30") => item("dinner", { startsAt: t(startsAt), endsAt: t(endsAt) });
  const evaluate = (tasks: CoverageTask[], subject = dinner()) => evaluateCoverage([palacePerimeter], [subject], [], tasks).requirements[0];

  it("a task spanning the item covers it, also exactly from start to end", () => {
    expect(evaluate([perimeter("p", "16:00", "23:30")])).toMatchObject({ covered: true, uncovered: [] });
    expect(evaluate([perimeter("p", "19:30", "22:30")])).toMatchObject({ covered: true, uncovered: [] });
  });

  it("consecutive or overlapping shifts together cover, in any order", () => {
    expect(evaluate([perimeter("late", "21:00", "23:00"), perimeter("early", "18:00", "21:00")]).covered).toBe(true);
    expect(evaluate([perimeter("a", "19:00", "20:00"), perimeter("b", "19:45", "21:30"), perimeter("c", "21:15", "22:30")]).covered).toBe(true);
  });

  it("the dinner extended past its perimeter is a gap for the last hour", () => {
    const result = evaluateCoverage([palacePerimeter], [dinner("19:30", "23:30")], [], [perimeter("p", "16:00", "22:30")]);
    expect(result.gaps).toHaveLength(1);
    expect(result.gaps[0]).toMatchObject({ subjectId: "dinner", covered: false, endsAt: t("23:30") });
    expect(result.gaps[0].tasks.map((x) => x.id)).toEqual(["p"]);
    expect(result.gaps[0].uncovered).toEqual([{ startsAt: t("22:30"), endsAt: t("23:30") }]);
  });

  it("reports an open start, a hole between shifts, and a task entirely outside the item", () => {
    expect(hhmm(evaluate([perimeter("p", "20:00", "23:00")]).uncovered)).toEqual(["17:30–18:00"]);
    expect(hhmm(evaluate([perimeter("a", "18:00", "20:00"), perimeter("b", "21:00", "23:00")]).uncovered)).toEqual(["18:00–19:00"]);
    expect(hhmm(evaluate([perimeter("a", "19:45", "20:00"), perimeter("b", "21:00", "22:00")]).uncovered)).toEqual(["17:30–17:45", "18:00–19:00", "20:00–20:30"]);
    expect(hhmm(evaluate([perimeter("p", "16:00", "18:00")]).uncovered)).toEqual(["17:30–20:30"]);
  });

  it("a movement without an end is the moment it starts: covered by a task holding it, up to its last minute", () => {
    const departure = movement("dep", { kind: "DEPARTURE", startsAt: t("14:00"), endsAt: null });
    const escort = (from: string, to: string) => task("e", { movementId: "dep" }, "ESCORT", "PLANNED", [from, to]);
    const run = (tasks: CoverageTask[]) => evaluateCoverage([headEscort], [], [departure], tasks).requirements[0];
    expect(run([escort("12:30", "14:00")])).toMatchObject({ covered: true, endsAt: null });
    expect(run([escort("14:00", "15:00")]).covered).toBe(true);
    expect(run([escort("12:30", "13:59")])).toMatchObject({ covered: false, uncovered: [{ startsAt: t("14:00"), endsAt: t("14:00") }] });
  });

  it("a movement with an end must be spanned from start to end", () => {
    const transfer = movement("m", { startsAt: t("18:30"), endsAt: t("18:50") });
    const escort = (from: string, to: string) => task("e", { movementId: "m" }, "ESCORT", "PLANNED", [from, to]);
    expect(evaluateCoverage([headEscort], [], [transfer], [escort("18:30", "18:50")]).gaps).toEqual([]);
    expect(hhmm(evaluateCoverage([headEscort], [], [transfer], [escort("18:35", "19:00")]).gaps[0].uncovered)).toEqual(["16:30–16:35"]);
  });

  it("a task marked PROBLEM still counts as planned coverage; a task of another type covers nothing", () => {
    expect(evaluate([perimeter("p", "16:00", "23:30", "PROBLEM")]).covered).toBe(true);
    const medical = task("m", { itemId: "dinner" }, "MEDICAL", "PLANNED", ["16:00", "23:30"]);
    expect(evaluate([medical, perimeter("p", "16:00", "21:00")]).uncovered).toEqual([{ startsAt: t("21:00"), endsAt: t("22:30") }]);
  });
});

describe("uncoveredPeriods (property)", () => {
  const MINUTE = 60_000;
  const BASE = t("00:00").getTime();
  const slot = (n: number) => new Date(BASE + n * 5 * MINUTE);
  const windowArb = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 })).map(([s, len]) => ({ startsAt: slot(s), endsAt: slot(s + len) }));
  const subjectArb = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.option(fc.integer({ min: 0, max: 16 }), { nil: null }) });
  const holds = (tasks: readonly { startsAt: Date; endsAt: Date }[], at: number) =>
    tasks.some((w) => w.startsAt.getTime() <= at && at <= w.endsAt.getTime());

  it("covered exactly where some task holds the time; the open periods lie inside the subject, apart and in order", () => {
    fc.assert(
      fc.property(subjectArb, fc.array(windowArb, { maxLength: 6 }), (subject, tasks) => {
        const startsAt = slot(subject.start);
        const endsAt = subject.length === null ? null : slot(subject.start + subject.length);
        const open = uncoveredPeriods(startsAt, endsAt, tasks);
        const s = startsAt.getTime();
        const e = (endsAt ?? startsAt).getTime();
        if (e === s) {
          // A moment: uncovered as itself exactly when no task holds it.
          expect(open).toEqual(holds(tasks, s) ? [] : [{ startsAt, endsAt: startsAt }]);
          return;
        }
        for (const [i, p] of open.entries()) {
          expect(p.startsAt.getTime()).toBeGreaterThanOrEqual(s);
          expect(p.endsAt.getTime()).toBeLessThanOrEqual(e);
          expect(p.endsAt.getTime()).toBeGreaterThan(p.startsAt.getTime());
          if (i > 0) expect(p.startsAt.getTime()).toBeGreaterThan(open[i - 1].endsAt.getTime());
        }
        // Every half-slot of the subject is open exactly when no task holds it (brute force).
        for (let at = s + 2.5 * MINUTE; at < e; at += 5 * MINUTE) {
          const inOpen = open.some((p) => p.startsAt.getTime() < at && at < p.endsAt.getTime());
          expect(inOpen, new Date(at).toISOString()).toBe(!holds(tasks, at));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("evaluateCoverage marks a requirement covered exactly when nothing is open", () => {
    fc.assert(
      fc.property(subjectArb, fc.array(windowArb, { maxLength: 4 }), (subject, windows) => {
        const m = movement("m", { startsAt: slot(subject.start), endsAt: subject.length === null ? null : slot(subject.start + subject.length) });
        const tasks = windows.map((w, i) => ({ ...task(`t${i}`, { movementId: "m" }, "ESCORT"), ...w }));
        const [r] = evaluateCoverage([headEscort], [], [m], tasks).requirements;
        expect(r.covered).toBe(r.uncovered.length === 0);
        expect(r.uncovered).toEqual(uncoveredPeriods(m.startsAt, m.endsAt, tasks));
        if (tasks.length === 0) expect(r.covered).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
