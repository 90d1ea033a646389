"use server";
// Server actions for movements: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { addProposedTransfers, createMovement, deleteMovement, updateMovement } from "./mutations";
import { addProposedTransfersSchema, createMovementSchema, deleteMovementSchema, updateMovementSchema } from "./schema";

function revalidateMovementPages() {
  revalidatePath("/movements", "layout");
  revalidatePath("/coverage", "layout");
  revalidatePath("/tasks", "layout");
}

export const createMovementAction = defineAction({ permission: "movements.edit", schema: createMovementSchema }, async ({ db, actor, input }) => {
  const movement = await createMovement(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateMovementPages();
  return movement;
});

export const updateMovementAction = defineAction({ permission: "movements.edit", schema: updateMovementSchema }, async ({ db, actor, input }) => {
  const movement = await updateMovement(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateMovementPages();
  return movement;
});

export const deleteMovementAction = defineAction({ permission: "movements.edit", schema: deleteMovementSchema }, async ({ db, actor, input }) => {
  await deleteMovement(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateMovementPages();
  return null;
});

export const addProposedTransfersAction = defineAction({ permission: "movements.edit", schema: addProposedTransfersSchema }, async ({ db, actor, input }) => {
  const result = await addProposedTransfers(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateMovementPages();
  return result;
});
