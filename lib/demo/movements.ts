// Movements: every visiting delegation lands and leaves (the host does neither), and each
// principal is driven from the hotel to the royal dinner and back on 24 June, and each allied
// principal to the World Forum on the morning of 25 June. Motorcades are staggered one minute apart so they reach the
// palace and the conference centre in protocol order rather than all at once.
import { DelegationKind, MemberFunction, MovementKind } from "@/lib/generated/prisma/enums";

import { DEMO_DELEGATIONS, type DemoDelegation } from "./delegations";
import { movementId } from "./ids";
import { addMinutes, at } from "./time";
import { travelMinutes } from "./travel";
import type { AirportKey, HotelKey, VenueKey } from "./venues";

export interface DemoMovement {
  id: string;
  delegation: string;
  kind: MovementKind;
  from: VenueKey | null;
  to: VenueKey | null;
  flight: string | null;
  startsAt: Date;
  endsAt: Date | null;
  partySize: number;
  principalLevel: MemberFunction | null;
  routeNote: string | null;
  roadClosureNeeded: boolean;
  staffNotes: string | null;
  /** Key of the programme item the party leaves from (the transfer follows its end). */
  fromItem?: string;
  /** Key of the programme item the party goes to (the transfer follows its start). */
  toItem?: string;
}

/** Minutes a party spends on the apron and in the VIP area before its motorcade leaves. */
export const GROUND_MINUTES = 30;

const ROUTE: Record<AirportKey, string> = {
  schiphol: "A4 and A44, closed to traffic while the motorcade passes",
  "rotterdam-airport": "A13 and the Utrechtsebaan, closed to traffic while the motorcade passes",
};

const STAFF_NOTES: Record<string, string> = {
  US: "Largest motorcade of the summit; route to Noordwijk via the N206 agreed with the advance team.",
  UA: "Arrival time shared with KMar and Rotterdam only; do not publish.",
};

// NATO's officials are protected but are not heads of government.
const levelOf = (d: DemoDelegation): MemberFunction =>
  d.code === "NATO" ? MemberFunction.OTHER : MemberFunction.HEAD_OF_STATE_OR_GOVERNMENT;

/** People in a principal's motorcade: a quarter of the delegation, at least six cars' worth. */
const motorcadeSize = (d: DemoDelegation): number => Math.max(6, Math.round(d.partySize / 4));

function base(d: DemoDelegation, key: string, kind: MovementKind) {
  return {
    id: movementId(d.code, key),
    delegation: d.code,
    kind,
    principalLevel: levelOf(d),
    roadClosureNeeded: true,
    staffNotes: null,
  };
}

function flights(d: DemoDelegation): DemoMovement[] {
  if (!d.arrival || !d.departure || !d.hotel) return [];
  return [
    {
      ...base(d, "arrival", MovementKind.ARRIVAL),
      from: null,
      to: d.arrival.airport,
      flight: d.arrival.flight,
      startsAt: d.arrival.at,
      endsAt: addMinutes(d.arrival.at, GROUND_MINUTES),
      partySize: d.partySize,
      routeNote: `Motorcade to the hotel: ${ROUTE[d.arrival.airport]}`,
      staffNotes: STAFF_NOTES[d.code] ?? null,
    },
    {
      ...base(d, "departure", MovementKind.DEPARTURE),
      from: d.departure.airport,
      to: null,
      flight: d.departure.flight,
      startsAt: d.departure.at,
      endsAt: null,
      partySize: d.partySize,
      routeNote: `Motorcade from the hotel: ${ROUTE[d.departure.airport]}`,
    },
  ];
}

function transfer(d: DemoDelegation, key: string, from: VenueKey, to: VenueKey, startsAt: Date): DemoMovement {
  return {
    ...base(d, key, MovementKind.TRANSFER),
    from,
    to,
    flight: null,
    startsAt,
    endsAt: addMinutes(startsAt, travelMinutes(from, to)),
    partySize: motorcadeSize(d),
    routeNote: null,
  };
}

/** A transfer timed to arrive at `to` exactly at `arrivesAt`. */
function arrivingAt(d: DemoDelegation, key: string, from: VenueKey, to: VenueKey, arrivesAt: Date): DemoMovement {
  return transfer(d, key, from, to, addMinutes(arrivesAt, -travelMinutes(from, to)));
}

type Visiting = DemoDelegation & { hotel: HotelKey };

const visiting: readonly Visiting[] = DEMO_DELEGATIONS.filter((d): d is Visiting => d.hotel !== null);

function royalDinnerTransfers(): DemoMovement[] {
  const result: DemoMovement[] = [];
  visiting.forEach((d, i) => {
    // Ukraine's president comes early for the bilateral with the host at the palace.
    const arrival = d.code === "UA" ? at(24, "16:43") : addMinutes(at(24, "18:45"), i);
    const toItem = d.code === "UA" ? "bilateral-nl-ua" : "royal-dinner";
    result.push({ ...arrivingAt(d, "to-palace", d.hotel, "huis-ten-bosch", arrival), toItem });
    result.push({ ...transfer(d, "from-palace", "huis-ten-bosch", d.hotel, addMinutes(at(24, "22:35"), i)), fromItem: "royal-dinner" });
  });
  return result;
}

function councilTransfers(): DemoMovement[] {
  // Only the allies, NATO and Ukraine (for its bilateral) have business at the World Forum.
  const attending = visiting.filter((d) => d.kind === DelegationKind.ALLY || d.code === "NATO" || d.code === "UA");
  return attending.map((d, i) => {
    // The US president meets the host at 08:30, Ukraine's only has the afternoon bilateral.
    const arrival = d.code === "US" ? at(25, "08:15") : d.code === "UA" ? at(25, "13:00") : addMinutes(at(25, "08:40"), i);
    const toItem = d.code === "US" ? "bilateral-nl-us" : d.code === "UA" ? "bilateral-us-ua" : "family-photo";
    return { ...arrivingAt(d, "to-council", d.hotel, "world-forum", arrival), toItem };
  });
}

/** The host's prime minister goes from the bilaterals at the World Forum to the palace. */
const HOST_TRANSFERS: readonly DemoMovement[] = DEMO_DELEGATIONS.filter((d) => d.code === "NL").map((d) =>
  transfer(d, "to-palace", "world-forum", "huis-ten-bosch", at(24, "16:20")),
);

export const DEMO_MOVEMENTS: readonly DemoMovement[] = [
  ...visiting.flatMap(flights),
  ...HOST_TRANSFERS,
  ...royalDinnerTransfers(),
  ...councilTransfers(),
];
