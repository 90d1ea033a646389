"use server";
// Server actions of the summit days: thin adapters from the gate to the live mutations and the
// proposal preview (a read, run as an action because the review form asks for it as it changes).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { applyProposal, recordItemStatus, recordMovementStatus } from "./mutations";
import { previewProposal } from "./queries";
import { applyProposalSchema, previewProposalSchema, recordItemStatusSchema, recordMovementStatusSchema } from "./schema";

function revalidateLivePages() {
  revalidatePath("/ops", "layout");
  revalidatePath("/live", "layout");
}

function revalidatePlanPages() {
  revalidateLivePages();
  for (const path of ["/programme", "/timeline", "/itinerary", "/tasks", "/movements", "/conflicts"]) revalidatePath(path, "layout");
}

export const recordItemStatusAction = defineAction({ permission: "live.record", schema: recordItemStatusSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  await recordItemStatus(db, actor, { ...input, summitId: summit.id });
  revalidateLivePages();
  return null;
});

export const recordMovementStatusAction = defineAction({ permission: "live.record", schema: recordMovementStatusSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  await recordMovementStatus(db, actor, { ...input, summitId: summit.id });
  revalidateLivePages();
  return null;
});

export const previewProposalAction = defineAction({ permission: "live.manage", schema: previewProposalSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  return previewProposal(db, actor, { ...input, summitId: summit.id });
});

export const applyProposalAction = defineAction({ permission: "live.manage", schema: applyProposalSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const applied = await applyProposal(db, actor, { ...input, summitId: summit.id });
  revalidatePlanPages();
  return { changeId: applied.changeId, lines: applied.proposal.lines.length, hardConflicts: applied.proposal.hardConflictIds.length };
});
