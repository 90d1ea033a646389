import { describe, expect, it } from "vitest";
import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import { allowedEvents, transition, type LifecycleEvent, type LifecycleState, type TransitionResult } from "./lifecycle";

const state = (status: BilateralStatus, ua = "PENDING", us = "PENDING"): LifecycleState => ({
  status,
  parties: [
    { delegationId: "ua", response: ua as "PENDING" },
    { delegationId: "us", response: us as "PENDING" },
  ],
});
const accept = (delegationId: string): LifecycleEvent => ({ type: "respond", delegationId, response: "ACCEPTED" });
const decline = (delegationId: string): LifecycleEvent => ({ type: "respond", delegationId, response: "DECLINED" });

/** A refusal as the form shows it: the rule's code and its sentence, in English and in Dutch, on the whole form. */
const refusedWith = (r: TransitionResult) =>
  r.ok ? null : { code: r.refused.code, en: r.refused.said.en.message, nl: r.refused.said.nl.message, fields: Object.keys(r.refused.said.en.fieldErrors) };

function run(start: LifecycleState, ...events: LifecycleEvent[]): LifecycleState {
  return events.reduce((s, e) => {
    const r = transition(s, e);
    if (!r.ok) throw new Error(r.refused.said.en.message);
    return r.state;
  }, start);
}

describe("bilateral lifecycle", () => {
  it("goes requested → proposed → accepted by each side → confirmed", () => {
    const proposed = run(state("REQUESTED"), { type: "propose" });
    expect(proposed.status).toBe("PROPOSED");
    const half = run(proposed, accept("ua"));
    expect(half.status).toBe("PROPOSED");
    expect(half.parties.map((p) => p.response)).toEqual(["ACCEPTED", "PENDING"]);
    const both = run(half, accept("us"));
    expect(both.status).toBe("ACCEPTED");
    expect(run(both, { type: "confirm" }).status).toBe("CONFIRMED");
  });

  it("a decline by any party declines the proposal; a new proposal asks everyone again", () => {
    const declined = run(state("PROPOSED"), accept("ua"), decline("us"));
    expect(declined.status).toBe("DECLINED");
    const again = run(declined, { type: "propose" });
    expect(again).toEqual(state("PROPOSED"));
  });

  it("a party may change its mind before confirmation", () => {
    expect(run(state("ACCEPTED", "ACCEPTED", "ACCEPTED"), decline("us")).status).toBe("DECLINED");
    expect(run(state("PROPOSED", "PENDING", "PENDING"), accept("us"), decline("us"), ).status).toBe("DECLINED");
  });

  it("re-proposing an accepted slot resets every answer", () => {
    expect(run(state("ACCEPTED", "ACCEPTED", "ACCEPTED"), { type: "propose" })).toEqual(state("PROPOSED"));
  });

  it("refuses confirmation before every party has accepted", () => {
    const r = transition(state("PROPOSED", "ACCEPTED", "PENDING"), { type: "confirm" });
    expect(refusedWith(r)).toMatchObject({ code: "everyoneAccepts", en: "Every delegation must accept the proposed slot before it is confirmed.", fields: ["_form"] });
    expect(transition(state("REQUESTED"), { type: "confirm" }).ok).toBe(false);
  });

  it("refuses an answer when there is nothing to answer, or from a non-party", () => {
    expect(refusedWith(transition(state("REQUESTED"), accept("ua")))).toMatchObject({ code: "noSlotToAnswer", en: "There is no proposed slot to answer yet." });
    expect(refusedWith(transition(state("PROPOSED"), accept("be")))).toMatchObject({ code: "notInBilateral", en: "That delegation is not part of this bilateral." });
    expect(refusedWith(transition(state("PROPOSED", "ACCEPTED"), accept("ua")))).toEqual({
      code: "alreadyAnswered",
      en: "That delegation has already accepted this proposal.",
      nl: "Die delegatie heeft dit voorstel al geaccepteerd.",
      fields: ["_form"],
    });
    expect(transition(state("DECLINED", "DECLINED"), accept("ua")).ok).toBe(false);
    expect(transition(state("CONFIRMED", "ACCEPTED", "ACCEPTED"), decline("ua")).ok).toBe(false);
  });

  it("withdraws open requests only; cancels open and confirmed ones", () => {
    for (const status of ["REQUESTED", "PROPOSED", "ACCEPTED", "DECLINED"] as const) {
      expect(run(state(status), { type: "withdraw" }).status).toBe("WITHDRAWN");
      expect(run(state(status), { type: "cancel" }).status).toBe("CANCELLED");
    }
    expect(transition(state("CONFIRMED"), { type: "withdraw" }).ok).toBe(false);
    expect(run(state("CONFIRMED"), { type: "cancel" }).status).toBe("CANCELLED");
  });

  it("withdrawn and cancelled requests are final", () => {
    for (const status of ["WITHDRAWN", "CANCELLED"] as const) {
      expect(allowedEvents(status)).toEqual([]);
      for (const event of [{ type: "propose" }, accept("ua"), { type: "confirm" }, { type: "cancel" }] as LifecycleEvent[]) {
        const r = transition(state(status), event);
        expect(r.ok).toBe(false);
        expect(refusedWith(r)?.en).toMatch(/nothing more can change/);
      }
    }
    expect(refusedWith(transition(state("WITHDRAWN"), { type: "propose" }))?.nl).toBe("Dit verzoek is ingetrokken: er kan niets meer veranderen.");
  });

  it("lists the events each state allows", () => {
    expect(allowedEvents("REQUESTED")).toEqual(["propose", "withdraw", "cancel"]);
    expect(allowedEvents("PROPOSED")).toEqual(["propose", "respond", "withdraw", "cancel"]);
    expect(allowedEvents("ACCEPTED")).toEqual(["propose", "respond", "confirm", "withdraw", "cancel"]);
    expect(allowedEvents("CONFIRMED")).toEqual(["cancel"]);
  });

  it("does not mutate the state it is given", () => {
    const before = state("PROPOSED");
    const copy = structuredClone(before);
    run(before, accept("ua"));
    expect(before).toEqual(copy);
  });
});
