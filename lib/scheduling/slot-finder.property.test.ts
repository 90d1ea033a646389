// findSlots on small random summits, checked two ways:
//  (a) soundness: every slot passes validateSlot, and checkSummit on the programme with the slot
//      added as a confirmed item reports no hard-rule conflict involving it;
//  (b) completeness: a brute force over every 5-minute start and every space (using validateSlot,
//      which shares no span arithmetic with the finder) finds exactly the same (start, venue)
//      pairs, with the same smallest adequate space, hence also the same earliest start.
// Base days include both DST nights and a window across midnight, where wall-clock shortcuts break.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { zonedInstant } from "@/lib/time";

import { checkSummit } from "./check-summit";
import { findSlots } from "./slot-finder";
import type { Slot, SlotRequest } from "./slot-types";
import type { SummitItem, SummitSnapshot, SummitSpace } from "./types";
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
  .map(({ base, venueCount, travel, buffer, spaces, stays, members, dense, items, request }) => {
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

describe("findSlots (property)", () => {
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
