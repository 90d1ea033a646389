"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { saveSpace, saveTravelMatrix, saveVenue } from "./mutations";
import { spaceSchema, travelMatrixSchema, venueSchema } from "./schema";

export const saveVenueAction = defineAction({ permission: "programme.edit", schema: venueSchema }, async ({ db, actor, input }) => {
  const venue = await saveVenue(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidatePath("/venues");
  return venue;
});

export const saveSpaceAction = defineAction({ permission: "programme.edit", schema: spaceSchema }, async ({ db, actor, input }) => {
  const space = await saveSpace(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidatePath("/venues");
  return space;
});

export const saveTravelMatrixAction = defineAction({ permission: "programme.edit", schema: travelMatrixSchema }, async ({ db, actor, input }) => {
  await saveTravelMatrix(db, actor, { ...input, summitId: (await requireCurrentSummit(db, actor)).id });
  revalidatePath("/venues");
  return null;
});
