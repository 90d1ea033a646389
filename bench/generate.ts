// Deterministic generated summits for the benchmark: same seed and scale, same rows, every run.
// Shaped like The Hague demo (two days in Europe/Amsterdam, delegations with a principal and
// ministers, venues with spaces and opening hours, a full travel-time matrix) and sized by
// bench/scales.ts. Confirmed items never overlap in a space (the database refuses that); a few
// drafts and late arrivals are left in on purpose so the conflict engine has something to find.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DelegationKind, MemberFunction, VenueKind } from "@/lib/generated/prisma/enums";
import { zonedInstant } from "@/lib/time";

import { generateLogistics } from "./generate-logistics";
import { generateProgramme } from "./generate-programme";
import { createRng, type Rng } from "./prng";
import { countsFor, scaleLabel, type ScaleCounts } from "./scales";

export const BENCH_SEED = "summit-bench-v1";
export const BENCH_TIME_ZONE = "Europe/Amsterdam";
export const BENCH_DAYS = ["2025-06-24", "2025-06-25"] as const;
export const BENCH_PASSWORD = "bench-password-not-secret";

export interface BenchRows {
  summit: Prisma.SummitCreateManyInput;
  venues: Prisma.VenueCreateManyInput[];
  spaces: Prisma.SpaceCreateManyInput[];
  travelTimes: Prisma.TravelTimeCreateManyInput[];
  agencies: Prisma.AgencyCreateManyInput[];
  delegations: Prisma.DelegationCreateManyInput[];
  members: Prisma.MemberCreateManyInput[];
  items: Prisma.ProgrammeItemCreateManyInput[];
  participations: Prisma.ParticipationCreateManyInput[];
  movements: Prisma.MovementCreateManyInput[];
  tasks: Prisma.AgencyTaskCreateManyInput[];
}

export interface BenchSummit {
  factor: number;
  label: string;
  counts: ScaleCounts;
  summitId: string;
  rows: BenchRows;
  /** The delegation whose itinerary is measured (its liaison is the bench liaison user). */
  itineraryDelegationId: string;
  /** Two principals for the slot finder. */
  principalIds: readonly [string, string];
}

/** Local midnight of a summit day plus `minutes`, as an instant. */
export function summitInstant(day: number, minutes: number): Date {
  return new Date(zonedInstant(BENCH_DAYS[day], "00:00", BENCH_TIME_ZONE).getTime() + minutes * 60_000);
}

const pad = (n: number): string => String(n).padStart(6, "0");
export const benchId = (table: string, n: number): string => `bench-${table}-${pad(n)}`;

const VENUE_KINDS: readonly VenueKind[] = [VenueKind.CONFERENCE, VenueKind.PALACE, VenueKind.HOTEL, VenueKind.OTHER];
const CAPACITIES = [20, 20, 30, 40, 60, 120, 250, 400, 700] as const;
const HOME_ZONES = [null, "Europe/Paris", "America/New_York", "Europe/Istanbul", "America/Toronto", "Europe/London"];
const OTHER_FUNCTIONS: readonly MemberFunction[] = [
  MemberFunction.FOREIGN_MINISTER,
  MemberFunction.DEFENCE_MINISTER,
  MemberFunction.SHERPA,
  MemberFunction.INTERPRETER,
  MemberFunction.SECURITY,
  MemberFunction.OTHER,
];

function venuesAndSpaces(rng: Rng, c: ScaleCounts, summitId: string) {
  // The first venues are airports, as in the demo (Schiphol, Rotterdam): arrivals land there.
  const airports = Math.max(1, Math.round(c.venues / 5));
  const venues = Array.from({ length: c.venues }, (_, v) => ({
    id: benchId("venue", v),
    summitId,
    name: `Venue ${pad(v)}`,
    kind: v < airports ? VenueKind.AIRPORT : rng.pick(VENUE_KINDS),
    address: `${v + 1} Benchmark Street, The Hague`,
  }));
  const spaces = Array.from({ length: c.spaces }, (_, s) => {
    const open = rng.chance(0.7);
    return {
      id: benchId("space", s),
      venueId: venues[s % venues.length].id,
      name: `Room ${pad(s)}`,
      capacity: rng.pick(CAPACITIES),
      securityZone: rng.pick(["red", "orange", "green"]),
      opensMinute: open ? 7 * 60 : null,
      closesMinute: open ? 24 * 60 : null,
    };
  });
  const travelTimes: Prisma.TravelTimeCreateManyInput[] = [];
  for (let a = 0; a < venues.length; a++) {
    for (let b = a + 1; b < venues.length; b++) {
      const minutes = rng.int(3, 40);
      travelTimes.push({ id: `bench-travel-${pad(a)}-${pad(b)}`, summitId, fromVenueId: venues[a].id, toVenueId: venues[b].id, minutes });
      travelTimes.push({ id: `bench-travel-${pad(b)}-${pad(a)}`, summitId, fromVenueId: venues[b].id, toVenueId: venues[a].id, minutes });
    }
  }
  return { venues, spaces, travelTimes };
}

type MemberRow = Prisma.MemberCreateManyInput & { id: string };

function delegationsAndMembers(rng: Rng, c: ScaleCounts, summitId: string, hotelIds: readonly string[]) {
  const delegations = Array.from({ length: c.delegations }, (_, d) => {
    // Most arrive the day before and leave after the summit; one in twenty arrives at noon on
    // the first day or leaves mid-afternoon on the last, as real delegations do.
    const late = rng.chance(0.05);
    const early = rng.chance(0.05);
    return {
      id: benchId("deleg", d),
      summitId,
      code: `D${pad(d)}`,
      name: `Delegation ${pad(d)}`,
      kind: d % 10 === 9 ? DelegationKind.PARTNER : DelegationKind.ALLY,
      homeTimeZone: rng.pick(HOME_ZONES),
      hotelVenueId: rng.pick(hotelIds),
      arrivesAt: late ? summitInstant(0, 12 * 60) : summitInstant(0, -rng.int(2, 30) * 60),
      departsAt: early ? summitInstant(1, 15 * 60) : summitInstant(1, 24 * 60 + rng.int(1, 20) * 60),
    };
  });
  const members: MemberRow[] = delegations.map((d, i) => ({
    id: benchId("member", i),
    delegationId: d.id,
    title: `Head of ${d.name}`,
    personalName: null,
    function: MemberFunction.HEAD_OF_STATE_OR_GOVERNMENT as MemberFunction,
    precedence: 1,
  }));
  const nextPrecedence = new Map<string, number>();
  for (let m = delegations.length; m < c.members; m++) {
    const d = rng.pick(delegations);
    const precedence = (nextPrecedence.get(d.id) ?? 1) + 1;
    nextPrecedence.set(d.id, precedence);
    const fn = rng.pick(OTHER_FUNCTIONS);
    members.push({ id: benchId("member", m), delegationId: d.id, title: `${fn} ${precedence} of ${d.name}`, personalName: null, function: fn, precedence });
  }
  return { delegations, members };
}

export function generateSummit(factor: number, seed = BENCH_SEED): BenchSummit {
  const rng = createRng(`${seed}:${factor}`);
  const counts = countsFor(factor);
  const summitId = `bench-summit-${String(factor).replace(/\W/g, "_")}`;
  const summit: Prisma.SummitCreateManyInput = {
    id: summitId,
    slug: summitId,
    name: `Benchmark summit ${scaleLabel(factor)}`,
    host: "Benchmark host",
    timeZone: BENCH_TIME_ZONE,
    startDate: new Date(`${BENCH_DAYS[0]}T00:00:00.000Z`),
    endDate: new Date(`${BENCH_DAYS[1]}T00:00:00.000Z`),
    travelBufferMinutes: 10,
  };
  const places = venuesAndSpaces(rng, counts, summitId);
  const hotelIds = places.venues.filter((v) => v.kind !== VenueKind.AIRPORT).map((v) => v.id);
  const people = delegationsAndMembers(rng, counts, summitId, hotelIds.length ? hotelIds : [places.venues[0].id]);
  const agencies = Array.from({ length: counts.agencies }, (_, a) => ({
    id: benchId("agency", a),
    summitId,
    name: `Agency ${pad(a)}`,
    shortName: `A${a}`,
  }));
  const programme = generateProgramme(rng, counts, { summitId, spaces: places.spaces, ...people });
  const logistics = generateLogistics(rng, counts, {
    summitId,
    venues: places.venues,
    spaces: places.spaces,
    travelTimes: places.travelTimes,
    delegations: people.delegations,
    members: people.members,
    items: programme.items,
    participations: programme.participations,
    agencyIds: agencies.map((a) => a.id),
  });
  const principals = people.members.filter((m) => m.precedence === 1);
  // The itinerary measured is the busiest delegation's (most participations and movements): the
  // liaison whose page costs most, not whichever delegation happens to come first.
  const load = new Map<string, number>();
  for (const row of [...programme.participations, ...logistics.movements]) load.set(row.delegationId, (load.get(row.delegationId) ?? 0) + 1);
  const busiest = people.delegations.reduce((best, d) => ((load.get(d.id!) ?? 0) > (load.get(best.id!) ?? 0) ? d : best));
  return {
    factor,
    label: scaleLabel(factor),
    counts,
    summitId,
    rows: { summit, ...places, agencies, ...people, ...programme, ...logistics },
    itineraryDelegationId: busiest.id!,
    principalIds: [principals[0].id, principals[Math.min(1, principals.length - 1)].id],
  };
}
