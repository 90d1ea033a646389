import { describe, expect, it } from "vitest";
import { changesForMember, classify, involves, movementChanges, netChanges, parseSnapshot, type AuditRow, type ProgrammeScope } from "./change-rules";
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
  it("names the net difference between the acknowledged state and now", () => {
    const p = (o: Record<string, unknown> = {}) => parseSnapshot(snap(o));
    expect(classify(null, p())).toBe("added");
    expect(classify(null, p(), true)).toBe("confirmed");
    expect(classify(p({ status: "DRAFT" }), p())).toBe("confirmed");
    expect(classify(p(), p({ status: "CANCELLED" }))).toBe("cancelled");
    expect(classify(p({ status: "CANCELLED" }), p())).toBe("reinstated");
    expect(classify(p({ status: "CANCELLED" }), p({ startsAt: "2025-06-24T18:00:00.000Z" }))).toBe("reinstated");
    expect(classify(p(), null)).toBe("removed");
    expect(classify(p(), p({ startsAt: "2025-06-24T18:00:00.000Z" }))).toBe("moved");
    expect(classify(p(), p({ spaceId: "s2", spaceName: "Hall" }))).toBe("moved");
    expect(classify(p(), p({ title: "Royal banquet" }))).toBe("changed");
    expect(classify(p(), p(), false, false)).toBe("changed");
    expect(classify(p(), p())).toBeNull();
    expect(classify(null, null)).toBeNull();
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

describe("netChanges", () => {
  let n = 0;
  const row = (over: Partial<AuditRow>): AuditRow => ({ id: `a${++n}`, entityId: "i1", action: "update", at: new Date(Date.UTC(2025, 5, 20, 10, n)), actorName: "Planner", before: snap(), after: snap(), ...over });
  const scopeOf = (reader: typeof staff, visibleNow: string[] = ["i1"]): ProgrammeScope => ({ reader, delegationId: "ua", memberIds: new Set(["ua-fm", "ua-head"]), visibleNow: new Set(visibleNow) });
  const later = "2025-06-24T18:00:00.000Z";

  it("a move and a move back net to nothing; two moves to one", () => {
    const away = snap({ startsAt: later });
    expect(netChanges([row({ action: "move", after: away }), row({ action: "move", before: away, after: snap() })], scopeOf(liaisonUA))).toEqual([]);
    const twice = netChanges([row({ action: "move", after: away }), row({ action: "move", before: away, after: snap({ startsAt: later, spaceName: "Hall", spaceId: "s2" }) })], scopeOf(liaisonUA));
    expect(twice.map((c) => c.type)).toEqual(["moved"]);
    expect(twice[0].before).toMatchObject({ startsAt: new Date("2025-06-24T17:30:00Z"), spaceName: "Dining Room" });
    expect(twice[0].after).toMatchObject({ startsAt: new Date(later), spaceName: "Hall" });
  });

  it("cancel and reinstate nets to nothing; reinstating what was acknowledged cancelled reads reinstated", () => {
    const cancelled = snap({ status: "CANCELLED" });
    expect(netChanges([row({ action: "cancel", after: cancelled }), row({ before: cancelled, after: snap() })], scopeOf(liaisonUA))).toEqual([]);
    expect(netChanges([row({ before: cancelled, after: snap() })], scopeOf(liaisonUA)).map((c) => c.type)).toEqual(["reinstated"]);
  });

  it("a draft confirmed reads confirmed, and edits while in draft are not told to a liaison", () => {
    const draft = snap({ status: "DRAFT" });
    const rows = [row({ action: "create", before: null, after: draft }), row({ before: draft, after: snap({ status: "DRAFT", title: "Renamed" }) })];
    expect(netChanges(rows, scopeOf(liaisonUA))).toEqual([]);
    expect(netChanges(rows, scopeOf(staff)).map((c) => c.type)).toEqual(["added"]);
    const published = netChanges([row({ before: draft, after: snap() })], scopeOf(liaisonUA));
    expect(published.map((c) => [c.type, c.before])).toEqual([["confirmed", null]]);
  });

  it("never shows a liaison what was recorded while the item was hidden from them", () => {
    const secret = snap({ title: "SECRET threat briefing", visibility: "STAFF", spaceName: "Dining Room", venueName: "Palace" });
    const opened = snap({ title: "Security briefing", visibility: "PARTICIPANTS", spaceId: "s2", spaceName: "Room A", venueName: "Forum" });
    const rows = [
      row({ action: "create", before: null, after: secret }),
      row({ before: secret, after: snap({ ...secret, title: "SECRET threat briefing v2" }) }),
      row({ before: snap({ ...secret, title: "SECRET threat briefing v2" }), after: opened }),
      row({ action: "move", before: opened, after: snap({ ...opened, spaceName: "Room B" }) }),
    ];
    const changes = netChanges(rows, scopeOf(liaisonUA));
    expect(changes.map((c) => [c.type, c.title])).toEqual([["added", "Security briefing"]]);
    expect(changes[0].before).toBeNull();
    expect(JSON.stringify(changes)).not.toMatch(/SECRET|Dining|Palace/);
  });

  it("an item the reader never saw is never named, even when it is gone again", () => {
    const other = snap({ title: "Belgian briefing", visibility: "PARTICIPANTS", delegationIds: ["be"] });
    expect(netChanges([row({ before: other, after: snap({ ...other, startsAt: later }) })], scopeOf(liaisonUA))).toEqual([]);
    const hidden = snap({ title: "SECRET", visibility: "STAFF" });
    expect(netChanges([row({ action: "create", before: null, after: hidden })], scopeOf(liaisonUA, []))).toEqual([]);
    // Seen when acknowledged, out of the programme now: removed, as last seen.
    const gone = netChanges([row({ after: snap({ visibility: "STAFF", title: "SECRET now" }) })], scopeOf(liaisonUA, []));
    expect(gone.map((c) => [c.type, c.title, c.after])).toEqual([["removed", "Royal dinner", null]]);
    expect(JSON.stringify(gone)).not.toMatch(/SECRET/);
  });

  it("a delegation taken off an item reads removed; an item not visible now is never kept", () => {
    expect(netChanges([row({ after: snap({ delegationIds: ["be"] }) })], scopeOf(liaisonUA)).map((c) => c.type)).toEqual(["removed"]);
    expect(netChanges([row({ action: "move", after: snap({ startsAt: later }) })], scopeOf(liaisonUA, [])).map((c) => c.type)).toEqual(["removed"]);
  });

  it("the per-person view keeps a member's items, the principal's whole-delegation items and their flights", () => {
    const rows = [
      row({ entityId: "whole", action: "move", after: snap({ startsAt: later }) }),
      row({ entityId: "fm", action: "move", before: snap({ delegationIds: [], memberIds: ["ua-fm"] }), after: snap({ delegationIds: [], memberIds: ["ua-fm"], startsAt: later }) }),
    ];
    const changes = netChanges(rows, scopeOf(liaisonUA, ["whole", "fm"]));
    expect(changes.map((c) => c.itemId)).toEqual(["whole", "fm"]);
    expect(changesForMember(changes, { id: "ua-fm", function: "FOREIGN_MINISTER", principal: false }).map((c) => c.itemId)).toEqual(["fm"]);
    expect(changesForMember(changes, { id: "ua-head", function: "HEAD_OF_STATE_OR_GOVERNMENT", principal: true }).map((c) => c.itemId)).toEqual(["whole"]);
  });
});

describe("movementChanges", () => {
  const mv = (o: Record<string, unknown> = {}) => ({ delegationId: "ua", kind: "ARRIVAL", startsAt: "2025-06-24T08:00:00.000Z", endsAt: "2025-06-24T08:30:00.000Z", flight: "UA 1", fromVenueId: null, toVenueId: "v1", ...o });
  const row = (id: string, over: Partial<AuditRow>): AuditRow => ({ id, entityId: "m1", action: "update", at: new Date(`2025-06-20T10:0${id}:00Z`), actorName: "Planner", before: mv(), after: mv(), ...over });
  const venues = new Map([["v1", "Schiphol"]]);

  it("sums a movement's entries up: moved back is nothing, added then deleted is nothing", () => {
    const moved = mv({ startsAt: "2025-06-24T09:00:00.000Z" });
    expect(movementChanges([row("1", { after: moved }), row("2", { before: moved, after: mv() })], venues)).toEqual([]);
    expect(movementChanges([row("1", { action: "create", before: null }), row("2", { action: "delete", after: null })], venues)).toEqual([]);
    expect(movementChanges([row("1", { after: moved }), row("2", { before: moved, after: mv({ startsAt: "2025-06-24T10:00:00.000Z" }) })], venues).map((c) => [c.type, c.id, c.title])).toEqual([
      ["moved", "2", "Arrival at Schiphol (UA 1)"],
    ]);
  });
});
