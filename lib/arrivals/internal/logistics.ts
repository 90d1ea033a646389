// Where each party's motorcade leaves from and when: from the place of the principal's previous
// commitment that day (an item elsewhere, or the airport the party landed at), else from the
// party's hotel, leaving the travel time before its arrival at the entrance. A party with nowhere
// to leave from, or no travel time on its route, is named; nothing is guessed. Pure.
import { phraseText } from "@/lib/i18n";
import { phrase } from "@/lib/i18n/conflict-phrases";
import type { ErrorsText } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";
import { isoDayOf } from "@/lib/time";

export type Commitment = {
  /** The item, or null for a landing. */
  itemId: string | null;
  title: string;
  venueId: string | null;
  startsAt: Date;
  endsAt: Date;
};

export type PartyPlace = {
  delegationId: string;
  name: string;
  hotelVenueId: string | null;
  /** The principal's other items and the party's landings, in any order. */
  commitments: readonly Commitment[];
};

export type Leg = { fromVenueId: string; toVenueId: string; minutes: number };

export type Motorcade = {
  delegationId: string;
  fromVenueId: string;
  /** The commitment left from, or null when leaving the hotel. */
  from: Commitment | null;
  departsAt: Date;
  arrivesAt: Date;
  travelMinutes: number;
};

/** A party's motorcade that cannot be planned, worded in a dictionary of refusals (`worded`). */
export type MotorcadeProblem = { delegationId: string; say: (t: ErrorsText, lang: Lang) => string };

const MINUTE = 60_000;

export function travelMinutesBetween(legs: readonly Leg[], from: string, to: string): number | undefined {
  if (from === to) return 0;
  return legs.find((l) => l.fromVenueId === from && l.toVenueId === to)?.minutes ?? legs.find((l) => l.fromVenueId === to && l.toVenueId === from)?.minutes;
}

/** The principal's last commitment that day beginning before the arrival (the one they come from). */
export function previousCommitment(commitments: readonly Commitment[], arrivesAt: Date, timeZone: string): Commitment | null {
  const day = isoDayOf(arrivesAt, timeZone);
  return (
    commitments
      .filter((c) => c.venueId !== null && c.startsAt < arrivesAt && isoDayOf(c.endsAt, timeZone) === day)
      .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime() || b.startsAt.getTime() - a.startsAt.getTime())[0] ?? null
  );
}

/**
 * Where the party comes from: its previous commitment that day, except a landing with time to
 * pass the hotel first (the party is driven to its hotel after the airport, as usual).
 */
export function originOf(party: PartyPlace, arrivesAt: Date, destinationVenueId: string, legs: readonly Leg[], timeZone: string): Commitment | null {
  const from = previousCommitment(party.commitments, arrivesAt, timeZone);
  if (!from || from.itemId !== null || !party.hotelVenueId || !from.venueId) return from;
  const toHotel = travelMinutesBetween(legs, from.venueId, party.hotelVenueId);
  const onwards = travelMinutesBetween(legs, party.hotelVenueId, destinationVenueId);
  if (toHotel === undefined || onwards === undefined) return from;
  return from.endsAt.getTime() + (toHotel + onwards) * MINUTE <= arrivesAt.getTime() ? null : from;
}

export function planMotorcades(
  parties: readonly (PartyPlace & { arrivesAt: Date })[],
  destination: { venueId: string; venueName: string },
  legs: readonly Leg[],
  venueNames: ReadonlyMap<string, string>,
  timeZone: string,
): { motorcades: Motorcade[]; problems: MotorcadeProblem[]; onSite: string[] } {
  const motorcades: Motorcade[] = [];
  const problems: MotorcadeProblem[] = [];
  // Parties already at the venue (a meeting there before) walk to the door: no motorcade.
  const onSite: string[] = [];
  const nameOf = (id: string, lang: Lang) => venueNames.get(id) ?? phraseText(phrase("unknownPlace"), lang);
  for (const party of parties) {
    const from = originOf(party, party.arrivesAt, destination.venueId, legs, timeZone);
    const fromVenueId = from?.venueId ?? party.hotelVenueId;
    if (!fromVenueId) {
      problems.push({ delegationId: party.delegationId, say: (t) => t.noPlaceToLeaveFrom(party.name) });
      continue;
    }
    if (fromVenueId === destination.venueId) {
      onSite.push(party.delegationId);
      continue;
    }
    const minutes = travelMinutesBetween(legs, fromVenueId, destination.venueId);
    if (minutes === undefined) {
      problems.push({ delegationId: party.delegationId, say: (t, lang) => t.noTravelTimeFor(nameOf(fromVenueId, lang), destination.venueName, party.name) });
      continue;
    }
    motorcades.push({
      delegationId: party.delegationId,
      fromVenueId,
      from,
      departsAt: new Date(party.arrivesAt.getTime() - minutes * MINUTE),
      arrivesAt: party.arrivesAt,
      travelMinutes: minutes,
    });
  }
  return { motorcades, problems, onSite };
}

/**
 * The earliest a party can be at the door, in minutes from the item's start: the end of the
 * commitment it comes from (an overrunning meeting) or of its landing that day (a late flight),
 * plus the travel from there. Used to re-plan after a delay; undefined: nothing holds it up.
 */
export function earliestOffset(party: PartyPlace, plannedArrival: Date, itemStartsAt: Date, destinationVenueId: string, legs: readonly Leg[], timeZone: string): number | undefined {
  const day = isoDayOf(plannedArrival, timeZone);
  const previous = previousCommitment(party.commitments, plannedArrival, timeZone);
  const landings = party.commitments.filter((c) => c.itemId === null && c.venueId !== null && isoDayOf(c.endsAt, timeZone) === day);
  let earliest: number | undefined;
  for (const c of previous ? [previous, ...landings] : landings) {
    const minutes = travelMinutesBetween(legs, c.venueId!, destinationVenueId) ?? 0;
    const at = Math.ceil((c.endsAt.getTime() + minutes * MINUTE - itemStartsAt.getTime()) / MINUTE);
    earliest = earliest === undefined ? at : Math.max(earliest, at);
  }
  return earliest;
}
