import { describe, expect, it } from "vitest";

import { item, runRule } from "../test-fixtures";
import { capacityRule } from "./capacity";

// Bilateral Room 1 holds 3.
describe("capacityRule", () => {
  it("flags more distinct attending members than the space holds", () => {
    const conflicts = runRule(capacityRule, [
      item({
        id: "bil",
        title: "Bilateral NL–US",
        from: "13:00",
        to: "13:45",
        spaceId: "bilat1",
        memberIds: ["nl-pm", "nl-fm", "nl-dm", "us-pres"],
      }),
    ]);
    expect(conflicts).toEqual([
      {
        id: "OVER_CAPACITY|bil|space=bilat1|venue=wf",
        type: "OVER_CAPACITY",
        severity: "warning",
        itemIds: ["bil"],
        spaceId: "bilat1",
        venueId: "wf",
        message: "Bilateral Room 1 holds 3, but 4 participants attend Bilateral NL–US (13:00–13:45)",
        phrase: expect.objectContaining({ key: "overCapacity" }),
      },
    ]);
  });

  it("accepts exactly the capacity", () => {
    const bil = item({ id: "bil", from: "13:00", to: "13:45", spaceId: "bilat1", memberIds: ["nl-pm", "nl-fm", "us-pres"] });
    expect(runRule(capacityRule, [bil])).toEqual([]);
  });

  it("counts a principal named and covered by the delegation once, and only principals of whole delegations", () => {
    const bil = item({
      id: "bil",
      from: "13:00",
      to: "13:45",
      spaceId: "bilat1",
      delegationIds: ["nl", "us", "ua"],
      memberIds: ["nl-pm", "us-pres"],
    });
    // nl-pm, us-pres, ua-pres: 3 people, not 5, and not the non-principal ministers.
    expect(runRule(capacityRule, [bil])).toEqual([]);
    const withMinister = { ...bil, memberIds: [...bil.memberIds, "nl-fm"] };
    expect(runRule(capacityRule, [withMinister]).map((c) => c.message)).toEqual([
      "Bilateral Room 1 holds 3, but 4 participants attend bil (13:00–13:45)",
    ]);
  });

  it("skips items without a space and cancelled items", () => {
    const crowd = ["nl-pm", "nl-fm", "nl-dm", "us-pres"];
    expect(
      runRule(capacityRule, [
        item({ id: "a", from: "13:00", to: "13:45", memberIds: crowd }),
        item({ id: "b", from: "13:00", to: "13:45", spaceId: "bilat1", memberIds: crowd, status: "CANCELLED" }),
      ]),
    ).toEqual([]);
  });
});
