// Transfers proposed from a delegation's itinerary: wherever two consecutive items of its
// principal's day are at different places, and from the hotel to the day's first item and back
// after its last. The party's flights bound each day: on the day it lands, the first hop leaves
// the airport once the party is through it (never the hotel before the plane is down); on the day
// it flies home, the last hop goes to the departure airport; items before landing or after
// take-off are not travelled to. Pure: the caller loads the items, flights, hotel and travel times.
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

/** A landing (ready to leave the airport at `readyAt`) or a take-off (at `at`). */
export interface Flight {
  venueId: string;
  /** Arrivals: when the party has cleared the airport (the movement's end, else its start). */
  readyAt?: Date;
  /** Departures: the flight's time. */
  at?: Date;
}

export interface ProposeInput {
  items: readonly ItineraryStop[];
  hotelVenueId: string | null;
  /** The delegation's landings and take-offs (none known: the party is in town all along). */
  arrivals?: readonly Flight[];
  departures?: readonly Flight[];
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

/** A place on the day's route: an item, the hotel, or an airport (`readyAt`: a landing; `flightAt`: a take-off). */
type Stop = { item: ItineraryStop | null; venueId: string; readyAt?: Date; flightAt?: Date };

export function proposeTransfers(input: ProposeInput): TransferProposal[] {
  const tz = input.timeZone;
  const landings = (input.arrivals ?? []).filter((f): f is Flight & { readyAt: Date } => f.readyAt !== undefined);
  const takeOffs = (input.departures ?? []).filter((f): f is Flight & { at: Date } => f.at !== undefined);
  const firstLanding = landings.reduce<number>((min, f) => Math.min(min, f.readyAt.getTime()), Infinity);
  const lastTakeOff = takeOffs.reduce<number>((max, f) => Math.max(max, f.at.getTime()), -Infinity);
  const placed = input.items
    .filter((i): i is ItineraryStop & { venueId: string } => i.venueId !== null)
    // Not before the party is there, not after it has gone.
    .filter((i) => (landings.length === 0 || i.startsAt.getTime() >= firstLanding) && (takeOffs.length === 0 || i.endsAt.getTime() <= lastTakeOff))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime());
  const days = new Map<string, Stop[]>();
  for (const item of placed) {
    const day = isoDayOf(item.startsAt, tz);
    const stops = days.get(day) ?? [];
    stops.push({ item, venueId: item.venueId });
    days.set(day, stops);
  }

  const proposals: (TransferProposal & { latest: Date })[] = [];
  for (const [day, stops] of days) {
    const hotel = input.hotelVenueId;
    // The day begins at the airport when the party lands that day, else at the hotel; it ends at
    // the airport when the party flies home that day after its last item, else at the hotel.
    const landing = landings.filter((f) => isoDayOf(f.readyAt, tz) === day && f.readyAt <= stops[0].item!.startsAt).sort((a, b) => b.readyAt.getTime() - a.readyAt.getTime())[0];
    const lastEnd = stops[stops.length - 1].item!.endsAt;
    const takeOff = takeOffs.filter((f) => isoDayOf(f.at, tz) === day && f.at >= lastEnd).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    const first: Stop | null = landing ? { item: null, venueId: landing.venueId, readyAt: landing.readyAt } : hotel ? { item: null, venueId: hotel } : null;
    const last: Stop | null = takeOff ? { item: null, venueId: takeOff.venueId, flightAt: takeOff.at } : hotel ? { item: null, venueId: hotel } : null;
    const route: Stop[] = [...(first ? [first] : []), ...stops, ...(last ? [last] : [])];
    for (let i = 1; i < route.length; i++) {
      const from = route[i - 1];
      const to = route[i];
      if (from.venueId === to.venueId) continue;
      const known = minutesBetween(input.travelTimes, from.venueId, to.venueId);
      const minutes = known ?? DEFAULT_TRAVEL_MINUTES;
      // Leave as the item ends, or as the party clears the airport; from the hotel, arrive as the item starts.
      const startsAt = from.item ? from.item.endsAt : from.readyAt ? from.readyAt : new Date(to.item!.startsAt.getTime() - minutes * MINUTE);
      proposals.push({
        fromVenueId: from.venueId,
        toVenueId: to.venueId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * MINUTE),
        fromItemId: from.item?.id ?? null,
        toItemId: to.item?.id ?? null,
        travelTimeKnown: known !== undefined,
        // The latest a transfer for this hop could leave: as the next item starts (or the flight).
        latest: to.item ? to.item.startsAt : to.flightAt ?? startsAt,
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
