// The life of a bilateral request as a pure function: requested → proposed (slot and space) →
// accepted by every delegation → confirmed; or declined, withdrawn or cancelled. Who may trigger
// an event is policy.ts's business; this file only knows which events each state allows.
import type { BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";
import { bilateralsEn, bilateralsNl } from "@/lib/i18n/bilaterals";
import { refusal, worded, type Refusal } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";

export type PartyState = { delegationId: string; response: PartyResponse };
export type LifecycleState = { status: BilateralStatus; parties: readonly PartyState[] };

export type LifecycleEvent =
  | { type: "propose" }
  | { type: "respond"; delegationId: string; response: "ACCEPTED" | "DECLINED" }
  | { type: "confirm" }
  | { type: "withdraw" }
  | { type: "cancel" };

export type LifecycleEventType = LifecycleEvent["type"];
/** A refusal names no field of its own: it shows on the whole form. */
export type TransitionResult = { ok: true; state: LifecycleState } | { ok: false; refused: Refusal };

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

const STATUS_WORDS = { en: bilateralsEn.status, nl: bilateralsNl.status };
const statusWord = (status: BilateralStatus) => (lang: Lang) => STATUS_WORDS[lang][status].toLowerCase();
const FORM = ["_form"];

function refusalOf(status: BilateralStatus, event: LifecycleEvent): Refusal {
  const word = statusWord(status);
  if (TERMINAL.includes(status)) return worded("requestIsFinal", (t, lang) => t.requestIsFinal(word(lang)), FORM);
  switch (event.type) {
    case "respond":
      return refusal(status === "DECLINED" ? "proposalDeclined" : status === "CONFIRMED" ? "confirmedAskCancel" : "noSlotToAnswer", FORM);
    case "confirm":
      return refusal(status === "CONFIRMED" ? "alreadyConfirmed" : "everyoneAccepts", FORM);
    case "withdraw":
      return refusal("confirmedNoWithdraw", FORM);
    default:
      return worded("requestCannotChange", (t, lang) => t.requestCannotChange(word(lang)), FORM);
  }
}

function respond(state: LifecycleState, delegationId: string, response: "ACCEPTED" | "DECLINED"): TransitionResult {
  const party = state.parties.find((p) => p.delegationId === delegationId);
  if (!party) return { ok: false, refused: refusal("notInBilateral", FORM) };
  if (party.response === response) {
    return { ok: false, refused: worded("alreadyAnswered", (t) => t.alreadyAnswered(response === "ACCEPTED"), FORM) };
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
  if (!ALLOWED[event.type].includes(state.status)) return { ok: false, refused: refusalOf(state.status, event) };
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
