import { describe, expect, it } from "vitest";

import { compareItems, forEachOverlappingPair, itemsOverlap } from "./intervals";
import { item } from "./test-fixtures";

function pairsOf(items: ReturnType<typeof item>[]): string[] {
  const pairs: string[] = [];
  forEachOverlappingPair([...items].sort(compareItems), (a, b) => pairs.push(`${a.id}+${b.id}`));
  return pairs;
}

describe("compareItems", () => {
  it("orders by start, then end, then id", () => {
    const items = [
      item({ id: "c", from: "10:00", to: "11:00" }),
      item({ id: "b", from: "10:00", to: "11:00" }),
      item({ id: "a", from: "10:00", to: "12:00" }),
      item({ id: "z", from: "09:00", to: "13:00" }),
    ];
    expect(items.sort(compareItems).map((i) => i.id)).toEqual(["z", "b", "c", "a"]);
  });
});

describe("itemsOverlap", () => {
  it("treats back-to-back items as not overlapping (half-open intervals)", () => {
    expect(itemsOverlap(item({ id: "a", from: "10:00", to: "13:00" }), item({ id: "b", from: "13:00", to: "14:00" }))).toBe(false);
  });

  it("detects a one-minute overlap", () => {
    expect(itemsOverlap(item({ id: "a", from: "10:00", to: "13:01" }), item({ id: "b", from: "13:00", to: "14:00" }))).toBe(true);
  });

  it("never lets an empty item overlap, even strictly inside another", () => {
    expect(itemsOverlap(item({ id: "a", from: "10:00", to: "13:00" }), item({ id: "b", from: "11:00", to: "11:00" }))).toBe(false);
  });
});

describe("forEachOverlappingPair", () => {
  it("reports each overlapping pair once, earlier item first", () => {
    const pairs = pairsOf([
      item({ id: "long", from: "09:00", to: "18:00" }),
      item({ id: "a", from: "10:00", to: "11:00" }),
      item({ id: "b", from: "11:00", to: "12:00" }),
      item({ id: "c", from: "11:30", to: "12:30" }),
    ]);
    expect(pairs).toEqual(["long+a", "long+b", "long+c", "b+c"]);
  });

  it("does not chain: a overlaps b and b overlaps c does not make a overlap c", () => {
    const pairs = pairsOf([
      item({ id: "a", from: "10:00", to: "11:00" }),
      item({ id: "b", from: "10:30", to: "11:30" }),
      item({ id: "c", from: "11:00", to: "12:00" }),
    ]);
    expect(pairs).toEqual(["a+b", "b+c"]);
  });

  it("skips empty items", () => {
    expect(pairsOf([item({ id: "a", from: "10:00", to: "12:00" }), item({ id: "e", from: "11:00", to: "11:00" })])).toEqual([]);
  });
});
