import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getChangesSinceAck } from "@/lib/itinerary/changes";
import { getItinerary } from "@/lib/itinerary/queries";

/**
 * The page's scoped reads, shared by generateMetadata and the page (React cache), so the
 * <title> can only name a delegation the reader may open. Null means 404. The change list is
 * read alongside the itinerary, not after it; one person's view reads it once the person is known
 * (only the changes that concern them).
 */
export const loadItineraryPage = cache(async (delegationId: string, memberId: string | null) => {
  const db = getDb();
  // The reader's summit (getItinerary reads it) depends on who they are: read after the session.
  const actor = await requireActor("itinerary.read");
  try {
    if (!memberId) {
      const [itinerary, changes] = await Promise.all([getItinerary(db, actor, { delegationId }), getChangesSinceAck(db, actor, delegationId)]);
      return { actor, itinerary, changes };
    }
    const itinerary = await getItinerary(db, actor, { delegationId, memberId });
    const member = itinerary.member!;
    const changes = await getChangesSinceAck(db, actor, delegationId, { id: member.id, function: member.function, principal: itinerary.people[0]?.id === member.id });
    return { actor, itinerary, changes };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});
