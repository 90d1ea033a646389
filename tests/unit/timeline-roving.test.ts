import { describe, expect, it } from "vitest";
import { firstItem, navIndex, nextItem } from "@/components/timeline/roving";

const it_ = (id: string, laneId: string, startMinute: number, endMinute: number) => ({ id, laneId, startMinute, endMinute });

// Lanes top to bottom: hall (three items), empty, salon (two), room (one, in the evening).
const index = navIndex(
  ["hall", "empty", "salon", "room"],
  [
    it_("h3", "hall", 900, 960),
    it_("h1", "hall", 540, 600),
    it_("h2", "hall", 600, 720),
    it_("s1", "salon", 560, 590),
    it_("s2", "salon", 700, 760),
    it_("r1", "room", 1170, 1350),
    it_("stray", "gone", 600, 660),
  ],
);

describe("timeline keyboard navigation (roving focus)", () => {
  it("starts on the first item of the first lane with items", () => {
    expect(firstItem(index)).toBe("h1");
    expect(firstItem(navIndex(["a"], []))).toBeNull();
    // An unknown or missing current item goes to the first one too.
    expect(nextItem(index, null, "ArrowRight")).toBe("h1");
    expect(nextItem(index, "nope", "ArrowDown")).toBe("h1");
  });

  it("goes left and right in time within a lane, and stops at its ends", () => {
    expect(nextItem(index, "h1", "ArrowRight")).toBe("h2");
    expect(nextItem(index, "h2", "ArrowRight")).toBe("h3");
    expect(nextItem(index, "h3", "ArrowRight")).toBeNull();
    expect(nextItem(index, "h2", "ArrowLeft")).toBe("h1");
    expect(nextItem(index, "h1", "ArrowLeft")).toBeNull();
  });

  it("orders equal starts as the lanes pack them: the longer item (an event) before its session", () => {
    const nested = navIndex(["x"], [it_("opening", "x", 540, 570), it_("forum", "x", 540, 1080)]);
    expect(nextItem(nested, "forum", "ArrowRight")).toBe("opening");
  });

  it("goes up and down to the nearest item in time of the next lane with items, passing empty lanes", () => {
    // h2 starts at 10:00: s2 (11:40) is 100 minutes away, s1 (09:20–09:50) 10 minutes.
    expect(nextItem(index, "h2", "ArrowDown")).toBe("s1");
    // h3 at 15:00: s2 ends at 12:40, nearer than s1.
    expect(nextItem(index, "h3", "ArrowDown")).toBe("s2");
    expect(nextItem(index, "s2", "ArrowDown")).toBe("r1");
    expect(nextItem(index, "r1", "ArrowDown")).toBeNull();
    // s1 at 09:20 runs inside h1 (09:00–10:00): distance 0.
    expect(nextItem(index, "s1", "ArrowUp")).toBe("h1");
    expect(nextItem(index, "h1", "ArrowUp")).toBeNull();
  });

  it("goes to the first and last item of the lane with Home and End, and of the grid with Ctrl", () => {
    expect(nextItem(index, "h2", "Home")).toBe("h1");
    expect(nextItem(index, "h2", "End")).toBe("h3");
    expect(nextItem(index, "h1", "Home")).toBeNull();
    expect(nextItem(index, "h3", "End")).toBeNull();
    expect(nextItem(index, "s2", "FirstOfGrid")).toBe("h1");
    expect(nextItem(index, "h1", "LastOfGrid")).toBe("r1");
  });

  it("leaves out items of lanes it does not know", () => {
    expect(index.laneOf.has("stray")).toBe(false);
  });
});
