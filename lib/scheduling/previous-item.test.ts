import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { compareItems } from "./intervals";
import { previousItemIndexes } from "./previous-item";
import { item } from "./test-fixtures";

const ids = (items: ReturnType<typeof item>[]): (string | null)[] => {
  const sorted = [...items].sort(compareItems);
  return previousItemIndexes(sorted).map((p) => (p === -1 ? null : sorted[p].id));
};

describe("previousItemIndexes", () => {
  it("skips a short item nested in a long one", () => {
    const items = [
      item({ id: "long", from: "10:00", to: "13:30" }),
      item({ id: "short", from: "10:30", to: "11:00" }),
      item({ id: "next", from: "13:35", to: "14:00" }),
    ];
    // long and short have no previous item; next comes from long, which ends last.
    expect(ids(items)).toEqual([null, null, "long"]);
  });

  it("accepts an item ending exactly at the start and ignores one ending a minute later", () => {
    const items = [
      item({ id: "a", from: "09:00", to: "10:00" }),
      item({ id: "b", from: "09:30", to: "10:01" }),
      item({ id: "c", from: "10:00", to: "11:00" }),
    ];
    expect(ids(items)).toEqual([null, null, "a"]);
  });

  it("never makes an item its own previous item, even an empty one", () => {
    const items = [item({ id: "a", from: "09:00", to: "10:00" }), item({ id: "e", from: "10:00", to: "10:00" })];
    expect(ids(items)).toEqual([null, "a"]);
  });
});

// Brute force: look at every earlier item. Empty and inverted items are generated on purpose, as
// they are the ones the sweep has to hold back.
describe("previousItemIndexes (property)", () => {
  it("matches an all-pairs search", () => {
    const base = new Date("2025-06-25T08:00:00Z").getTime();
    const arb = fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: -3, max: 8 }) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const sorted = specs
          .map((s, k) => ({
            id: `i${String(k).padStart(2, "0")}`,
            startsAt: new Date(base + s.start * 300_000),
            endsAt: new Date(base + (s.start + s.length) * 300_000),
          }))
          .sort(compareItems);
        const expected = sorted.map((to, i) => {
          let best = -1;
          for (let j = 0; j < i; j++) {
            if (sorted[j].endsAt > to.startsAt) continue;
            if (best === -1 || sorted[j].endsAt >= sorted[best].endsAt) best = j;
          }
          return best;
        });
        expect(previousItemIndexes(sorted)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
