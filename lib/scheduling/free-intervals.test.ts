import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { gridPointsIn, intersectIntervals, normalizeIntervals, type Interval, subtractIntervals } from "./free-intervals";

describe("span arithmetic", () => {
  it("normalizes: sorts, drops empty spans, merges overlapping and touching ones", () => {
    expect(normalizeIntervals([[5, 7], [1, 3], [3, 4], [9, 9], [6, 8]])).toEqual([[1, 4], [5, 8]]);
  });

  it("subtracts and intersects, keeping half-open ends", () => {
    expect(subtractIntervals([[0, 10], [20, 30]], [[2, 4], [8, 22], [29, 40]])).toEqual([[0, 2], [4, 8], [22, 29]]);
    expect(intersectIntervals([[0, 10], [20, 30]], [[5, 25]])).toEqual([[5, 10], [20, 25]]);
  });

  it("handles open ends", () => {
    const all: Interval[] = [[Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]];
    expect(subtractIntervals([[0, 10]], all)).toEqual([]);
    expect(intersectIntervals([[0, 10]], all)).toEqual([[0, 10]]);
  });

  it("lists grid points by the anchor, including a point exactly at a span start", () => {
    expect(gridPointsIn([[10, 21], [33, 35]], 0, 5)).toEqual([10, 15, 20]);
    expect(gridPointsIn([[0, 10]], 3, 5)).toEqual([3, 8]);
  });
});

// Against plain boolean arrays over a small range: every operation must agree point by point.
describe("span arithmetic (property)", () => {
  const RANGE = 40;
  const spansArb = fc.array(
    fc.tuple(fc.integer({ min: 0, max: RANGE }), fc.integer({ min: 0, max: 12 })).map(([s, l]): Interval => [s, s + l]),
    { maxLength: 6 },
  );
  const cover = (spans: readonly Interval[]): boolean[] =>
    Array.from({ length: RANGE + 13 }, (_, t) => spans.some(([s, e]) => s <= t && t < e));

  it("agrees with point sets", () => {
    fc.assert(
      fc.property(spansArb, spansArb, (a, b) => {
        const [na, nb] = [normalizeIntervals(a), normalizeIntervals(b)];
        for (let k = 1; k < na.length; k++) expect(na[k - 1][1]).toBeLessThan(na[k][0]);
        expect(cover(na)).toEqual(cover(a));
        const [ca, cb] = [cover(a), cover(b)];
        expect(cover(intersectIntervals(na, nb))).toEqual(ca.map((x, t) => x && cb[t]));
        expect(cover(subtractIntervals(na, nb))).toEqual(ca.map((x, t) => x && !cb[t]));
      }),
      { numRuns: 500 },
    );
  });
});
