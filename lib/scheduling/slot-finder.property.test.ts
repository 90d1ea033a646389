// findSlots on small random summits, checked two ways:
//  (a) soundness: every slot passes validateSlot, and checkSummit on the programme with the slot
//      added as a confirmed item reports no hard-rule conflict involving it;
//  (b) completeness: a brute force over every 5-minute start and every space (using validateSlot,
//      which shares no span arithmetic with the finder) finds exactly the same (start, venue)
//      pairs, with the same smallest adequate space, hence also the same earliest start;
//  (c) reachability: a reference that walks each participant's day minute by minute (items and
//      the movements carrying them: landing, motorcades, take-off) finds every slot free, reachable
//      from where the participant last was and left in time for where they go next.
// Base days include both DST nights and a window across midnight, where wall-clock shortcuts break.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { zonedInstant } from "@/lib/time";

import { checkSummit } from "./check-summit";
import { findSlots } from "./slot-finder";
import type { Slot, SlotRequest } from "./slot-types";
import type { SummitItem, SummitMember, SummitMovement, SummitSnapshot, SummitSpace } from "./types";
import { validateSlot } from "./validate-slot";

const TZ = "Europe/Amsterdam";
const STEP = 5 * 60_000;
const BASES = [
  zonedInstant("2025-06-25", "09:00", TZ),
  zonedInstant("2025-03-30", "00:00", TZ), // spring forward at 02:00
  zonedInstant("2025-10-26", "00:30", TZ), // fall back at 03:00
  zonedInstant("2025-06-24", "21:00", TZ), // window across midnight
].map((d) => d.getTime());
const HARD = new Set([
  "MEMBER_OVERLAP",
  "SPACE_DOUBLE_BOOKED",
  "INSUFFICIENT_TRAVEL_TIME",
  "OUTSIDE_DELEGATION_WINDOW",
  "OUTSIDE_OPENING_HOURS",
]);
const PAIRS: ReadonlyArray<readonly [number, number]> = [[0, 1], [1, 0], [0, 2], [2, 0], [1, 2], [2, 1]];
const SLOT_ID = "proposed";

// Half the spaces are always open, so opening hours do not drown out every other reason.
const hoursArb = fc.oneof(
  fc.constant<[number | null, number | null]>([null, null]),
  fc.tuple(
    fc.option(fc.constantFrom(0, 60, 150, 180, 480, 600, 720, 1290), { nil: null }),
    fc.option(fc.constantFrom(120, 200, 600, 720, 900, 1080, 1380, 1440), { nil: null }),
  ),
);

const caseArb = fc
  .record({
    base: fc.constantFrom(...BASES),
    venueCount: fc.integer({ min: 2, max: 3 }),
    travel: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { minLength: 6, maxLength: 6 }),
    buffer: fc.integer({ min: 0, max: 3 }),
    spaces: fc.array(fc.record({ venue: fc.nat(2), capacity: fc.integer({ min: 1, max: 6 }), hours: hoursArb }), {
      minLength: 1,
      maxLength: 3,
    }),
    stays: fc.array(
      fc.record({
        // Half the delegations are there all along, so stays do not empty most searches.
        arrives: fc.option(fc.integer({ min: 0, max: 48 }), { nil: null, freq: 2 }),
        departs: fc.option(fc.integer({ min: 12, max: 72 }), { nil: null, freq: 2 }),
      }),
      { minLength: 2, maxLength: 2 },
    ),
    members: fc.array(fc.record({ delegation: fc.nat(1), isPrincipal: fc.boolean() }), { minLength: 2, maxLength: 4 }),
    // Dense programmes pack short items close together, so ties in end time and chains of
    // items between a slot and the next one (which decide where a member comes from) occur.
    dense: fc.boolean(),
    items: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 60 }),
        // Now and then an empty or inverted item: the engine tolerates them, so must the finder.
        length: fc.oneof(
          { weight: 1, arbitrary: fc.integer({ min: -2, max: 0 }) },
          { weight: 12, arbitrary: fc.integer({ min: 1, max: 18 }) },
        ),
        status: fc.constantFrom("DRAFT", "CONFIRMED", "CANCELLED"),
        space: fc.option(fc.nat(2), { nil: null }),
        delegations: fc.subarray([0, 1], { maxLength: 1 }),
        members: fc.subarray([0, 1, 2, 3], { maxLength: 2 }),
      }),
      { maxLength: 8 },
    ),
    // Flights and motorcades: they occupy people as items do, and bound the delegation's stay.
    movements: fc.array(
      fc.record({
        kind: fc.constantFrom("ARRIVAL", "DEPARTURE", "TRANSFER"),
        delegation: fc.nat(1),
        start: fc.integer({ min: 0, max: 60 }),
        length: fc.integer({ min: 0, max: 8 }),
        from: fc.nat(2),
        to: fc.nat(2),
      }),
      { maxLength: 4 },
    ),
    request: fc.record({
      members: fc.subarray([0, 1, 2, 3], { minLength: 1, maxLength: 3 }),
      duration: fc.integer({ min: 1, max: 12 }),
      from: fc.integer({ min: 0, max: 12 }),
      extra: fc.integer({ min: 0, max: 48 }),
      venue: fc.option(fc.nat(2), { nil: null }),
      minCapacity: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      ignore: fc.option(fc.nat(7), { nil: null }),
    }),
  })
  .map(({ base, venueCount, travel, buffer, spaces, stays, members, dense, items, movements, request }) => {
    const at = (slots: number) => new Date(base + slots * STEP);
    const memberList = members.map((m, i) => ({
      id: `m${i}`,
      delegationId: `d${m.delegation}`,
      title: `Member ${i}`,
      isPrincipal: m.isPrincipal,
    }));
    const spaceList: SummitSpace[] = spaces.map((s, i) => ({
      id: `s${i}`,
      name: `Space ${i}`,
      venueId: `v${s.venue % venueCount}`,
      capacity: s.capacity,
      opensMinute: s.hours[0],
      closesMinute: s.hours[1],
    }));
    const itemList: SummitItem[] = items.map((it, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      kind: "MEETING",
      status: it.status,
      startsAt: at(dense ? it.start % 24 : it.start),
      endsAt: at((dense ? it.start % 24 : it.start) + (dense ? Math.min(it.length, 4) : it.length)),
      spaceId: it.space === null ? null : `s${it.space % spaceList.length}`,
      delegationIds: it.delegations.map((d) => `d${d}`),
      memberIds: it.members.filter((m) => m < memberList.length).map((m) => `m${m}`),
    }));
    const snapshot: SummitSnapshot = {
      timeZone: TZ,
      travelBufferMinutes: buffer * 5,
      venues: Array.from({ length: venueCount }, (_, i) => ({ id: `v${i}`, name: `Venue ${i}` })),
      spaces: spaceList,
      travelTimes: PAIRS.flatMap(([from, to], k) => {
        const minutes = travel[k];
        if (minutes === null || from >= venueCount || to >= venueCount) return [];
        return [{ fromVenueId: `v${from}`, toVenueId: `v${to}`, minutes: minutes * 5 }];
      }),
      delegations: stays.map((s, i) => ({
        id: `d${i}`,
        name: `Delegation ${i}`,
        arrivesAt: s.arrives === null ? null : at(s.arrives),
        departsAt: s.departs === null ? null : at(s.departs),
      })),
      members: memberList,
      items: itemList,
      movements: movements.map(
        (m, i): SummitMovement => ({
          id: `mv${i}`,
          delegationId: `d${m.delegation}`,
          kind: m.kind,
          fromVenueId: m.kind === "ARRIVAL" ? null : `v${m.from % venueCount}`,
          toVenueId: m.kind === "DEPARTURE" ? null : `v${m.to % venueCount}`,
          startsAt: at(m.start),
          endsAt: m.kind === "DEPARTURE" ? null : at(m.start + (m.kind === "TRANSFER" ? Math.max(1, m.length) : m.length)),
        }),
      ),
    };
    const chosen = request.members.filter((m) => m < memberList.length);
    const slotRequest: SlotRequest = {
      memberIds: (chosen.length > 0 ? chosen : [0]).map((m) => `m${m}`),
      durationMinutes: request.duration * 5,
      earliest: at(request.from),
      latest: at(request.from + request.duration + request.extra),
      // A venue that has a space, or the filter alone would empty most results.
      venueId: request.venue === null ? undefined : spaceList[request.venue % spaceList.length].venueId,
      minCapacity: request.minCapacity ?? undefined,
      ignoreItemId: request.ignore === null ? undefined : `i${request.ignore}`,
      limit: 100_000,
    };
    return { snapshot, request: slotRequest };
  });

/** Every valid (start, space) by brute force, reduced to the best space per start and venue. */
function bruteForce(snapshot: SummitSnapshot, request: SlotRequest): Map<string, SummitSpace> {
  const best = new Map<string, SummitSpace>();
  const duration = request.durationMinutes * 60_000;
  const spaces = [...snapshot.spaces].sort((a, b) => a.capacity - b.capacity || (a.name < b.name ? -1 : 1));
  for (let t = request.earliest.getTime(); t + duration <= request.latest.getTime(); t += STEP) {
    for (const space of spaces) {
      const slot = { startsAt: new Date(t), endsAt: new Date(t + duration), spaceId: space.id, venueId: space.venueId };
      const key = `${t}|${space.venueId}`;
      if (!best.has(key) && validateSlot(snapshot, request, slot).length === 0) best.set(key, space);
    }
  }
  return best;
}

function engineConflictsOf(snapshot: SummitSnapshot, request: SlotRequest, slot: Slot): string[] {
  const proposed: SummitItem = {
    id: SLOT_ID,
    title: "Proposed bilateral",
    kind: "BILATERAL",
    status: "CONFIRMED",
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    spaceId: slot.spaceId,
    delegationIds: [],
    memberIds: request.memberIds,
  };
  const items = [...snapshot.items.filter((i) => i.id !== request.ignoreItemId), proposed];
  return checkSummit({ ...snapshot, items })
    .filter((c) => HARD.has(c.type) && c.itemIds.includes(SLOT_ID))
    .map((c) => c.message);
}

type Stop = { start: number; end: number; startPlace?: string; endPlace?: string };

/** A member's occupations, worked out again here: items they attend, movements that carry them. */
function stopsOf(snapshot: SummitSnapshot, member: SummitMember, ignore: string | undefined): Stop[] {
  const venueOfSpace = new Map(snapshot.spaces.map((s) => [s.id, s.venueId]));
  const stops: Stop[] = [];
  for (const i of snapshot.items) {
    if (i.status === "CANCELLED" || i.id === ignore) continue;
    const attends = i.memberIds.includes(member.id) || (member.isPrincipal && i.delegationIds.includes(member.delegationId));
    if (!attends) continue;
    const place = i.spaceId === null ? undefined : venueOfSpace.get(i.spaceId);
    stops.push({ start: i.startsAt.getTime(), end: i.endsAt.getTime(), startPlace: place, endPlace: place });
  }
  for (const m of snapshot.movements ?? []) {
    if (m.delegationId !== member.delegationId) continue;
    // Arrivals and departures carry the whole delegation, transfers its principal.
    if (m.kind === "TRANSFER" && !member.isPrincipal) continue;
    const end = m.kind === "DEPARTURE" || m.endsAt === null ? m.startsAt.getTime() : m.endsAt.getTime();
    const start = m.startsAt.getTime();
    const startPlace = (m.kind === "ARRIVAL" ? m.toVenueId : m.fromVenueId) ?? undefined;
    const endPlace = (m.kind === "DEPARTURE" ? m.fromVenueId : m.toVenueId) ?? undefined;
    stops.push({ start, end: Math.max(start, end), startPlace, endPlace });
  }
  return stops;
}

/** Why a participant could not be at the slot, walking their day a minute at a time. */
function unreachable(snapshot: SummitSnapshot, request: SlotRequest, slot: Slot): string[] {
  const MIN = 60_000;
  const ride = (from: string | undefined, to: string | undefined): number => {
    if (from === undefined || to === undefined || from === to) return 0;
    const t =
      snapshot.travelTimes.find((x) => x.fromVenueId === from && x.toVenueId === to) ??
      snapshot.travelTimes.find((x) => x.fromVenueId === to && x.toVenueId === from);
    return t === undefined ? 0 : (t.minutes + snapshot.travelBufferMinutes) * MIN;
  };
  const problems: string[] = [];
  const [s, e] = [slot.startsAt.getTime(), slot.endsAt.getTime()];
  for (const id of request.memberIds) {
    const member = snapshot.members.find((m) => m.id === id)!;
    const stops = stopsOf(snapshot, member, request.ignoreItemId);
    const delegation = snapshot.delegations.find((d) => d.id === member.delegationId);
    const landings = (snapshot.movements ?? []).filter((m) => m.delegationId === member.delegationId && m.kind === "ARRIVAL");
    const takeOffs = (snapshot.movements ?? []).filter((m) => m.delegationId === member.delegationId && m.kind === "DEPARTURE");
    const firstLanding = landings.length > 0 ? Math.min(...landings.map((m) => m.startsAt.getTime())) : -Infinity;
    const lastTakeOff = takeOffs.length > 0 ? Math.max(...takeOffs.map((m) => m.startsAt.getTime())) : Infinity;
    const here = Math.max(delegation?.arrivesAt?.getTime() ?? -Infinity, firstLanding);
    const gone = Math.min(delegation?.departsAt?.getTime() ?? Infinity, lastTakeOff);
    if (s < here) problems.push(`${id} not yet landed`);
    if (e > gone) problems.push(`${id} already left`);
    for (let t = s; t < e; t += MIN) {
      if (stops.some((x) => x.start <= t && t < x.end)) problems.push(`${id} busy at ${t}`);
    }
    // Back from the slot's start, minute by minute, to the last moment something ended.
    for (let t = s; t > s - 2 * 24 * 60 * MIN; t -= MIN) {
      const ended = stops.filter((x) => x.end === t && x.start <= t);
      if (ended.length === 0) continue;
      const places = new Set(ended.map((x) => x.endPlace));
      // Two occupations ending together in different places: already a conflict, not judged here.
      if (places.size === 1 && s - t < ride(ended[0].endPlace, slot.venueId)) problems.push(`${id} cannot get there from ${ended[0].endPlace}`);
      break;
    }
    // On from the slot's end to the first thing that starts.
    for (let t = e; t < e + 2 * 24 * 60 * MIN; t += MIN) {
      const next = stops.filter((x) => x.start === t);
      if (next.length === 0) continue;
      for (const x of next) if (t - e < ride(slot.venueId, x.startPlace)) problems.push(`${id} cannot get on to ${x.startPlace}`);
      break;
    }
  }
  return problems;
}

describe("findSlots (property)", () => {
  it("offers no slot a participant cannot reach, by a minute-by-minute walk of their day", () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, request }) => {
        for (const slot of findSlots(snapshot, request).slots) expect(unreachable(snapshot, request, slot)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("returns only slots that validateSlot and checkSummit accept", () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, request }) => {
        for (const slot of findSlots(snapshot, request).slots) {
          expect(validateSlot(snapshot, request, slot)).toEqual([]);
          expect(engineConflictsOf(snapshot, request, slot)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds exactly what a brute force over every start and space finds", () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, request }) => {
        const { slots, explanation } = findSlots(snapshot, request);
        const expected = bruteForce(snapshot, request);
        const found = new Map(slots.map((s) => [`${s.startsAt.getTime()}|${s.venueId}`, s.spaceId]));
        expect(found).toEqual(new Map([...expected].map(([key, space]) => [key, space.id])));
        // The brief's form of completeness: some slot iff brute force finds one, same earliest start.
        expect(slots.length > 0).toBe(expected.size > 0);
        if (slots.length > 0) {
          const earliest = Math.min(...[...expected.keys()].map((k) => Number(k.split("|")[0])));
          expect(Math.min(...slots.map((s) => s.startsAt.getTime()))).toBe(earliest);
          expect(explanation).toEqual([]);
        } else {
          expect(explanation.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
