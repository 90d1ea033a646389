import { describe, expect, it } from "vitest";
import { classify, involves, parseSnapshot, toChanges, type AuditRow } from "./change-rules";
import type { SnapshotReader } from "./snapshot-visibility";

const staff: SnapshotReader = { actor: { role: "PLANNER", delegationIds: [], agencyId: null }, memberDelegations: new Map() };
const liaisonUA: SnapshotReader = { actor: { role: "LIAISON", delegationIds: ["ua"], agencyId: null }, memberDelegations: new Map() };

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
    expect(toChanges(rows, liaisonUA).map((c) => [c.id, c.type])).toEqual([["a2", "added"]]);
    expect(toChanges(rows, staff).map((c) => [c.id, c.type])).toEqual([["a1", "added"], ["a2", "added"]]);
  });

  it("carries old and new time and place as instants", () => {
    const [change] = toChanges([row({ action: "move", after: snap({ startsAt: "2025-06-24T18:00:00.000Z", spaceName: "Hall" }) })], liaisonUA);
    expect(change.before).toEqual({ startsAt: new Date("2025-06-24T17:30:00Z"), endsAt: new Date("2025-06-24T20:30:00Z"), spaceName: "Dining Room", venueName: "Palace" });
    expect(change.after?.startsAt).toEqual(new Date("2025-06-24T18:00:00Z"));
    expect(change.after?.spaceName).toBe("Hall");
  });

  it("never shows a liaison what an entry recorded while the item was hidden from them", () => {
    const secret = snap({ title: "SECRET threat briefing", visibility: "STAFF", spaceName: "Dining Room", venueName: "Palace" });
    const opened = snap({ title: "Security briefing", visibility: "PARTICIPANTS", spaceId: "s2", spaceName: "Room A", venueName: "Forum" });
    const rows = [
      row({ id: "a1", action: "create", before: null, after: secret }),
      row({ id: "a2", before: secret, after: snap({ ...secret, title: "SECRET threat briefing v2" }) }),
      row({ id: "a3", before: snap({ ...secret, title: "SECRET threat briefing v2" }), after: opened }),
      row({ id: "a4", action: "move", before: opened, after: snap({ ...opened, spaceName: "Room B" }) }),
    ];
    const changes = toChanges(rows, liaisonUA);
    expect(changes.map((c) => [c.id, c.type, c.title])).toEqual([["a3", "added", "Security briefing"], ["a4", "moved", "Security briefing"]]);
    expect(changes[0].before).toBeNull();
    expect(JSON.stringify(changes)).not.toMatch(/SECRET|Dining|Palace/);
    expect(toChanges(rows, staff).map((c) => [c.id, c.type, c.title])).toEqual([
      ["a1", "added", "SECRET threat briefing"], ["a2", "changed", "SECRET threat briefing v2"], ["a3", "moved", "Security briefing"], ["a4", "moved", "Security briefing"],
    ]);
  });

  it("takes the title only from a visible side", () => {
    const [change] = toChanges([row({ before: snap({ visibility: "STAFF", title: "Hidden name" }), after: snap({ title: undefined }) })], liaisonUA);
    expect(change.title).toBe("");
  });
});
