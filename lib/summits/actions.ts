"use server";
// Server actions for summits: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/auth/gate";
import { archiveSummit, chooseSummit, createSummit, restoreSummit, updateSummit } from "./mutations";
import { chooseSummitSchema, createSummitSchema, summitRefSchema, updateSummitSchema } from "./schema";

function revalidateSummits() {
  revalidatePath("/admin/summits", "layout");
  // The header names the summit on every page.
  revalidatePath("/", "layout");
}

export const createSummitAction = defineAction({ permission: "summits.manage", schema: createSummitSchema }, async ({ db, actor, input }) => {
  const created = await createSummit(db, actor, input);
  revalidateSummits();
  return created;
});

export const updateSummitAction = defineAction({ permission: "summits.manage", schema: updateSummitSchema }, async ({ db, actor, input }) => {
  const updated = await updateSummit(db, actor, input);
  revalidateSummits();
  return updated;
});

export const archiveSummitAction = defineAction({ permission: "summits.manage", schema: summitRefSchema }, async ({ db, actor, input }) => {
  const result = await archiveSummit(db, actor, input);
  revalidateSummits();
  return { archivedAt: result.archivedAt?.toISOString() ?? null };
});

export const restoreSummitAction = defineAction({ permission: "summits.manage", schema: summitRefSchema }, async ({ db, actor, input }) => {
  const result = await restoreSummit(db, actor, input);
  revalidateSummits();
  return { archivedAt: result.archivedAt?.toISOString() ?? null };
});

export const chooseSummitAction = defineAction({ permission: "summits.choose", schema: chooseSummitSchema }, async ({ db, actor, input }) => {
  const chosen = await chooseSummit(db, actor, input);
  revalidatePath("/", "layout");
  return chosen;
});

// Where the switcher may send its user back to: a section of the app ("/programme",
// "/admin/summits"), never a row of the summit just left, nor another site.
const SECTION = /^\/[a-z]+(\/[a-z]+)?$/;

/**
 * The header's switcher, a plain form that works without JavaScript: store the choice (through
 * the gate, as chooseSummitAction), then open the same section of the app in the chosen summit.
 * A refused choice changes nothing and lands in the same place.
 */
export async function chooseSummitFromForm(form: FormData): Promise<void> {
  const summitId = form.get("summitId");
  const returnTo = form.get("returnTo");
  await chooseSummitAction({ summitId: typeof summitId === "string" ? summitId : "" });
  redirect(typeof returnTo === "string" && SECTION.test(returnTo) ? returnTo : "/");
}
