import { describe, expect, it } from "vitest";
import { lastSeen, overlaps, statePeriods, taskPeriods, vanishedItem, type HistoryRow, type StatePeriod } from "./vanished-rules";

const t = (hh: number) => new Date(Date.UTC(2025, 5, 20, hh));
const state = (over: Record<string, unknown> = {}) => ({
  title: "Press call",
  status: "CONFIRMED",
  visibility: "PARTICIPANTS",
  startsAt: "2025-06-24T12:00:00.000Z",
  endsAt: "2025-06-24T12:30:00.000Z",
  spaceId: "room-a",
  spaceName: "Room A",
  venueName: "World Forum",
  delegationIds: ["ua"],
  memberIds: [],
  ...over,
});

describe("statePeriods", () => {
  it("gives each side the span it held: the before side since the previous entry, the after side until the next", () => {
    const rows: HistoryRow[] = [
      { at: t(1), before: null, after: state() },
      { at: t(2), before: state(), after: state({ title: "Renamed" }) },
      { at: t(3), before: state({ title: "Renamed" }), after: state({ status: "DRAFT" }) },
    ];
    expect(statePeriods(rows).map((s) => [s.state.title, s.state.status, s.from, s.to])).toEqual([
      ["Press call", "CONFIRMED", t(1), t(2)],
      ["Press call", "CONFIRMED", t(1), t(2)],
      ["Renamed", "CONFIRMED", t(2), t(3)],
      ["Renamed", "CONFIRMED", t(2), t(3)],
      ["Press call", "DRAFT", t(3), null],
    ]);
  });

  it("lets the first entry's before side reach back to before the trail began", () => {
    expect(statePeriods([{ at: t(5), before: state(), after: state({ status: "DRAFT" }) }])[0]).toMatchObject({ from: null, to: t(5) });
  });
});

describe("overlaps", () => {
  it("needs a shared moment; open ends reach forever", () => {
    expect(overlaps({ from: t(1), to: t(2) }, { from: t(2), to: t(3) })).toBe(false);
    expect(overlaps({ from: t(1), to: t(3) }, { from: t(2), to: null })).toBe(true);
    expect(overlaps({ from: null, to: t(2) }, { from: t(1), to: t(1) })).toBe(false);
    expect(overlaps({ from: null, to: null }, { from: t(4), to: t(5) })).toBe(true);
  });
});

describe("taskPeriods", () => {
  const task = (agencyId: string, itemId: string | null) => ({ agencyId, itemId, type: "ESCORT" });

  it("counts back from the tasks there are now through creations, reassignments and deletions", () => {
    const rows: HistoryRow[] = [
      { at: t(1), before: null, after: task("police", "x") },
      { at: t(2), before: task("police", "x"), after: null },
      { at: t(3), before: task("fire", "x"), after: task("police", "x") },
      { at: t(4), before: task("police", "y"), after: null },
    ];
    expect(taskPeriods(rows, "police", "x", 1)).toEqual([
      { from: t(1), to: t(2) },
      { from: t(3), to: t(4) },
      { from: t(4), to: null },
    ]);
    expect(taskPeriods(rows, "police", "x", 0)).toEqual([{ from: t(1), to: t(2) }]);
  });

  it("counts a task made without an audit entry, still there, from the start", () => {
    expect(taskPeriods([], "police", "x", 1)).toEqual([{ from: null, to: null }]);
    expect(taskPeriods([{ at: t(2), before: task("police", "x"), after: null }], "police", "x", 0)).toEqual([{ from: null, to: t(2) }]);
  });
});

describe("lastSeen", () => {
  const span = (title: string, from: number, to: number | null, over: Record<string, unknown> = {}): StatePeriod => ({
    state: { ...state({ title, ...over }), startsAt: new Date("2025-06-24T12:00:00Z"), endsAt: new Date("2025-06-24T12:30:00Z") } as StatePeriod["state"],
    from: t(from),
    to: to === null ? null : t(to),
  });
  const seenWhenConfirmed = { held: (s: StatePeriod) => s.state.status === "CONFIRMED", inFile: () => true };

  it("is the latest state the reader's calendar held", () => {
    const spans = [span("First", 1, 2), span("Second", 2, 3), span("Secret", 3, null, { status: "DRAFT" })];
    expect(lastSeen(spans, seenWhenConfirmed)?.state.title).toBe("Second");
  });

  it("is nothing when the reader never saw the item, or never in a file like this one", () => {
    expect(lastSeen([span("Secret", 1, null, { status: "DRAFT" })], seenWhenConfirmed)).toBeNull();
    expect(lastSeen([span("First", 1, 2)], { ...seenWhenConfirmed, inFile: () => false })).toBeNull();
  });

  it("takes the last state seen even when only an earlier one was in this file", () => {
    const spans = [span("Morning", 1, 2), span("Moved", 2, 3)];
    expect(lastSeen(spans, { ...seenWhenConfirmed, inFile: (s) => s.state.title === "Morning" })?.state.title).toBe("Moved");
  });
});

describe("vanishedItem", () => {
  const seen = (to: Date | null): StatePeriod => ({ state: { title: "Press call", startsAt: t(10), endsAt: t(11), spaceName: "Room A", venueName: "World Forum" }, from: t(1), to });

  it("is what the reader saw, with a SEQUENCE above the version − 1 their event had", () => {
    // Changed after the reader saw it (version 2 → 3): 3 − 1 = 2 is above the 1 they had.
    expect(vanishedItem("x", 3, seen(t(2)), null)).toEqual({
      id: "x", title: "Press call", restricted: false, startsAt: t(10), endsAt: t(11), space: "Room A", venue: "World Forum", sequence: 2,
    });
    // Unchanged since (an agency lost its task): one above version − 1.
    expect(vanishedItem("x", 3, seen(null), null).sequence).toBe(3);
  });

  it("keeps the real title out of a restricted item", () => {
    const item = vanishedItem("x", 3, seen(null), "Restricted event");
    expect(item).toMatchObject({ title: "Restricted event", restricted: true });
    expect(JSON.stringify(item)).not.toContain("Press call");
  });
});
