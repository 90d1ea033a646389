import { describe, expect, it } from "vitest";
import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import { groupByDelegation, groupByStatus } from "./board";

const r = (id: string, status: BilateralStatus, parties: string[], created: number, startsAt?: string) => ({
  id,
  status,
  createdAt: new Date(Date.UTC(2025, 5, created)),
  parties: parties.map((p) => ({ delegationId: p.toLowerCase(), name: p })),
  proposal: startsAt ? { startsAt: new Date(startsAt) } : null,
});
const REQUESTS = [
  r("a", "CONFIRMED", ["Netherlands", "Ukraine"], 10, "2025-06-24T15:00:00Z"),
  r("b", "REQUESTED", ["Poland", "Netherlands"], 12),
  r("c", "CONFIRMED", ["Netherlands", "Canada"], 11, "2025-06-24T12:45:00Z"),
  r("d", "REQUESTED", ["Ukraine", "United States"], 11),
  r("e", "PROPOSED", ["Belgium", "Ukraine"], 13, "2025-06-25T08:00:00Z"),
];

describe("the bilaterals board", () => {
  it("groups by status in lifecycle order, slots first by time, the rest oldest first", () => {
    expect(groupByStatus(REQUESTS).map((g) => [g.status, g.requests.map((x) => x.id)])).toEqual([
      ["REQUESTED", ["d", "b"]],
      ["PROPOSED", ["e"]],
      ["CONFIRMED", ["c", "a"]],
    ]);
  });

  it("groups by delegation, listing a request under each of its parties", () => {
    expect(groupByDelegation(REQUESTS).map((g) => [g.delegation.name, g.requests.map((x) => x.id)])).toEqual([
      ["Belgium", ["e"]],
      ["Canada", ["c"]],
      ["Netherlands", ["c", "a", "b"]],
      ["Poland", ["b"]],
      ["Ukraine", ["a", "e", "d"]],
      ["United States", ["d"]],
    ]);
  });

  it("an empty board has no groups", () => {
    expect(groupByStatus([])).toEqual([]);
    expect(groupByDelegation([])).toEqual([]);
  });
});
