import { describe, expect, it } from "vitest";
import { snapshotVisibleTo, type SnapshotReader } from "./snapshot-visibility";

const side = (over: Record<string, unknown> = {}) => ({
  status: "CONFIRMED",
  visibility: "PARTICIPANTS",
  delegationIds: [] as string[],
  memberIds: [] as string[],
  ...over,
});
const reader = (role: SnapshotReader["actor"]["role"], delegationIds: string[] = []): SnapshotReader => ({
  actor: { role, delegationIds, agencyId: null },
  memberDelegations: new Map([["ua-head", "ua"], ["be-fm", "be"]]),
});
const ua = reader("LIAISON", ["ua"]);
const staff = reader("PLANNER");
const viewer = reader("VIEWER");

describe("snapshotVisibleTo", () => {
  it("shows staff every side, drafts and staff-only included", () => {
    expect(snapshotVisibleTo(side({ status: "DRAFT", visibility: "STAFF" }), staff)).toBe(true);
  });

  it("mirrors the liaison policy: published, and open to delegations or naming theirs", () => {
    expect(snapshotVisibleTo(side({ visibility: "PUBLIC" }), ua)).toBe(true);
    expect(snapshotVisibleTo(side({ visibility: "ALL_DELEGATIONS", status: "CANCELLED" }), ua)).toBe(true);
    expect(snapshotVisibleTo(side({ delegationIds: ["ua"] }), ua)).toBe(true);
    expect(snapshotVisibleTo(side({ memberIds: ["ua-head"] }), ua)).toBe(true);
    expect(snapshotVisibleTo(side({ delegationIds: ["be"], memberIds: ["be-fm"] }), ua)).toBe(false);
    expect(snapshotVisibleTo(side({ visibility: "STAFF", delegationIds: ["ua"] }), ua)).toBe(false);
    expect(snapshotVisibleTo(side({ status: "DRAFT", visibility: "PUBLIC" }), ua)).toBe(false);
  });

  it("shows other readers public items alone", () => {
    expect(snapshotVisibleTo(side({ visibility: "PUBLIC" }), viewer)).toBe(true);
    expect(snapshotVisibleTo(side({ visibility: "ALL_DELEGATIONS" }), viewer)).toBe(false);
  });

  it("fails closed on a side without status or visibility", () => {
    expect(snapshotVisibleTo({ visibility: "PUBLIC" }, ua)).toBe(false);
    expect(snapshotVisibleTo({ status: "CONFIRMED" }, ua)).toBe(false);
    expect(snapshotVisibleTo(null, ua)).toBe(false);
  });
});
