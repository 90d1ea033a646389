// The conflicts page's filters over a real engine run on a small slice of the summit.
import { describe, expect, it } from "vitest";
import { conflictFiltersSchema, conflictMarkers, filterConflicts } from "@/lib/conflicts/filters";
import { checkSummit, makeConflict } from "@/lib/scheduling";
import { baseSnapshot, item } from "@/lib/scheduling/test-fixtures";

const snapshot = baseSnapshot({
  items: [
    // Prime minister in two places on the 25th (plenary at the World Forum, dinner at the palace).
    item({ id: "nac", title: "NAC", from: "10:00", to: "13:00", spaceId: "plenary", memberIds: ["nl-pm"] }),
    item({ id: "lunch", title: "Lunch", from: "12:30", to: "14:00", spaceId: "htb-salon", delegationIds: ["nl"] }),
    // A confirmed double booking on the 24th in a bilateral room, one of them with Ukraine.
    item({ id: "b1", title: "Press briefing", day: "2025-06-24", from: "09:00", to: "10:00", spaceId: "bilat1" }),
    item({ id: "b2", title: "UA bilateral", day: "2025-06-24", from: "09:30", to: "10:30", spaceId: "bilat1", memberIds: ["ua-pres"] }),
  ],
});
const conflicts = checkSummit(snapshot);
const ids = (filters: Parameters<typeof filterConflicts>[2]) => filterConflicts(snapshot, conflicts, filters).map((r) => `${r.type}:${r.itemIds.join("+")}`);

describe("filterConflicts", () => {
  it("lists everything without filters, with the items resolved for links", () => {
    const rows = filterConflicts(snapshot, conflicts, {});
    expect(rows.map((r) => r.type).sort()).toEqual(["MEMBER_OVERLAP", "SPACE_DOUBLE_BOOKED"]);
    const overlap = rows.find((r) => r.type === "MEMBER_OVERLAP")!;
    expect(overlap.items.map((i) => [i.title, i.day])).toEqual([["NAC", "2025-06-25"], ["Lunch", "2025-06-25"]]);
  });

  it("filters by summit-local day", () => {
    expect(ids({ day: "2025-06-24" })).toEqual(["SPACE_DOUBLE_BOOKED:b1+b2"]);
    expect(ids({ day: "2025-06-25" })).toEqual(["MEMBER_OVERLAP:nac+lunch"]);
    expect(ids({ day: "2025-06-26" })).toEqual([]);
  });

  it("filters by venue of any involved item", () => {
    expect(ids({ venue: "htb" })).toEqual(["MEMBER_OVERLAP:nac+lunch"]);
    expect(ids({ venue: "wf" }).sort()).toEqual(["MEMBER_OVERLAP:nac+lunch", "SPACE_DOUBLE_BOOKED:b1+b2"]);
    expect(ids({ venue: "htd" })).toEqual([]);
  });

  it("filters by delegation, whole or through a member", () => {
    expect(ids({ delegation: "nl" })).toEqual(["MEMBER_OVERLAP:nac+lunch"]);
    expect(ids({ delegation: "ua" })).toEqual(["SPACE_DOUBLE_BOOKED:b1+b2"]);
  });

  it("filters by severity and combines filters", () => {
    // Whatever severity the engine gives each type: the filter returns exactly that severity.
    const withSeverity = (s: string) => conflicts.filter((c) => c.severity === s).map((c) => `${c.type}:${c.itemIds.join("+")}`).sort();
    expect(ids({ severity: "hard" }).sort()).toEqual(withSeverity("hard"));
    expect(ids({ severity: "warning" }).sort()).toEqual(withSeverity("warning"));
    expect(ids({ severity: "hard" })).toContain("SPACE_DOUBLE_BOOKED:b1+b2");
    expect(ids({ severity: "warning", kind: "SPACE_DOUBLE_BOOKED" })).toEqual([]);
    expect(ids({ delegation: "nl", kind: "SPACE_DOUBLE_BOOKED" })).toEqual([]);
  });
});

describe("conflictFiltersSchema", () => {
  it("drops malformed values instead of failing the page", () => {
    expect(conflictFiltersSchema.parse({ day: "2025-02-30", severity: "fatal", venue: ["a", "b"], delegation: "" })).toEqual({});
    expect(conflictFiltersSchema.parse({ day: "2025-06-24", severity: "hard", venue: "wf" })).toEqual({ day: "2025-06-24", severity: "hard", venue: "wf" });
  });
});

describe("conflictMarkers", () => {
  it("counts conflicts per item and flags hard ones", () => {
    const markers = conflictMarkers([
      makeConflict({ type: "SPACE_DOUBLE_BOOKED", severity: "hard", itemIds: ["b1", "b2"], message: "Room booked twice" }),
      makeConflict({ type: "OUTSIDE_OPENING_HOURS", severity: "warning", itemIds: ["nac"], message: "NAC starts before Plenary Hall opens" }),
      makeConflict({ type: "OVER_CAPACITY", severity: "warning", itemIds: ["b1"], message: "Too many in Bilateral Room 1" }),
    ]);
    expect(markers.get("b1")).toEqual({ count: 2, hard: true, messages: ["Room booked twice", "Too many in Bilateral Room 1"] });
    expect(markers.get("nac")).toEqual({ count: 1, hard: false, messages: ["NAC starts before Plenary Hall opens"] });
    expect(markers.has("lunch")).toBe(false);
  });

  it("words a member's double booking with the member's title", () => {
    expect(conflictMarkers(conflicts).get("nac")!.messages[0]).toContain("Prime Minister of the Netherlands");
  });
});
