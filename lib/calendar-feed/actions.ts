"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { createFeedToken, regenerateFeedToken, revokeFeedToken } from "./mutations";
import { ownFeedSchema } from "./schema";

// The secret is returned once, to the user who made it, and is never stored or logged.
export const createFeedTokenAction = defineAction({ permission: "calendarFeed.manage", schema: ownFeedSchema }, async ({ db, actor }) => {
  const feed = await createFeedToken(db, actor);
  revalidatePath("/account/calendar");
  return feed;
});

export const regenerateFeedTokenAction = defineAction({ permission: "calendarFeed.manage", schema: ownFeedSchema }, async ({ db, actor }) => {
  const feed = await regenerateFeedToken(db, actor);
  revalidatePath("/account/calendar");
  return feed;
});

export const revokeFeedTokenAction = defineAction({ permission: "calendarFeed.manage", schema: ownFeedSchema }, async ({ db, actor }) => {
  const result = await revokeFeedToken(db, actor);
  revalidatePath("/account/calendar");
  return result;
});
