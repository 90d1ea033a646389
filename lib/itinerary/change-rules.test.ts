import { describe, expect, it } from "vitest";
import { classify, involves, parseSnapshot, toChanges, type AuditRow } from "./change-rules";

const snap = (over: Record<string, unknown> = {}) => ({
  title: "Royal dinner",
  kind: "ROYAL_DINNER",
  status: "CONFIRMED",
  visibility: "ALL_DELEGATIONS",
  startsAt: "2025-06-24T17:30:00.000Z",
  endsAt: "2025-06-24T20:30:00.000Z",
  spaceId: "s1",
  spaceName: "Dining Room",
  venueName: "Palace",
  delegationIds: ["ua"],
  memberIds: [],
  ...over,
});

describe("classify", () => {
  it("names creations, cancellations, publications, moves and other edits", () => {
    const p = (o: Record<string, unknown> = {}) => parseSnapshot(snap(o));
    expect(classify("create", null, p())).toBe("added");
    expect(classify("cancel", p(), p({ status: "CANCELLED" }))).toBe("cancelled");
    expect(classify("update", p(), p({ status: "CANCELLED" }))).toBe("cancelled");
    expect(classify("update", p({ status: "DRAFT" }), p())).toBe("added");
    expect(classify("move", p(), p())).toBe("moved");
    expect(classify("update", p(), p({ startsAt: "2025-06-24T18:00:00.000Z" }))).toBe("moved");
    expect(classify("update", p(), p({ spaceId: "s2", spaceName: "Hall" }))).toBe("moved");
    expect(classify("update", p(), p({ title: "Royal banquet" }))).toBe("changed");
  });
});

describe("involves", () => {
  it("matches the delegation or one of its members, before or after", () => {
    const members = new Set(["ua-fm"]);
    expect(involves({ before: null, after: snap() }, "ua", members)).toBe(true);
    expect(involves({ before: snap(), after: snap({ delegationIds: [] }) }, "ua", members)).toBe(true);
    expect(involves({ before: null, after: snap({ delegationIds: ["be"], memberIds: ["ua-fm"] }) }, "ua", members)).toBe(true);
    expect(involves({ before: snap({ delegationIds: ["be"] }), after: snap({ delegationIds: ["be"] }) }, "ua", members)).toBe(false);
    expect(involves({ before: "garbage", after: 42 }, "ua", members)).toBe(false);
  });
});

describe("toChanges", () => {
  const row = (over: Partial<AuditRow>): AuditRow => ({ id: "a1", entityId: "i1", action: "update", at: new Date("2025-06-20T10:00:00Z"), actorName: "Planner", before: snap(), after: snap(), ...over });

  it("drops edits that leave an item in draft for readers who cannot see drafts", () => {
    const rows = [row({ id: "a1", action: "create", before: null, after: snap({ status: "DRAFT" }) }), row({ id: "a2", before: snap({ status: "DRAFT" }) })];
    expect(toChanges(rows, { seesDrafts: false }).map((c) => [c.id, c.type])).toEqual([["a2", "added"]]);
    expect(toChanges(rows, { seesDrafts: true }).map((c) => [c.id, c.type])).toEqual([["a1", "added"], ["a2", "added"]]);
  });

  it("carries old and new time and place as instants", () => {
    const [change] = toChanges([row({ action: "move", after: snap({ startsAt: "2025-06-24T18:00:00.000Z", spaceName: "Hall" }) })], { seesDrafts: false });
    expect(change.before).toEqual({ startsAt: new Date("2025-06-24T17:30:00Z"), endsAt: new Date("2025-06-24T20:30:00Z"), spaceName: "Dining Room", venueName: "Palace" });
    expect(change.after?.startsAt).toEqual(new Date("2025-06-24T18:00:00Z"));
    expect(change.after?.spaceName).toBe("Hall");
  });
});
