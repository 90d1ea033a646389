// The bilateral slot finder: where and when can these people meet for this long?
//
// Rather than testing every candidate start against every item, it works on sets of possible
// starts (free-intervals.ts). Per candidate venue (travel time depends on it): each participant's
// blocked starts (items widened by the travel they need, delegation stay) are removed from the
// window; what is left is intersected across participants; per space its bookings and closed hours
// are removed; only then are the grid starts inside the remaining spans enumerated. The cost is
// O(venues × (participants × items log items + spaces × bookings)) plus the candidates themselves.
import { englishPhrase } from "@/lib/i18n";
import { explainNoSlotPhrases, type VenueAvailability } from "./explain-no-slot";
import { gridPointsIn, intersectIntervals, normalizeIntervals, subtractIntervals, type Interval } from "./free-intervals";
import { blockedStarts, buildTimeline, itemAfter, itemBefore, rideMinutes, type MemberTimeline } from "./member-timeline";
import { bookedStarts, dayOf, gridAnchor, localDays, makeOpeningSpans } from "./slot-calendar";
import { MS_PER_MINUTE, prepareSlotRequest, type NormalizedSlotRequest } from "./slot-request";
import type { Slot, SlotRequest, SlotSearchResult } from "./slot-types";
import type { SummitSnapshot, SummitSpace } from "./types";

interface Candidate {
  slot: Slot;
  spaceName: string;
}

// Plain code-unit order: the ranking must not depend on the server's locale.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareSpaces(a: SummitSpace, b: SummitSpace): number {
  // The smallest adequate room: keeps the big halls free for what needs them.
  return a.capacity - b.capacity || byText(a.name, b.name) || byText(a.id, b.id);
}

function totalTravel(r: NormalizedSlotRequest, timelines: readonly MemberTimeline[], venueId: string, start: number): number {
  let minutes = 0;
  for (const timeline of timelines) {
    const before = itemBefore(timeline, start);
    if (before !== -1) minutes += rideMinutes(r.ctx, timeline.venueIds[before], venueId);
    const after = itemAfter(timeline, start + r.durationMs);
    if (after !== -1) minutes += rideMinutes(r.ctx, venueId, timeline.startVenueIds[after]);
  }
  return minutes;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(b.slot.preferred) - Number(a.slot.preferred) ||
    a.slot.travelMinutes - b.slot.travelMinutes ||
    a.slot.startsAt.getTime() - b.slot.startsAt.getTime() ||
    byText(a.spaceName, b.spaceName) ||
    byText(a.slot.spaceId, b.slot.spaceId)
  );
}

export function findSlots(snapshot: SummitSnapshot, request: SlotRequest): SlotSearchResult {
  const prepared = prepareSlotRequest(snapshot, request);
  if (!prepared.ok) return { slots: [], explanation: prepared.errors.map((e) => englishPhrase(e)), said: prepared.errors };
  const r = prepared.request;
  const { ctx } = r;
  const timeZone = snapshot.timeZone;

  // Starts s with the whole slot [s, s + d) inside [earliest, latest].
  const window: Interval[] = [[r.earliest, r.latest - r.durationMs + 1]];
  const days = localDays(r.earliest, r.latest - r.durationMs, timeZone);
  const anchor = gridAnchor(r.earliest, r.stepMinutes, timeZone);
  const step = r.stepMinutes * MS_PER_MINUTE;
  const openingSpans = makeOpeningSpans(days, r.durationMs, timeZone);
  const timelines = r.members.map((member) => buildTimeline(ctx, member));

  const candidates: Candidate[] = [];
  const venues: VenueAvailability[] = [];
  for (const venue of snapshot.venues) {
    if (r.venueId !== undefined && venue.id !== r.venueId) continue;
    const spaces = snapshot.spaces.filter((s) => s.venueId === venue.id && s.capacity >= r.minCapacity).sort(compareSpaces);
    if (spaces.length === 0) continue;

    let together: Interval[] = window;
    for (const timeline of timelines) {
      if (together.length === 0) break;
      together = subtractIntervals(together, blockedStarts(ctx, timeline, venue.id, r.durationMs));
    }
    venues.push({ venue, together });
    if (together.length === 0) continue;

    const taken = new Set<number>();
    for (const space of spaces) {
      const open = intersectIntervals(together, normalizeIntervals(openingSpans(space)));
      const free = subtractIntervals(open, normalizeIntervals(bookedStarts(ctx, space.id, r.durationMs)));
      for (const start of gridPointsIn(free, anchor, step)) {
        // Spaces come smallest first, so the first one free at a start is the one to offer.
        if (taken.has(start)) continue;
        taken.add(start);
        candidates.push({
          spaceName: space.name,
          slot: {
            startsAt: new Date(start),
            endsAt: new Date(start + r.durationMs),
            spaceId: space.id,
            venueId: venue.id,
            travelMinutes: totalTravel(r, timelines, venue.id, start),
            preferred: r.preferredDays.has(dayOf(days, start).day),
          },
        });
      }
    }
  }

  if (candidates.length > 0) {
    candidates.sort(compareCandidates);
    return { slots: candidates.slice(0, r.limit).map((c) => c.slot), explanation: [], said: [] };
  }
  const said = explainNoSlotPhrases({ request: r, timelines, venues, days, anchor, step });
  return { slots: [], explanation: said.map(englishPhrase), said };
}
