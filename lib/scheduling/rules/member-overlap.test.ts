import { describe, expect, it } from "vitest";

import { item, type ItemSpec, runRule } from "../test-fixtures";
import { memberOverlapRule } from "./member-overlap";

const nac = (extra: Partial<ItemSpec> = {}) =>
  item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", ...extra });
const bilateral = (extra: Partial<ItemSpec> = {}) =>
  item({ id: "bil-nl-us", title: "Bilateral NL–US", from: "13:00", to: "13:45", spaceId: "bilat1", ...extra });

describe("memberOverlapRule", () => {
  it("names the member, both items and their summit-local times", () => {
    const conflicts = runRule(memberOverlapRule, [nac({ memberIds: ["nl-pm"] }), bilateral({ memberIds: ["nl-pm"] })]);
    expect(conflicts).toEqual([
      {
        id: "MEMBER_OVERLAP|bil-nl-us,nac|member=nl-pm|delegation=nl",
        type: "MEMBER_OVERLAP",
        severity: "hard",
        itemIds: ["nac", "bil-nl-us"],
        memberId: "nl-pm",
        delegationId: "nl",
        message:
          "Prime Minister of the Netherlands is in North Atlantic Council (10:00–13:30) and Bilateral NL–US (13:00–13:45) at the same time",
        phrase: expect.objectContaining({ key: "memberOverlap" }),
      },
    ]);
  });

  it("does not flag back-to-back items", () => {
    const conflicts = runRule(memberOverlapRule, [
      nac({ memberIds: ["nl-pm"] }),
      bilateral({ from: "13:30", to: "14:15", memberIds: ["nl-pm"] }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it("counts the principal through a whole-delegation participation", () => {
    const conflicts = runRule(memberOverlapRule, [nac({ delegationIds: ["nl"] }), bilateral({ memberIds: ["nl-pm"] })]);
    expect(conflicts.map((c) => c.memberId)).toEqual(["nl-pm"]);
  });

  it("does not put non-principals in whole-delegation items", () => {
    const conflicts = runRule(memberOverlapRule, [nac({ delegationIds: ["nl"] }), bilateral({ memberIds: ["nl-fm"] })]);
    expect(conflicts).toEqual([]);
  });

  it("does not pair an item with itself when a member is both named and covered by the delegation", () => {
    expect(runRule(memberOverlapRule, [nac({ delegationIds: ["nl"], memberIds: ["nl-pm"] })])).toEqual([]);
  });

  it("ignores cancelled items", () => {
    const conflicts = runRule(memberOverlapRule, [
      nac({ memberIds: ["nl-pm"] }),
      bilateral({ memberIds: ["nl-pm"], status: "CANCELLED" }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it("reports one conflict per member and per pair, whatever the input order", () => {
    const items = [
      nac({ delegationIds: ["nl", "us"] }),
      bilateral({ memberIds: ["nl-pm", "us-pres"] }),
      item({ id: "press", title: "Press moment", from: "13:15", to: "13:20", memberIds: ["nl-pm"] }),
    ];
    const forward = runRule(memberOverlapRule, items).map((c) => c.id).sort();
    const backward = runRule(memberOverlapRule, [...items].reverse()).map((c) => c.id).sort();
    expect(forward).toEqual([
      "MEMBER_OVERLAP|bil-nl-us,nac|member=nl-pm|delegation=nl",
      "MEMBER_OVERLAP|bil-nl-us,nac|member=us-pres|delegation=us",
      "MEMBER_OVERLAP|bil-nl-us,press|member=nl-pm|delegation=nl",
      "MEMBER_OVERLAP|nac,press|member=nl-pm|delegation=nl",
    ]);
    expect(backward).toEqual(forward);
  });
});
