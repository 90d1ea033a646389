"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { saveDelegation, saveMember } from "./mutations";
import { delegationSchema, memberSchema } from "./schema";

export const saveDelegationAction = defineAction({ permission: "programme.edit", schema: delegationSchema }, async ({ db, actor, input }) => {
  const delegation = await saveDelegation(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidatePath("/delegations");
  return delegation;
});

export const saveMemberAction = defineAction({ permission: "programme.edit", schema: memberSchema }, async ({ db, actor, input }) => {
  const member = await saveMember(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidatePath(`/delegations/${input.delegationId}`);
  return member;
});
