import { describe, expect, it } from "vitest";

import { item, runRule } from "../test-fixtures";
import { delegationWindowRule } from "./delegation-window";

// The US delegation is in The Hague from Tue 24 Jun 18:00 to Wed 25 Jun 16:00.
describe("delegationWindowRule", () => {
  it("flags an item that starts before the delegation arrives", () => {
    const reception = item({ id: "rec", title: "Welcome reception", day: "2025-06-24", from: "17:00", to: "19:00", delegationIds: ["us"] });
    expect(runRule(delegationWindowRule, [reception])).toEqual([
      {
        id: "OUTSIDE_DELEGATION_WINDOW|rec|delegation=us",
        type: "OUTSIDE_DELEGATION_WINDOW",
        severity: "hard",
        itemIds: ["rec"],
        delegationId: "us",
        message: "Welcome reception starts Tue 24 Jun 2025 17:00, before United States arrives (Tue 24 Jun 2025 18:00)",
        phrase: expect.objectContaining({ key: "outsideStay" }),
      },
    ]);
  });

  it("flags an item that ends after departure, through a named member", () => {
    const bil = item({ id: "bil", title: "Bilateral NL–US", from: "15:30", to: "16:15", memberIds: ["us-sos"] });
    expect(runRule(delegationWindowRule, [bil]).map((c) => [c.delegationId, c.message])).toEqual([
      ["us", "Bilateral NL–US ends Wed 25 Jun 2025 16:15, after United States departs (Wed 25 Jun 2025 16:00)"],
    ]);
  });

  it("gives both reasons in one conflict when the item covers the whole stay", () => {
    const long = item({ id: "long", title: "Public Forum", day: "2025-06-24", from: "09:00", toDay: "2025-06-25", to: "18:00", delegationIds: ["us"] });
    expect(runRule(delegationWindowRule, [long]).map((c) => c.message)).toEqual([
      "Public Forum starts Tue 24 Jun 2025 09:00, before United States arrives (Tue 24 Jun 2025 18:00) and ends Wed 25 Jun 2025 18:00, after United States departs (Wed 25 Jun 2025 16:00)",
    ]);
  });

  it("accepts items that start exactly at arrival or end exactly at departure", () => {
    expect(
      runRule(delegationWindowRule, [
        item({ id: "a", day: "2025-06-24", from: "18:00", to: "19:00", delegationIds: ["us"] }),
        item({ id: "b", from: "15:00", to: "16:00", memberIds: ["us-pres"] }),
      ]),
    ).toEqual([]);
  });

  it("treats null arrival and departure as unbounded", () => {
    expect(runRule(delegationWindowRule, [item({ id: "a", day: "2025-06-20", from: "06:00", to: "07:00", delegationIds: ["nl"] })])).toEqual([]);
  });

  it("reports each delegation of a shared item separately and ignores cancelled items", () => {
    const early = item({ id: "early", day: "2025-06-24", from: "08:00", to: "09:00", delegationIds: ["nl", "us"], memberIds: ["ua-pres"] });
    const arrivals = [
      { id: "nl", name: "Netherlands", arrivesAt: null, departsAt: null },
      { id: "us", name: "United States", arrivesAt: new Date("2025-06-24T16:00:00Z"), departsAt: null },
      { id: "ua", name: "Ukraine", arrivesAt: new Date("2025-06-24T10:00:00Z"), departsAt: null },
    ];
    expect(runRule(delegationWindowRule, [early], { delegations: arrivals }).map((c) => c.delegationId)).toEqual(["ua", "us"]);
    expect(runRule(delegationWindowRule, [{ ...early, status: "CANCELLED" }], { delegations: arrivals })).toEqual([]);
  });
});
