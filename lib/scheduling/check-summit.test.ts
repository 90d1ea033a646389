import { describe, expect, it } from "vitest";

import { checkSummit, conflictsForItem } from "./check-summit";
import { baseSnapshot, item } from "./test-fixtures";
import type { SummitItem } from "./types";

// A compressed 25 June with several problems at once.
function programme(): SummitItem[] {
  return [
    item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", delegationIds: ["nl", "us", "ua"] }),
    item({ id: "bil-nl-us", title: "Bilateral NL–US", from: "13:00", to: "13:45", spaceId: "bilat1", status: "DRAFT", memberIds: ["nl-pm", "nl-fm", "nl-dm", "us-pres"] }),
    item({ id: "bil-nl-ua", title: "Bilateral NL–UA", from: "14:00", to: "14:30", spaceId: "htb-salon", memberIds: ["nl-pm", "ua-pres"] }),
    item({ id: "forum", title: "Public Forum", from: "06:30", to: "09:00", spaceId: "plenary", memberIds: ["nl-fm"] }),
    item({ id: "press", title: "Press conference", from: "13:15", to: "13:45", spaceId: "bilat1", status: "CANCELLED", memberIds: ["nl-pm"] }),
    item({ id: "depart", title: "Farewell", from: "15:30", to: "16:30", spaceId: "plenary", memberIds: ["us-pres"] }),
  ];
}

describe("checkSummit", () => {
  it("returns every conflict, sorted by first item start and then type", () => {
    const conflicts = checkSummit(baseSnapshot({ items: programme() }));
    expect(conflicts.map((c) => c.id)).toEqual([
      "OUTSIDE_OPENING_HOURS|forum|space=plenary|venue=wf",
      "MEMBER_OVERLAP|bil-nl-us,nac|member=nl-pm|delegation=nl",
      "MEMBER_OVERLAP|bil-nl-us,nac|member=us-pres|delegation=us",
      "OVER_CAPACITY|bil-nl-us|space=bilat1|venue=wf",
      // World Forum 13:45 -> Huis ten Bosch 14:00: 15 min, needs 15 + 10.
      "INSUFFICIENT_TRAVEL_TIME|bil-nl-ua,bil-nl-us|member=nl-pm|delegation=nl|venue=htb",
      "OUTSIDE_DELEGATION_WINDOW|depart|delegation=us",
    ]);
  });

  it("does not depend on the order of the input", () => {
    const items = programme();
    const forward = checkSummit(baseSnapshot({ items }));
    const backward = checkSummit(baseSnapshot({ items: [...items].reverse() }));
    expect(backward).toEqual(forward);
  });

  it("does not mutate the snapshot", () => {
    const items = programme();
    const ids = items.map((i) => i.id);
    checkSummit(baseSnapshot({ items }));
    expect(items.map((i) => i.id)).toEqual(ids);
  });

  it("survives references to unknown members, delegations, spaces and venues", () => {
    const snapshot = baseSnapshot({
      spaces: [{ id: "orphan", name: "Orphan", venueId: "gone", capacity: 1, opensMinute: null, closesMinute: null }],
      items: [
        item({ id: "a", from: "10:00", to: "11:00", spaceId: "orphan", memberIds: ["ghost", "nl-pm"], delegationIds: ["atlantis"] }),
        item({ id: "b", from: "11:00", to: "12:00", spaceId: "missing", memberIds: ["nl-pm"] }),
      ],
    });
    expect(checkSummit(snapshot)).toEqual([]);
  });

  it("drops duplicate ids from extra rules", () => {
    const items = programme();
    const again = checkSummit(baseSnapshot({ items }), {
      extraRules: [(ctx) => checkSummit(ctx.snapshot).slice(0, 1)],
    });
    expect(again).toEqual(checkSummit(baseSnapshot({ items })));
  });
});

describe("conflictsForItem", () => {
  it("returns the conflicts that involve the item", () => {
    const conflicts = checkSummit(baseSnapshot({ items: programme() }));
    expect(conflictsForItem(conflicts, "bil-nl-us").map((c) => c.type)).toEqual([
      "MEMBER_OVERLAP",
      "MEMBER_OVERLAP",
      "OVER_CAPACITY",
      "INSUFFICIENT_TRAVEL_TIME",
    ]);
    expect(conflictsForItem(conflicts, "press")).toEqual([]);
  });
});
