// Motorcade minutes between venues, recorded once per pair and written in both directions.
// Demo values: city hotels are 5–10 minutes from the World Forum, Noordwijk half an hour,
// Schiphol 35 minutes with closed roads.
import type { VenueKey } from "./venues";

type Pair = readonly [VenueKey, VenueKey, number];

const PAIRS: readonly Pair[] = [
  ["world-forum", "huis-ten-bosch", 15],
  ["world-forum", "schiphol", 35],
  ["world-forum", "rotterdam-airport", 25],
  ["world-forum", "huis-ter-duin", 30],
  ["world-forum", "des-indes", 10],
  ["world-forum", "kurhaus", 7],
  ["world-forum", "marriott", 3],
  ["world-forum", "hilton", 8],
  ["huis-ten-bosch", "schiphol", 35],
  ["huis-ten-bosch", "rotterdam-airport", 20],
  ["huis-ten-bosch", "huis-ter-duin", 35],
  ["huis-ten-bosch", "des-indes", 8],
  ["huis-ten-bosch", "kurhaus", 15],
  ["huis-ten-bosch", "marriott", 15],
  ["huis-ten-bosch", "hilton", 10],
  ["schiphol", "rotterdam-airport", 40],
  ["schiphol", "huis-ter-duin", 25],
  ["schiphol", "des-indes", 35],
  ["schiphol", "kurhaus", 35],
  ["schiphol", "marriott", 35],
  ["schiphol", "hilton", 35],
  ["rotterdam-airport", "huis-ter-duin", 40],
  ["rotterdam-airport", "des-indes", 25],
  ["rotterdam-airport", "kurhaus", 28],
  ["rotterdam-airport", "marriott", 26],
  ["rotterdam-airport", "hilton", 25],
  ["huis-ter-duin", "des-indes", 30],
  ["huis-ter-duin", "kurhaus", 28],
  ["huis-ter-duin", "marriott", 30],
  ["huis-ter-duin", "hilton", 30],
  ["des-indes", "kurhaus", 10],
  ["des-indes", "marriott", 10],
  ["des-indes", "hilton", 5],
  ["kurhaus", "marriott", 6],
  ["kurhaus", "hilton", 8],
  ["marriott", "hilton", 8],
];

export interface DemoTravelTime {
  from: VenueKey;
  to: VenueKey;
  minutes: number;
}

export const DEMO_TRAVEL_TIMES: readonly DemoTravelTime[] = PAIRS.flatMap(([a, b, minutes]) => [
  { from: a, to: b, minutes },
  { from: b, to: a, minutes },
]);

/** Motorcade minutes from one venue to another (0 within a venue). */
export function travelMinutes(from: VenueKey, to: VenueKey): number {
  if (from === to) return 0;
  const found = DEMO_TRAVEL_TIMES.find((t) => t.from === from && t.to === to);
  if (!found) throw new Error(`Demo data: no travel time from ${from} to ${to}`);
  return found.minutes;
}
