import { describe, expect, it } from "vitest";
import { groupLanes, packRows, snap, stepMinutes, visibleRange } from "@/components/timeline/layout";

const it_ = (id: string, laneId: string, startMinute: number, endMinute: number) => ({ id, laneId, startMinute, endMinute });

describe("timeline layout", () => {
  it("shows at least 07:00–24:00 and widens to whole hours around early or late items", () => {
    expect(visibleRange([], 1440)).toEqual({ start: 420, end: 1440 });
    expect(visibleRange([it_("a", "x", 330, 400)], 1440)).toEqual({ start: 300, end: 1440 });
    // An item running past midnight is clipped at the end of the day.
    expect(visibleRange([it_("a", "x", 1380, 1500)], 1440)).toEqual({ start: 420, end: 1440 });
    // A 23-hour DST day.
    expect(visibleRange([], 1380)).toEqual({ start: 420, end: 1380 });
  });

  it("puts overlapping items of one lane on separate rows and reuses freed rows", () => {
    const { rowOf, rowsOfLane } = packRows([
      it_("a", "x", 600, 720),
      it_("b", "x", 660, 690),
      it_("c", "x", 690, 750),
      it_("d", "x", 720, 780), // back to back with a: row 0 again
      it_("e", "y", 600, 660),
    ]);
    expect(Object.fromEntries(rowOf)).toEqual({ a: 0, b: 1, c: 1, d: 0, e: 0 });
    expect(Object.fromEntries(rowsOfLane)).toEqual({ x: 2, y: 1 });
  });

  it("puts an event above a session that starts with it", () => {
    const { rowOf } = packRows([it_("opening", "x", 540, 570), it_("forum", "x", 540, 1080), it_("panel", "x", 600, 660)]);
    expect(Object.fromEntries(rowOf)).toEqual({ forum: 0, opening: 1, panel: 1 });
  });

  it("packs 500 items in one pass without quadratic blow-up", () => {
    const items = Array.from({ length: 500 }, (_, i) => it_(`i${i}`, `lane${i % 25}`, 420 + (i % 40) * 20, 420 + (i % 40) * 20 + 45));
    const started = performance.now();
    const { rowsOfLane } = packRows(items);
    expect(performance.now() - started).toBeLessThan(50);
    expect(rowsOfLane.size).toBe(25);
  });

  it("groups consecutive lanes by venue", () => {
    const groups = groupLanes([
      { id: "1", venueName: "World Forum" },
      { id: "2", venueName: "World Forum" },
      { id: "3", venueName: "Huis ten Bosch" },
    ]);
    expect(groups.map((g) => [g.venueName, g.lanes.map((l) => l.id)])).toEqual([["World Forum", ["1", "2"]], ["Huis ten Bosch", ["3"]]]);
  });

  it("snaps to 5 minutes and steps by 5, or 15 with Shift", () => {
    expect([snap(7), snap(-3), snap(12.4)]).toEqual([5, -5, 10]);
    expect([stepMinutes(false), stepMinutes(true)]).toEqual([5, 15]);
  });
});
