import { describe, expect, it } from "vitest";
import { DEFAULT_ZOOM, FIT_MIN_PX_PER_MINUTE, groupLanes, packRows, parseZoom, percentOf, snap, stepMinutes, ticks, visibleRange, zoomLevel, zoomStep, ZOOMS } from "@/components/timeline/layout";

const it_ = (id: string, laneId: string, startMinute: number, endMinute: number) => ({ id, laneId, startMinute, endMinute });

describe("timeline layout", () => {
  it("shows whole hours around the summit's programme hours and the day's own items, never outside the day", () => {
    // The summit's items run 08:10–22:30 (on any day): every day shows 08:00–23:00.
    expect(visibleRange([], 1440, { start: 490, end: 1350 })).toEqual({ start: 480, end: 1380 });
    expect(visibleRange([it_("a", "x", 600, 660)], 1440, { start: 490, end: 1350 })).toEqual({ start: 480, end: 1380 });
    // An early or late item of the day widens it.
    expect(visibleRange([it_("a", "x", 330, 400)], 1440, { start: 490, end: 1350 })).toEqual({ start: 300, end: 1380 });
    // An item running past midnight is clipped at the end of the day; one from the day before at its start.
    expect(visibleRange([it_("a", "x", 1380, 1500)], 1440, { start: 490, end: 1350 })).toEqual({ start: 480, end: 1440 });
    expect(visibleRange([it_("a", "x", -60, 30)], 1440, { start: 490, end: 1350 })).toEqual({ start: 0, end: 1380 });
    // No hours of its own: nothing but the items decides (no fixed office hours).
    expect(visibleRange([it_("a", "x", 600, 615)], 1440)).toEqual({ start: 600, end: 660 });
    // At least an hour, inside the day.
    expect(visibleRange([it_("a", "x", 1430, 1440)], 1440)).toEqual({ start: 1380, end: 1440 });
    // Nothing at all: the whole day, 23 hours on a DST day.
    expect(visibleRange([], 1440)).toEqual({ start: 0, end: 1440 });
    expect(visibleRange([], 1380)).toEqual({ start: 0, end: 1380 });
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

  it("packs 500 items into as few rows as the most items at one moment, with no overlap in a row", () => {
    // Speed belongs to the bench (a timed assertion here failed on a busy CI runner); what this
    // checks is that the greedy packing is optimal: a lane gets exactly as many rows as items
    // overlap at its busiest minute, and no two items share a row while they overlap.
    const items = Array.from({ length: 500 }, (_, i) => it_(`i${i}`, `lane${i % 25}`, 420 + (i % 40) * 20, 420 + (i % 40) * 20 + 20 * (1 + (i % 7))));
    const { rowOf, rowsOfLane } = packRows(items);
    expect(rowsOfLane.size).toBe(25);
    for (const [lane, rows] of rowsOfLane) {
      const inLane = items.filter((item) => item.laneId === lane);
      let busiest = 0;
      for (let minute = 420; minute < 24 * 60; minute++) {
        busiest = Math.max(busiest, inLane.filter((item) => item.startMinute <= minute && minute < item.endMinute).length);
      }
      expect(rows).toBe(busiest);
      for (const a of inLane) {
        for (const b of inLane) {
          if (a.id < b.id && rowOf.get(a.id) === rowOf.get(b.id)) {
            expect(a.endMinute <= b.startMinute || b.endMinute <= a.startMinute).toBe(true);
          }
        }
      }
    }
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

  it("zooms from the whole day (fitted to the width) to quarter hours, one step at a time, staying at the ends", () => {
    expect(ZOOMS.map((z) => z.id)).toEqual(["day", "half-hour", "quarter-hour"]);
    expect(zoomLevel("day").pxPerMinute).toBeNull();
    expect(zoomLevel("quarter-hour")).toMatchObject({ tick: 15 });
    expect(zoomStep("day", 1)).toBe("half-hour");
    expect(zoomStep("half-hour", 1)).toBe("quarter-hour");
    expect(zoomStep("quarter-hour", 1)).toBe("quarter-hour");
    expect(zoomStep("half-hour", -1)).toBe("day");
    expect(zoomStep("day", -1)).toBe("day");
    // The URL's ?zoom=: a known level, else the default (the whole day).
    expect(DEFAULT_ZOOM).toBe("day");
    expect([parseZoom("quarter-hour"), parseZoom("bogus"), parseZoom(undefined), parseZoom(["day"])]).toEqual(["quarter-hour", "day", "day", "day"]);
  });

  it("fits 07:00–24:00 into a laptop's timeline at the whole-day zoom", () => {
    // 1366 px window: main is 1160 px wide, the space column 200 px, the borders 2 px.
    const track = 1160 - 200 - 2;
    expect((24 - 7) * 60 * FIT_MIN_PX_PER_MINUTE).toBeLessThanOrEqual(track);
  });

  it("labels the axis every tick from the range's start and places minutes in percent of the range", () => {
    expect(ticks({ start: 480, end: 600 }, 30)).toEqual([480, 510, 540, 570]);
    expect(ticks({ start: 480, end: 540 }, 15)).toEqual([480, 495, 510, 525]);
    expect([percentOf(480, { start: 480, end: 600 }), percentOf(540, { start: 480, end: 600 }), percentOf(600, { start: 480, end: 600 })]).toEqual([0, 50, 100]);
  });
});
