// The life of a bilateral request as a pure function: requested → proposed (slot and space) →
// accepted by every delegation → confirmed; or declined, withdrawn or cancelled. Who may trigger
// an event is policy.ts's business; this file only knows which events each state allows.
import type { BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";
import { BILATERAL_STATUS_LABEL } from "./labels";

export type PartyState = { delegationId: string; response: PartyResponse };
export type LifecycleState = { status: BilateralStatus; parties: readonly PartyState[] };

export type LifecycleEvent =
  | { type: "propose" }
  | { type: "respond"; delegationId: string; response: "ACCEPTED" | "DECLINED" }
  | { type: "confirm" }
  | { type: "withdraw" }
  | { type: "cancel" };

export type LifecycleEventType = LifecycleEvent["type"];
export type TransitionResult = { ok: true; state: LifecycleState } | { ok: false; error: string };

/** States in which the request is still being arranged. */
const OPEN: readonly BilateralStatus[] = ["REQUESTED", "PROPOSED", "ACCEPTED", "DECLINED"];

const ALLOWED: Record<LifecycleEventType, readonly BilateralStatus[]> = {
  // A new slot may replace an earlier proposal, a declined one or an accepted one that could not be confirmed.
  propose: OPEN,
  respond: ["PROPOSED", "ACCEPTED"],
  confirm: ["ACCEPTED"],
  withdraw: OPEN,
  cancel: [...OPEN, "CONFIRMED"],
};

const TERMINAL: readonly BilateralStatus[] = ["WITHDRAWN", "CANCELLED"];

/** The events a request in `status` accepts (whoever triggers them). */
export function allowedEvents(status: BilateralStatus): LifecycleEventType[] {
  return (Object.keys(ALLOWED) as LifecycleEventType[]).filter((type) => ALLOWED[type].includes(status));
}

function refusal(status: BilateralStatus, event: LifecycleEvent): string {
  if (TERMINAL.includes(status)) return `This request is ${BILATERAL_STATUS_LABEL[status].toLowerCase()}: nothing more can change.`;
  switch (event.type) {
    case "respond":
      return status === "DECLINED"
        ? "The proposal was declined: wait for the planners to propose another slot."
        : status === "CONFIRMED"
          ? "The bilateral is already confirmed; ask the planners to cancel it if it cannot take place."
          : "There is no proposed slot to answer yet.";
    case "confirm":
      return status === "CONFIRMED" ? "The bilateral is already confirmed." : "Every delegation must accept the proposed slot before it is confirmed.";
    case "withdraw":
      return "A confirmed bilateral cannot be withdrawn; ask the planners to cancel it.";
    default:
      return `A request that is ${BILATERAL_STATUS_LABEL[status].toLowerCase()} cannot be changed that way.`;
  }
}

function respond(state: LifecycleState, delegationId: string, response: "ACCEPTED" | "DECLINED"): TransitionResult {
  const party = state.parties.find((p) => p.delegationId === delegationId);
  if (!party) return { ok: false, error: "That delegation is not part of this bilateral." };
  if (party.response === response) {
    return { ok: false, error: `That delegation has already ${response === "ACCEPTED" ? "accepted" : "declined"} this proposal.` };
  }
  const parties = state.parties.map((p) => (p.delegationId === delegationId ? { ...p, response } : p));
  const status: BilateralStatus = parties.some((p) => p.response === "DECLINED")
    ? "DECLINED"
    : parties.every((p) => p.response === "ACCEPTED")
      ? "ACCEPTED"
      : "PROPOSED";
  return { ok: true, state: { status, parties } };
}

/** The state after `event`, or why the event is not possible now. */
export function transition(state: LifecycleState, event: LifecycleEvent): TransitionResult {
  if (!ALLOWED[event.type].includes(state.status)) return { ok: false, error: refusal(state.status, event) };
  switch (event.type) {
    case "propose":
      // Every delegation answers each new slot afresh.
      return { ok: true, state: { status: "PROPOSED", parties: state.parties.map((p) => ({ ...p, response: "PENDING" })) } };
    case "respond":
      return respond(state, event.delegationId, event.response);
    case "confirm":
      return { ok: true, state: { ...state, status: "CONFIRMED" } };
    case "withdraw":
      return { ok: true, state: { ...state, status: "WITHDRAWN" } };
    case "cancel":
      return { ok: true, state: { ...state, status: "CANCELLED" } };
  }
}
