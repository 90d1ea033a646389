"use server";
// Server actions for coverage rules: thin adapters from the gate to the mutations.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getCurrentSummit } from "@/lib/summits/queries";
import { createCoverageRule, deleteCoverageRule, updateCoverageRule } from "./mutations";
import { createCoverageRuleSchema, deleteCoverageRuleSchema, updateCoverageRuleSchema } from "./schema";

async function currentSummitId(db: DbOrTx): Promise<string> {
  const summit = await getCurrentSummit(db);
  if (!summit) throw new NotFoundError();
  return summit.id;
}

const revalidateCoverage = () => revalidatePath("/coverage", "layout");

export const createCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: createCoverageRuleSchema }, async ({ db, actor, input }) => {
  const rule = await createCoverageRule(db, actor, await currentSummitId(db), input);
  revalidateCoverage();
  return rule;
});

export const updateCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: updateCoverageRuleSchema }, async ({ db, actor, input }) => {
  const rule = await updateCoverageRule(db, actor, await currentSummitId(db), input);
  revalidateCoverage();
  return rule;
});

export const deleteCoverageRuleAction = defineAction({ permission: "tasks.edit", schema: deleteCoverageRuleSchema }, async ({ db, actor, input }) => {
  await deleteCoverageRule(db, actor, await currentSummitId(db), input);
  revalidateCoverage();
  return null;
});
