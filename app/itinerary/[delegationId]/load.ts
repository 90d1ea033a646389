import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getItinerary } from "@/lib/itinerary/queries";

/**
 * The page's one scoped read, shared by generateMetadata and the page (React cache), so the
 * <title> can only name a delegation the reader may open. Null means 404.
 */
export const loadItineraryPage = cache(async (delegationId: string, memberId: string | null) => {
  const actor = await requireActor("itinerary.read");
  try {
    return { actor, itinerary: await getItinerary(getDb(), actor, { delegationId, memberId }) };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});
