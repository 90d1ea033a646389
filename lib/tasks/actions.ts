"use server";
// Server actions for agency tasks: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { acknowledgeTaskChanges, createTask, deleteTask, updateTask, updateTaskStatus } from "./mutations";
import { acknowledgeTaskChangesSchema, createTaskSchema, deleteTaskSchema, taskStatusSchema, updateTaskSchema } from "./schema";

function revalidateTaskPages() {
  revalidatePath("/tasks", "layout");
  revalidatePath("/coverage", "layout");
}

export const createTaskAction = defineAction({ permission: "tasks.edit", schema: createTaskSchema }, async ({ db, actor, input }) => {
  const task = await createTask(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateTaskPages();
  return task;
});

export const updateTaskAction = defineAction({ permission: "tasks.edit", schema: updateTaskSchema }, async ({ db, actor, input }) => {
  const task = await updateTask(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateTaskPages();
  return task;
});

export const deleteTaskAction = defineAction({ permission: "tasks.edit", schema: deleteTaskSchema }, async ({ db, actor, input }) => {
  await deleteTask(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateTaskPages();
  return null;
});

export const updateTaskStatusAction = defineAction({ permission: "tasks.updateStatus", schema: taskStatusSchema }, async ({ db, actor, input }) => {
  const result = await updateTaskStatus(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateTaskPages();
  return result;
});

export const acknowledgeTaskChangesAction = defineAction(
  { permission: "tasks.acknowledge", schema: acknowledgeTaskChangesSchema },
  async ({ db, actor, input }) => {
    const { acknowledgedAt } = await acknowledgeTaskChanges(db, actor, input);
    revalidatePath("/tasks", "layout");
    return { acknowledgedAt: acknowledgedAt.toISOString() };
  },
);
