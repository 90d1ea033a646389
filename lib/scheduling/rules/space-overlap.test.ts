import { describe, expect, it } from "vitest";

import { item, runRule } from "../test-fixtures";
import { spaceOverlapRule } from "./space-overlap";

describe("spaceOverlapRule", () => {
  const nac = item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary" });
  const forum = item({ id: "forum", title: "Public Forum keynote", from: "13:00", to: "14:00", spaceId: "plenary" });

  it("is hard when both bookings are confirmed, and names the space and both items", () => {
    expect(runRule(spaceOverlapRule, [forum, nac])).toEqual([
      {
        id: "SPACE_DOUBLE_BOOKED|forum,nac|space=plenary|venue=wf",
        type: "SPACE_DOUBLE_BOOKED",
        severity: "hard",
        itemIds: ["nac", "forum"],
        spaceId: "plenary",
        venueId: "wf",
        message:
          "Plenary Hall is double-booked: North Atlantic Council (10:00–13:30) and Public Forum keynote (13:00–14:00)",
        phrase: expect.objectContaining({ key: "spaceDoubleBooked" }),
      },
    ]);
  });

  it("is hard even when one booking is a draft (confirming the draft would be refused)", () => {
    const conflicts = runRule(spaceOverlapRule, [nac, { ...forum, status: "DRAFT" }]);
    expect(conflicts.map((c) => c.severity)).toEqual(["hard"]);
  });

  it("does not flag back-to-back bookings", () => {
    expect(runRule(spaceOverlapRule, [nac, item({ id: "next", from: "13:30", to: "15:00", spaceId: "plenary" })])).toEqual([]);
  });

  it("does not flag overlapping items in different spaces of the same venue", () => {
    expect(runRule(spaceOverlapRule, [nac, { ...forum, spaceId: "bilat1" }])).toEqual([]);
  });

  it("ignores cancelled bookings", () => {
    expect(runRule(spaceOverlapRule, [nac, { ...forum, status: "CANCELLED" }])).toEqual([]);
  });
});
