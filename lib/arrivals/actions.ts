"use server";
// Server actions for arrivals: thin adapters from the gate to the mutations and the re-plan preview.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { applyReplan, generateArrivals, moveArrival, saveEntrance, savePrecedenceOrder, setArrivalTime, setPrecedenceRule } from "./mutations";
import { previewReplan } from "./queries";
import { entranceSchema, generateSequenceSchema, moveArrivalSchema, precedenceOrderSchema, precedenceRuleSchema, sequenceRefSchema, setArrivalTimeSchema } from "./schema";

function revalidateArrivalPages() {
  revalidatePath("/arrivals", "layout");
  revalidatePath("/movements", "layout");
  revalidatePath("/tasks", "layout");
  revalidatePath("/conflicts", "layout");
}

const permission = "arrivals.manage" as const;

export const setPrecedenceRuleAction = defineAction({ permission, schema: precedenceRuleSchema }, async ({ db, actor, input }) => {
  const saved = await setPrecedenceRule(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return { version: saved.version };
});

export const savePrecedenceOrderAction = defineAction({ permission, schema: precedenceOrderSchema }, async ({ db, actor, input }) => {
  const saved = await savePrecedenceOrder(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return { version: saved.version };
});

export const saveEntranceAction = defineAction({ permission, schema: entranceSchema }, async ({ db, actor, input }) => {
  const saved = await saveEntrance(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return saved;
});

export const generateArrivalsAction = defineAction({ permission, schema: generateSequenceSchema }, async ({ db, actor, input }) => {
  const saved = await generateArrivals(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return saved;
});

export const moveArrivalAction = defineAction({ permission, schema: moveArrivalSchema }, async ({ db, actor, input }) => {
  const saved = await moveArrival(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return saved;
});

export const setArrivalTimeAction = defineAction({ permission, schema: setArrivalTimeSchema }, async ({ db, actor, input }) => {
  const saved = await setArrivalTime(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return saved;
});

export const previewReplanAction = defineAction({ permission, schema: sequenceRefSchema }, async ({ db, actor, input }) => {
  const preview = await previewReplan(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  return { ...preview, changes: preview.changes.map((c) => ({ ...c, from: c.from.toISOString(), to: c.to.toISOString() })) };
});

export const applyReplanAction = defineAction({ permission, schema: sequenceRefSchema }, async ({ db, actor, input }) => {
  const saved = await applyReplan(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidateArrivalPages();
  return saved;
});
