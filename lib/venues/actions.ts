"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { saveSpace, saveTravelMatrix, saveVenue } from "./mutations";
import { spaceSchema, travelMatrixSchema, venueSchema } from "./schema";

export const saveVenueAction = defineAction({ permission: "programme.edit", schema: venueSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const venue = await saveVenue(db, actor, summit.id, input);
  revalidatePath("/venues");
  return venue;
});

export const saveSpaceAction = defineAction({ permission: "programme.edit", schema: spaceSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  const space = await saveSpace(db, actor, summit.id, input);
  revalidatePath("/venues");
  return space;
});

export const saveTravelMatrixAction = defineAction({ permission: "programme.edit", schema: travelMatrixSchema }, async ({ db, actor, input }) => {
  const summit = await requireCurrentSummit(db, actor);
  await saveTravelMatrix(db, actor, summit.id, input);
  revalidatePath("/venues");
  return null;
});
