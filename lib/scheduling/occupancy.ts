// Movements occupy people. A principal is not free while landing, riding in a motorcade or leaving:
// every rule that asks "where is this person, and can they get there?" sees arrivals, departures
// and transfers beside the items they attend. Each movement becomes an occupation — an entry in
// the member's list with `movement` set — that starts at one place and ends at another:
//
//   arrival    [lands, endsAt (ground time done)]   at the airport; then travel from there
//   transfer   [leaves, arrives]                     from its origin to its destination
//   departure  [flight, flight]                      at the airport; travel there comes before it
//
// Who a movement carries: an arrival or departure the whole delegation (the party flies
// together); a transfer the delegation's principal(s), or, when its principal level names another
// function (a foreign minister's own motorcade), the most senior member of that function.
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { formatTime, type Span } from "@/lib/time";

import type {
  DelegationStay,
  StayBound,
  SummitDelegation,
  SummitItem,
  SummitMember,
  SummitMovement,
  SummitSnapshot,
  SummitVenue,
} from "./types";

const HEAD = "HEAD_OF_STATE_OR_GOVERNMENT";

function venueName(venues: ReadonlyMap<string, SummitVenue>, id: string | null | undefined): string | Phrase {
  return (id && venues.get(id)?.name) || phrase("unknownPlace");
}

/** The phrase of a movement's title, in any language (lib/i18n/conflict-phrases.ts). */
export function movementTitlePhrase(
  movement: SummitMovement,
  delegation: SummitDelegation | undefined,
  venues: ReadonlyMap<string, SummitVenue>,
): Phrase {
  const who = delegation?.name ?? phrase("aDelegation");
  const place = (id: string | null | undefined) => (id && venues.get(id)?.name) || phrase("unknownPlace");
  switch (movement.kind) {
    case "ARRIVAL":
      return movement.flight ? phrase("arrivalOfWithFlight", who, place(movement.toVenueId), movement.flight) : phrase("arrivalOf", who, place(movement.toVenueId));
    case "DEPARTURE":
      return movement.flight
        ? phrase("departureOfWithFlight", who, place(movement.fromVenueId), movement.flight)
        : phrase("departureOf", who, place(movement.fromVenueId));
    default:
      return phrase("transferOf", who, place(movement.fromVenueId), place(movement.toVenueId));
  }
}

/** "Arrival of Belgium at Rotterdam The Hague Airport (BEL001)", "Transfer of Belgium: Hilton → Huis ten Bosch". */
export function movementTitle(
  movement: SummitMovement,
  delegation: SummitDelegation | undefined,
  venues: ReadonlyMap<string, SummitVenue>,
): string {
  return englishPhrase(movementTitlePhrase(movement, delegation, venues));
}

/** The movement's occupied span: departures last no time (the flight leaves), unknown ends neither. */
function span(movement: SummitMovement): Span {
  const end = movement.kind === "DEPARTURE" || movement.endsAt === null ? movement.startsAt : movement.endsAt;
  return { startsAt: movement.startsAt, endsAt: end < movement.startsAt ? movement.startsAt : end };
}

export function movementOccupation(
  movement: SummitMovement,
  delegation: SummitDelegation | undefined,
  venues: ReadonlyMap<string, SummitVenue>,
): SummitItem {
  const times = span(movement);
  const titlePhrase = movementTitlePhrase(movement, delegation, venues);
  return {
    id: movement.id,
    title: englishPhrase(titlePhrase),
    titlePhrase,
    kind: movement.kind,
    status: "CONFIRMED",
    ...times,
    startMs: times.startsAt.getTime(),
    endMs: times.endsAt.getTime(),
    spaceId: null,
    delegationIds: [],
    memberIds: [],
    movement,
  };
}

/** Where a person must be to begin the occupation (undefined: unknown, not judged). */
export function startPlace(movement: SummitMovement): string | undefined {
  const place = movement.kind === "ARRIVAL" ? movement.toVenueId : movement.fromVenueId;
  return place ?? undefined;
}

/** Where a person is when the occupation ends. */
export function endPlace(movement: SummitMovement): string | undefined {
  const place = movement.kind === "DEPARTURE" ? movement.fromVenueId : movement.toVenueId;
  return place ?? undefined;
}

/** The members a movement carries (see the file comment), most senior first. */
export function carriedMembers(movement: SummitMovement, delegationMembers: readonly SummitMember[]): SummitMember[] {
  if (movement.kind !== "TRANSFER") return [...delegationMembers];
  const principals = delegationMembers.filter((m) => m.isPrincipal);
  const level = movement.principalLevel;
  if (!level || level === HEAD || principals.some((p) => p.function === level)) return principals;
  const ofLevel = delegationMembers
    .filter((m) => m.function === level)
    .sort((a, b) => (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ofLevel.length > 0 ? [ofLevel[0]] : principals;
}

function later(a: StayBound | null, b: StayBound | null): StayBound | null {
  if (!a) return b;
  if (!b) return a;
  // On a tie the flight wins: it names what bounds the stay.
  return b.at >= a.at ? b : a;
}

function earlier(a: StayBound | null, b: StayBound | null): StayBound | null {
  if (!a) return b;
  if (!b) return a;
  return b.at <= a.at ? b : a;
}

/**
 * When each delegation can first and last be anywhere. Its recorded dates and its flights both
 * bound the stay and the stricter one wins: the first landing, not a date typed before the flight
 * was known; the last take-off.
 */
export function delegationStays(snapshot: SummitSnapshot, venues: ReadonlyMap<string, SummitVenue>): Map<string, DelegationStay> {
  const stays = new Map<string, DelegationStay>();
  for (const d of snapshot.delegations) {
    stays.set(d.id, {
      arrives: d.arrivesAt ? { at: d.arrivesAt } : null,
      departs: d.departsAt ? { at: d.departsAt } : null,
    });
  }
  const firstLanding = new Map<string, StayBound>();
  const lastTakeOff = new Map<string, StayBound>();
  const tz = snapshot.timeZone;
  for (const m of snapshot.movements ?? []) {
    if (m.kind === "ARRIVAL") {
      const place = venueName(venues, m.toVenueId);
      const time = formatTime(m.startsAt, tz);
      const said = m.flight ? phrase("landsAtWithFlight", place, time, m.flight) : phrase("landsAt", place, time);
      const bound = { at: m.startsAt, movement: { id: m.id, text: englishPhrase(said), phrase: said } };
      const known = firstLanding.get(m.delegationId);
      if (!known || bound.at < known.at) firstLanding.set(m.delegationId, bound);
    } else if (m.kind === "DEPARTURE") {
      const place = venueName(venues, m.fromVenueId);
      const time = formatTime(m.startsAt, tz);
      const said = m.flight ? phrase("leavesFromWithFlight", place, time, m.flight) : phrase("leavesFrom", place, time);
      const bound = { at: m.startsAt, movement: { id: m.id, text: englishPhrase(said), phrase: said } };
      const known = lastTakeOff.get(m.delegationId);
      if (!known || bound.at > known.at) lastTakeOff.set(m.delegationId, bound);
    }
  }
  for (const [id, stay] of stays) {
    stays.set(id, {
      arrives: later(stay.arrives, firstLanding.get(id) ?? null),
      departs: earlier(stay.departs, lastTakeOff.get(id) ?? null),
    });
  }
  return stays;
}
