"use server";
// Server actions for the administrators' agency pages: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { createAgency, setAgencyActive, updateAgency } from "./mutations";
import { createAgencySchema, setAgencyActiveSchema, updateAgencySchema } from "./schema";

// An agency's name and state show on the task pages (the task form's list of agencies) and in
// the user admin's agency choice, besides the agency pages.
function revalidateAgencyPages() {
  revalidatePath("/admin", "layout");
  revalidatePath("/tasks", "layout");
}

export const createAgencyAction = defineAction({ permission: "agencies.manage", schema: createAgencySchema }, async ({ db, actor, input }) => {
  const agency = await createAgency(db, actor, input);
  revalidateAgencyPages();
  return agency;
});

export const updateAgencyAction = defineAction({ permission: "agencies.manage", schema: updateAgencySchema }, async ({ db, actor, input }) => {
  const agency = await updateAgency(db, actor, input);
  revalidateAgencyPages();
  return agency;
});

export const setAgencyActiveAction = defineAction({ permission: "agencies.manage", schema: setAgencyActiveSchema }, async ({ db, actor, input }) => {
  const { id, deactivatedAt } = await setAgencyActive(db, actor, input);
  revalidateAgencyPages();
  return { id, deactivatedAt: deactivatedAt?.toISOString() ?? null };
});
