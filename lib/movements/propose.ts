// Transfers proposed from a delegation's itinerary: wherever two consecutive items of its
// principal's day are at different places, and from the hotel to the day's first item and back
// after its last. Pure: the caller loads the items, the hotel and the travel times.
import { isoDayOf } from "@/lib/time";

export interface ItineraryStop {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** null: no known place; such items are skipped. */
  venueId: string | null;
}

export interface TravelLeg {
  fromVenueId: string;
  toVenueId: string;
  minutes: number;
}

export interface TransferProposal {
  fromVenueId: string;
  toVenueId: string;
  startsAt: Date;
  endsAt: Date;
  /** The item left, or null when leaving the hotel. */
  fromItemId: string | null;
  /** The item reached, or null when going back to the hotel. */
  toItemId: string | null;
  /** false when no travel time is recorded either way and DEFAULT_TRAVEL_MINUTES was assumed. */
  travelTimeKnown: boolean;
}

export interface ProposeInput {
  items: readonly ItineraryStop[];
  hotelVenueId: string | null;
  travelTimes: readonly TravelLeg[];
  timeZone: string;
  /** The delegation's transfers already planned: a proposal close to one of these is left out. */
  existing?: readonly { fromVenueId: string | null; toVenueId: string | null; startsAt: Date }[];
}

export const DEFAULT_TRAVEL_MINUTES = 30;
/** How far outside the gap between two items a planned transfer still counts as making that hop. */
export const SAME_TRANSFER_MINUTES = 60;

const MINUTE = 60_000;

function minutesBetween(legs: readonly TravelLeg[], from: string, to: string): number | undefined {
  return (
    legs.find((l) => l.fromVenueId === from && l.toVenueId === to)?.minutes ??
    legs.find((l) => l.fromVenueId === to && l.toVenueId === from)?.minutes
  );
}

type Stop = { item: ItineraryStop | null; venueId: string };

export function proposeTransfers(input: ProposeInput): TransferProposal[] {
  const placed = input.items
    .filter((i): i is ItineraryStop & { venueId: string } => i.venueId !== null)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime());
  const days = new Map<string, Stop[]>();
  for (const item of placed) {
    const day = isoDayOf(item.startsAt, input.timeZone);
    const stops = days.get(day) ?? [];
    stops.push({ item, venueId: item.venueId });
    days.set(day, stops);
  }

  const proposals: (TransferProposal & { latest: Date })[] = [];
  for (const stops of days.values()) {
    const hotel = input.hotelVenueId;
    const route: Stop[] = hotel ? [{ item: null, venueId: hotel }, ...stops, { item: null, venueId: hotel }] : stops;
    for (let i = 1; i < route.length; i++) {
      const from = route[i - 1];
      const to = route[i];
      if (from.venueId === to.venueId) continue;
      const known = minutesBetween(input.travelTimes, from.venueId, to.venueId);
      const minutes = known ?? DEFAULT_TRAVEL_MINUTES;
      // From the hotel: arrive as the item starts. Otherwise: leave as the item ends.
      const startsAt = from.item ? from.item.endsAt : new Date(to.item!.startsAt.getTime() - minutes * MINUTE);
      proposals.push({
        fromVenueId: from.venueId,
        toVenueId: to.venueId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * MINUTE),
        fromItemId: from.item?.id ?? null,
        toItemId: to.item?.id ?? null,
        travelTimeKnown: known !== undefined,
        // The latest a transfer for this hop could leave: as the next item starts.
        latest: to.item ? to.item.startsAt : startsAt,
      });
    }
  }

  // A planned transfer on the same route, leaving anywhere between the two items (give or take
  // SAME_TRANSFER_MINUTES), already makes this hop.
  const planned = input.existing ?? [];
  const slack = SAME_TRANSFER_MINUTES * MINUTE;
  return proposals
    .filter(
      (p) =>
        !planned.some(
          (e) =>
            e.fromVenueId === p.fromVenueId &&
            e.toVenueId === p.toVenueId &&
            e.startsAt.getTime() >= p.startsAt.getTime() - slack &&
            e.startsAt.getTime() <= p.latest.getTime() + slack,
        ),
    )
    .map(({ latest, ...proposal }) => {
      void latest;
      return proposal;
    });
}
