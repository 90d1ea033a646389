"use server";
// Server actions for bilaterals: thin adapters from the gate to the domain functions, in the
// actor's current summit (the domain looks the request up within it; a new request's delegation
// must be the current summit's).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { requireInCurrentSummit } from "@/lib/summits/scope";
import { confirmBilateral } from "./confirm";
import { findSlotsForBilateral } from "./finder";
import { cancelBilateral, proposeSlot, requestBilateral, respondToProposal, withdrawRequest } from "./mutations";
import { bilateralRefSchema, confirmBilateralSchema, findSlotsSchema, proposeSlotSchema, requestBilateralSchema, respondSchema } from "./schema";

function refresh(id: string) {
  revalidatePath("/bilaterals");
  revalidatePath(`/bilaterals/${id}`);
}

export const requestBilateralAction = defineAction({ permission: "bilateral.request", schema: requestBilateralSchema }, async ({ db, actor, input }) => {
  const summit = await requireInCurrentSummit(db, actor, { delegation: input.requesterDelegationId });
  const saved = await requestBilateral(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  return saved;
});

export const findSlotsAction = defineAction({ permission: "bilateral.manage", schema: findSlotsSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  return findSlotsForBilateral(db, actor, { ...input, summitId: summit.id });
});

export const proposeSlotAction = defineAction({ permission: "bilateral.manage", schema: proposeSlotSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const saved = await proposeSlot(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  return saved;
});

export const respondAction = defineAction({ permission: "bilateral.respond", schema: respondSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const saved = await respondToProposal(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  return saved;
});

export const confirmBilateralAction = defineAction({ permission: "bilateral.manage", schema: confirmBilateralSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const saved = await confirmBilateral(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  revalidatePath("/programme", "layout");
  return saved;
});

export const withdrawRequestAction = defineAction({ permission: "bilateral.request", schema: bilateralRefSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const saved = await withdrawRequest(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  return saved;
});

export const cancelBilateralAction = defineAction({ permission: "bilateral.manage", schema: bilateralRefSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const saved = await cancelBilateral(db, actor, { ...input, summitId: summit.id });
  refresh(saved.id);
  revalidatePath("/programme", "layout");
  return saved;
});
