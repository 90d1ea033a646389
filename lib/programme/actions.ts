"use server";
// Thin adapters from the edit form and the timeline to the programme mutations. The summit a form
// names must be the actor's current summit (lib/summits/scope.ts); a move or a cancellation works
// in the current summit, where the mutation looks the item up.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { requireInCurrentSummit } from "@/lib/summits/scope";
import { cancelItem, createItem, moveItem, updateItem } from "./mutations";
import { previewItemSave, previewMoveInFull } from "./preview";
import { cancelItemSchema, itemInputSchema, moveItemSchema, previewItemSchema, updateItemSchema } from "./schema";

function revalidateProgramme() {
  revalidatePath("/programme", "layout");
  revalidatePath("/timeline", "layout");
  revalidatePath("/conflicts");
  // Linked transfers follow a moved item.
  revalidatePath("/movements", "layout");
}

export const createItemAction = defineAction({ permission: "programme.edit", schema: itemInputSchema }, async ({ db, actor, input }) => {
  await requireInCurrentSummit(db, actor, { summit: input.summitId });
  const result = await createItem(db, actor, input);
  revalidateProgramme();
  return result;
});

export const updateItemAction = defineAction({ permission: "programme.edit", schema: updateItemSchema }, async ({ db, actor, input }) => {
  await requireInCurrentSummit(db, actor, { summit: input.summitId });
  const result = await updateItem(db, actor, input);
  revalidateProgramme();
  return result;
});

export const moveItemAction = defineAction({ permission: "programme.edit", schema: moveItemSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const result = await moveItem(db, actor, { ...input, summitId: summit.id });
  revalidateProgramme();
  return result;
});

export const cancelItemAction = defineAction({ permission: "programme.edit", schema: cancelItemSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const result = await cancelItem(db, actor, { ...input, summitId: summit.id });
  revalidateProgramme();
  return result;
});

/** What would follow a move and the conflicts it would leave; writes nothing. */
export const previewMoveAction = defineAction({ permission: "programme.edit", schema: moveItemSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  return previewMoveInFull(db, actor, { ...input, summitId: summit.id });
});

/** The edit form's preview: conflicts, the transfers that would follow, whether saving is refused. */
export const previewItemAction = defineAction({ permission: "programme.edit", schema: previewItemSchema }, async ({ db, actor, input }) => {
  await requireInCurrentSummit(db, actor, { summit: input.summitId });
  return previewItemSave(db, actor, input);
});
