// The calendar subscription: /feeds/<token>.ics, no session cookie. The token's user is loaded
// with loadActor (a deactivated user gets nothing) and the feed is built from the same scoped
// queries as the pages: a liaison's delegation itineraries, an agency's task items, the public
// programme for a viewer, the whole programme for staff. Items that left that calendar since the
// reader saw them are carried as cancelled while the summit lasts (lib/itinerary/vanished.ts).
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/session";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { readerScope } from "@/lib/exports/load";
import { safeFileStem } from "@/lib/exports/text";
import type { ExportDocument } from "@/lib/exports/types";
import { byTime } from "@/lib/itinerary/entries";
import { getProgramme } from "@/lib/itinerary/programme";
import { getItinerary } from "@/lib/itinerary/queries";
import { findVanishedItems, type VanishedQuery } from "@/lib/itinerary/vanished";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import type { Entry } from "@/lib/itinerary/types";
import { hashToken, TOKEN_PATTERN } from "./token";

/** The live token's user as an actor, or null (unknown, revoked, malformed, deactivated). */
export async function actorForToken(db: DbOrTx, token: string): Promise<Actor | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.calendarToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  const actor = await loadActor(db, row.userId);
  // A pending password change means the account was reset (perhaps compromised): no feed until then.
  return actor && !actor.mustChangePassword && can(actor, "exports.read") ? actor : null;
}

async function feedEntries(db: DbOrTx, actor: Actor): Promise<Entry[]> {
  if (isStaff(actor)) return (await getProgramme(db, actor)).entries;
  if (actor.role === "LIAISON") {
    const seen = new Map<string, Entry>();
    // In a fixed order, so an item of two of the liaison's delegations lists the same attendees in every feed.
    for (const delegationId of [...actor.delegationIds].sort()) {
      const itinerary = await getItinerary(db, actor, { delegationId }).catch((error: unknown) => {
        // An assignment to a delegation of another summit adds nothing to this one's feed.
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!itinerary) continue;
      for (const entry of itinerary.entries) {
        const first = seen.get(entry.id);
        if (!first) seen.set(entry.id, entry);
        // An item two of the liaison's delegations attend: each one's own arrival, in the same order.
        else if (first.source === "item" && entry.source === "item" && entry.arrivals) seen.set(entry.id, { ...first, arrivals: [...(first.arrivals ?? []), ...entry.arrivals] });
      }
    }
    return [...seen.values()].sort(byTime);
  }
  if (actor.role === "AGENCY") return (await getProgramme(db, actor, { ownTasksOnly: true })).entries;
  return (await getProgramme(db, actor)).entries;
}

/** The calendar's scope for its vanished items: a liaison's delegations, an agency's own tasks, else the reader's programme. */
function feedScope(actor: Actor): Pick<VanishedQuery, "delegationIds" | "ownTasksOnly"> {
  if (isStaff(actor)) return { delegationIds: null };
  if (actor.role === "LIAISON") return { delegationIds: actor.delegationIds };
  return { delegationIds: null, ownTasksOnly: actor.role === "AGENCY" };
}

/** The feed as an export document (rendered with renderIcs). */
export async function loadFeedDocument(db: DbOrTx, actor: Actor, now = new Date()): Promise<ExportDocument> {
  const summit = await requireCurrentSummit(db, actor);
  const entries = await feedEntries(db, actor);
  return {
    summitName: summit.name,
    timeZone: summit.timeZone,
    heading: { kind: "feed" },
    day: null,
    homeTimeZone: null,
    scope: await readerScope(db, actor, summit.id),
    generatedAt: now,
    entries,
    vanished: await findVanishedItems(db, actor, { summit, now, ...feedScope(actor) }),
    showAttendees: actor.role === "LIAISON",
    // Never in a feed, even for staff: its address is a bearer secret that calendar services store.
    showStaffNotes: false,
    fileStem: safeFileStem(["summit-calendar"]),
  };
}
