import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { bilateralActionsFor, mayRequestFor, mayRespondFor, maySeeBilateral, mayWithdraw, visibleBilateralsWhere } from "./policy";

const actor = (role: Role, delegationIds: string[] = []) => ({ role, delegationIds });
const planner = actor("PLANNER");
const ua = actor("LIAISON", ["ua"]);
const us = actor("LIAISON", ["us"]);
const be = actor("LIAISON", ["be"]);
const request = (status: "REQUESTED" | "PROPOSED" | "ACCEPTED" | "CONFIRMED", us: "PENDING" | "ACCEPTED" = "PENDING") => ({
  status,
  requesterDelegationId: "ua",
  parties: [
    { delegationId: "ua", response: "PENDING" as const },
    { delegationId: "us", response: us },
  ],
});

describe("bilateral policy", () => {
  it("planners see every request; a liaison only their delegation's; others none", () => {
    expect(visibleBilateralsWhere(planner)).toEqual({});
    expect(visibleBilateralsWhere(ua)).toEqual({ parties: { some: { delegationId: { in: ["ua"] } } } });
    expect(visibleBilateralsWhere(actor("VIEWER"))).toEqual({ id: { in: [] } });
    expect(visibleBilateralsWhere(actor("AGENCY"))).toEqual({ id: { in: [] } });
    expect(maySeeBilateral(ua, ["ua", "us"])).toBe(true);
    expect(maySeeBilateral(be, ["ua", "us"])).toBe(false);
    expect(maySeeBilateral(actor("VIEWER"), ["ua"])).toBe(false);
  });

  it("a liaison requests and answers only for their own delegation", () => {
    expect(mayRequestFor(ua, "ua")).toBe(true);
    expect(mayRequestFor(ua, "us")).toBe(false);
    expect(mayRequestFor(planner, "us")).toBe(true);
    expect(mayRequestFor(actor("VIEWER"), "ua")).toBe(false);
    expect(mayRespondFor(ua, "ua")).toBe(true);
    expect(mayRespondFor(ua, "us")).toBe(false);
    // Planners arrange; they do not answer for a delegation.
    expect(mayRespondFor(planner, "ua")).toBe(false);
  });

  it("only the requester's liaison or a planner withdraws", () => {
    expect(mayWithdraw(ua, "ua")).toBe(true);
    expect(mayWithdraw(us, "ua")).toBe(false);
    expect(mayWithdraw(planner, "ua")).toBe(true);
  });

  it("offers each actor the buttons the state allows", () => {
    expect(bilateralActionsFor(planner, request("REQUESTED"))).toEqual({ propose: true, confirm: false, cancel: true, withdraw: true, respond: [] });
    expect(bilateralActionsFor(ua, request("REQUESTED"))).toEqual({ propose: false, confirm: false, cancel: false, withdraw: true, respond: [] });
    expect(bilateralActionsFor(us, request("PROPOSED", "ACCEPTED")).respond).toEqual([{ delegationId: "us", accept: false, decline: true }]);
    expect(bilateralActionsFor(ua, request("PROPOSED")).respond).toEqual([{ delegationId: "ua", accept: true, decline: true }]);
    expect(bilateralActionsFor(planner, request("ACCEPTED")).confirm).toBe(true);
    expect(bilateralActionsFor(us, request("CONFIRMED"))).toEqual({ propose: false, confirm: false, cancel: false, withdraw: false, respond: [] });
  });
});
