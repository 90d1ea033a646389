import { describe, expect, it } from "vitest";

import { at, item, runRule } from "../test-fixtures";
import type { SummitMovement } from "../types";
import { arrivalSequenceRule, type ArrivalCheckData } from "./arrival-sequence";

const DAY = "2025-06-24";
const dinner = item({ id: "dinner", title: "Royal dinner", from: "19:30", to: "22:30", day: DAY, spaceId: "dining", delegationIds: ["nl", "us", "ua"] });
const sequence = { id: "seq", itemId: "dinner", entranceId: "fore", entranceName: "Palace forecourt", minGapMinutes: 2 };
const motorcade = (id: string, delegationId: string, from: string, to: string): SummitMovement => ({
  id, delegationId, kind: "TRANSFER", fromVenueId: "wf", toVenueId: "htb", startsAt: at(from, DAY), endsAt: at(to, DAY), toItemId: "dinner",
});
const data = (slots: ArrivalCheckData["slots"]): ArrivalCheckData => ({ sequences: [sequence], slots });

describe("arrivalSequenceRule", () => {
  it("passes a sequence that keeps the gap, with principals free and landed", () => {
    const rule = arrivalSequenceRule(data([
      { sequenceId: "seq", delegationId: "ua", arrivesAt: at("19:00", DAY), movementId: "m-ua" },
      { sequenceId: "seq", delegationId: "us", arrivesAt: at("19:03", DAY), movementId: "m-us" },
    ]));
    const conflicts = runRule(rule, [dinner], { movements: [motorcade("m-ua", "ua", "18:45", "19:00"), motorcade("m-us", "us", "18:48", "19:03")] });
    expect(conflicts).toEqual([]);
  });

  it("flags two arrivals at one entrance closer than its minimum gap", () => {
    const rule = arrivalSequenceRule(data([
      { sequenceId: "seq", delegationId: "ua", arrivesAt: at("19:00", DAY), movementId: null },
      { sequenceId: "seq", delegationId: "nl", arrivesAt: at("19:01", DAY), movementId: null },
    ]));
    const conflicts = runRule(rule, [dinner]);
    expect(conflicts.map((c) => [c.type, c.severity, c.message])).toEqual([
      ["ARRIVAL_SEQUENCE", "hard", "Ukraine 19:00 and Netherlands 19:01 arrive at Palace forecourt 1 minutes apart; it needs 2"],
    ]);
  });

  it("names a tie at the door in the parties' order by name, whatever their ids (an archive import gives new ones)", () => {
    const tie = (ids: { ua: string; nl: string }) => {
      const delegations = [
        { id: ids.nl, name: "Netherlands", arrivesAt: null, departsAt: null },
        { id: ids.ua, name: "Ukraine", arrivesAt: null, departsAt: null },
      ];
      const rule = arrivalSequenceRule(data([
        { sequenceId: "seq", delegationId: ids.ua, arrivesAt: at("19:00", DAY), movementId: null },
        { sequenceId: "seq", delegationId: ids.nl, arrivesAt: at("19:00", DAY), movementId: null },
      ]));
      return runRule(rule, [{ ...dinner, delegationIds: [ids.nl, ids.ua] }], { delegations }).map((c) => [c.message, c.delegationId]);
    };
    const expected = ["Netherlands 19:00 and Ukraine 19:00 arrive at Palace forecourt 0 minutes apart; it needs 2"];
    expect(tie({ nl: "a", ua: "b" })).toEqual([[...expected, "b"]]);
    expect(tie({ nl: "b", ua: "a" })).toEqual([[...expected, "a"]]);
  });

  it("flags a motorcade that would leave before the principal has landed", () => {
    // The United States land at 18:00 on the 24th (the base summit's dates).
    const rule = arrivalSequenceRule(data([{ sequenceId: "seq", delegationId: "us", arrivesAt: at("18:10", DAY), movementId: "m-us" }]));
    const early = item({ ...dinner, id: "dinner", from: "18:30", to: "22:30", day: DAY, spaceId: "dining", delegationIds: ["us"] });
    const conflicts = runRule(rule, [early], { movements: [motorcade("m-us", "us", "17:50", "18:10")] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ type: "ARRIVAL_SEQUENCE", severity: "hard", delegationId: "us", movementIds: ["m-us"] });
    expect(conflicts[0].message).toMatch(/^United States arrives at Palace forecourt 18:10 for Royal dinner, but its motorcade would leave 17:50, before United States arrives/);
  });

  it("flags a principal still in a bilateral, and a motorcade leaving before the previous commitment ends", () => {
    const bilateral = item({ id: "bil", title: "Bilateral NL–UA", from: "18:00", to: "18:50", day: DAY, spaceId: "bilat1", delegationIds: ["ua"] });
    const still = arrivalSequenceRule(data([{ sequenceId: "seq", delegationId: "ua", arrivesAt: at("18:45", DAY), movementId: "m-ua" }]));
    const [inside] = runRule(still, [dinner, bilateral], { movements: [motorcade("m-ua", "ua", "18:30", "18:45")] });
    expect(inside.message).toBe("Ukraine arrives at Palace forecourt 18:45 for Royal dinner, but the principal is still in Bilateral NL–UA until 18:50");
    expect(inside.itemIds).toEqual(["bil", "dinner"]);

    const leaves = arrivalSequenceRule(data([{ sequenceId: "seq", delegationId: "ua", arrivesAt: at("19:00", DAY), movementId: "m-ua" }]));
    const [early] = runRule(leaves, [dinner, bilateral], { movements: [motorcade("m-ua", "ua", "18:40", "19:00")] });
    expect(early.message).toBe("Ukraine arrives at Palace forecourt 19:00 for Royal dinner: its motorcade would leave 18:40, before Bilateral NL–UA ends 18:50");
  });

  it("ignores the sequence of a cancelled item", () => {
    const rule = arrivalSequenceRule(data([
      { sequenceId: "seq", delegationId: "ua", arrivesAt: at("19:00", DAY), movementId: null },
      { sequenceId: "seq", delegationId: "nl", arrivesAt: at("19:00", DAY), movementId: null },
    ]));
    expect(runRule(rule, [{ ...dinner, status: "CANCELLED" }])).toEqual([]);
  });
});
