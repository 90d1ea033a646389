"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { acknowledgeChanges } from "./mutations";
import { acknowledgeSchema } from "./schema";

export const acknowledgeChangesAction = defineAction(
  { permission: "itinerary.acknowledge", schema: acknowledgeSchema },
  async ({ db, actor, input }) => {
    const { acknowledgedAt } = await acknowledgeChanges(db, actor, input);
    revalidatePath("/itinerary", "layout");
    return { acknowledgedAt: acknowledgedAt.toISOString() };
  },
);
