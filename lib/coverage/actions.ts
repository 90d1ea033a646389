"use server";
// Server actions for coverage rules: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { createCoverageRule, deleteCoverageRule, updateCoverageRule } from "./mutations";
import { createCoverageRuleSchema, deleteCoverageRuleSchema, updateCoverageRuleSchema } from "./schema";

const revalidateCoverage = () => revalidatePath("/coverage", "layout");

export const createCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: createCoverageRuleSchema }, async ({ db, actor, input }) => {
  const rule = await createCoverageRule(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateCoverage();
  return rule;
});

export const updateCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: updateCoverageRuleSchema }, async ({ db, actor, input }) => {
  const rule = await updateCoverageRule(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateCoverage();
  return rule;
});

export const deleteCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: deleteCoverageRuleSchema }, async ({ db, actor, input }) => {
  await deleteCoverageRule(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateCoverage();
  return null;
});
