// checkSummit against a brute-force reference on random small programmes. The reference looks at
// all pairs and shares no code with the engine, so a sweep that skips or repeats a pair shows up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkSummit } from "./check-summit";
import { CONFLICT_TYPES, type Conflict, type SummitItem, type SummitSnapshot } from "./types";

const MINUTE = 60_000;
const BASE = new Date("2025-06-24T22:00:00Z").getTime(); // 25 June 00:00 in The Hague
const CHECKED = new Set(["MEMBER_OVERLAP", "SPACE_DOUBLE_BOOKED", "INSUFFICIENT_TRAVEL_TIME"]);
const VENUE_PAIRS: ReadonlyArray<readonly [number, number]> = [
  [0, 1], [1, 0], [0, 2], [2, 0], [1, 2], [2, 1],
];

const programmeArb: fc.Arbitrary<SummitSnapshot> = fc
  .record({
    venueCount: fc.integer({ min: 1, max: 3 }),
    spaceVenues: fc.array(fc.nat(2), { minLength: 2, maxLength: 4 }),
    // One optional entry per directed pair, so some pairs are known one way only and some not at all.
    travel: fc.array(fc.option(fc.integer({ min: 0, max: 12 }).map((k) => k * 5), { nil: null }), {
      minLength: VENUE_PAIRS.length,
      maxLength: VENUE_PAIRS.length,
    }),
    buffer: fc.integer({ min: 0, max: 4 }).map((k) => k * 5),
    members: fc.array(fc.record({ delegation: fc.nat(1), isPrincipal: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    items: fc.array(
      fc.record({
        startSlot: fc.integer({ min: 0, max: 36 }),
        lengthSlots: fc.integer({ min: 1, max: 9 }),
        status: fc.constantFrom("DRAFT", "CONFIRMED", "CANCELLED"),
        space: fc.option(fc.nat(3), { nil: null }),
        delegations: fc.subarray([0, 1]),
        members: fc.subarray([0, 1, 2]),
      }),
      { maxLength: 14, size: "max" },
    ),
  })
  .map((r): SummitSnapshot => {
    const venues = Array.from({ length: r.venueCount }, (_, i) => ({ id: `v${i}`, name: `Venue ${i}` }));
    const spaces = r.spaceVenues.map((v, i) => ({
      id: `s${i}`,
      name: `Space ${i}`,
      venueId: `v${v % r.venueCount}`,
      capacity: 10,
      opensMinute: null,
      closesMinute: null,
    }));
    const members = r.members.map((m, i) => ({
      id: `m${i}`,
      delegationId: `d${m.delegation}`,
      title: `Member ${i}`,
      isPrincipal: m.isPrincipal,
    }));
    const items: SummitItem[] = r.items.map((it, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      kind: "MEETING",
      status: it.status,
      startsAt: new Date(BASE + it.startSlot * 5 * MINUTE),
      endsAt: new Date(BASE + (it.startSlot + it.lengthSlots) * 5 * MINUTE),
      spaceId: it.space === null ? null : `s${it.space % spaces.length}`,
      delegationIds: it.delegations.map((d) => `d${d}`),
      memberIds: it.members.filter((m) => m < members.length).map((m) => `m${m}`),
    }));
    return {
      timeZone: "Europe/Amsterdam",
      travelBufferMinutes: r.buffer,
      venues,
      spaces,
      travelTimes: VENUE_PAIRS.flatMap(([from, to], k) => {
        const minutes = r.travel[k];
        if (minutes === null || from >= r.venueCount || to >= r.venueCount) return [];
        return [{ fromVenueId: `v${from}`, toVenueId: `v${to}`, minutes }];
      }),
      delegations: [
        { id: "d0", name: "Delegation 0", arrivesAt: null, departsAt: null },
        { id: "d1", name: "Delegation 1", arrivesAt: null, departsAt: null },
      ],
      members,
      items,
    };
  });

function key(type: string, itemIds: readonly string[], subject: string, extra = ""): string {
  return `${type}|${[...itemIds].sort().join(",")}|${subject}${extra}`;
}

function engineKeys(conflicts: Conflict[]): string[] {
  return conflicts
    .filter((c) => CHECKED.has(c.type))
    .map((c) =>
      c.type === "SPACE_DOUBLE_BOOKED"
        ? key(c.type, c.itemIds, c.spaceId ?? "?", `|${c.severity}`)
        : key(c.type, c.itemIds, c.memberId ?? "?"),
    )
    .sort();
}

function referenceKeys(s: SummitSnapshot): string[] {
  const keys: string[] = [];
  const items = s.items.filter((i) => i.status !== "CANCELLED");
  const overlap = (a: SummitItem, b: SummitItem) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
  const venueOf = (i: SummitItem) => s.spaces.find((sp) => sp.id === i.spaceId)?.venueId;

  for (const m of s.members) {
    const attends = (i: SummitItem) =>
      i.memberIds.includes(m.id) || (m.isPrincipal && i.delegationIds.includes(m.delegationId));
    const mine = items.filter(attends);
    for (let a = 0; a < mine.length; a++) {
      for (let b = a + 1; b < mine.length; b++) {
        if (overlap(mine[a], mine[b])) keys.push(key("MEMBER_OVERLAP", [mine[a].id, mine[b].id], m.id));
      }
    }
    const inOrder = [...mine].sort(
      (x, y) =>
        x.startsAt.getTime() - y.startsAt.getTime() ||
        x.endsAt.getTime() - y.endsAt.getTime() ||
        (x.id < y.id ? -1 : 1),
    );
    for (let k = 0; k < inOrder.length; k++) {
      const to = inOrder[k];
      // The member comes from the earlier item that ends last before `to` starts (later in the
      // order on a tie), found here by looking at every earlier item.
      let from: SummitItem | undefined;
      for (let j = 0; j < k; j++) {
        const candidate = inOrder[j];
        if (candidate.endsAt > to.startsAt) continue;
        if (from === undefined || candidate.endsAt >= from.endsAt) from = candidate;
      }
      if (from === undefined) continue;
      const [fromVenue, toVenue] = [venueOf(from), venueOf(to)];
      if (fromVenue === undefined || toVenue === undefined || fromVenue === toVenue) continue;
      const direct = s.travelTimes.find((t) => t.fromVenueId === fromVenue && t.toVenueId === toVenue);
      const reverse = s.travelTimes.find((t) => t.fromVenueId === toVenue && t.toVenueId === fromVenue);
      const minutes = (direct ?? reverse)?.minutes;
      if (minutes === undefined) continue;
      const gap = (to.startsAt.getTime() - from.endsAt.getTime()) / MINUTE;
      if (gap < minutes + s.travelBufferMinutes) keys.push(key("INSUFFICIENT_TRAVEL_TIME", [from.id, to.id], m.id));
    }
  }

  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const [x, y] = [items[a], items[b]];
      if (x.spaceId === null || x.spaceId !== y.spaceId || !overlap(x, y)) continue;
      keys.push(key("SPACE_DOUBLE_BOOKED", [x.id, y.id], x.spaceId, "|hard"));
    }
  }
  return keys.sort();
}

describe("checkSummit (property)", () => {
  it("agrees with a brute-force all-pairs reference on overlaps and travel time", () => {
    fc.assert(
      fc.property(programmeArb, (snapshot) => {
        expect(engineKeys(checkSummit(snapshot))).toEqual(referenceKeys(snapshot));
      }),
      { numRuns: 500 },
    );
  });

  it("returns unique ids, no cancelled item, sorted by first item start then type", () => {
    fc.assert(
      fc.property(programmeArb, (snapshot) => {
        const conflicts = checkSummit(snapshot);
        expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length);
        const byId = new Map(snapshot.items.map((i) => [i.id, i]));
        const sortKey = (c: Conflict) => {
          const starts = c.itemIds.map((id) => byId.get(id)?.startsAt.getTime() ?? Number.NaN);
          expect(c.itemIds.every((id) => byId.get(id)?.status !== "CANCELLED")).toBe(true);
          return [Math.min(...starts), CONFLICT_TYPES.indexOf(c.type)];
        };
        const keys = conflicts.map(sortKey);
        for (let k = 1; k < keys.length; k++) {
          const [prev, next] = [keys[k - 1], keys[k]];
          expect(prev[0] < next[0] || (prev[0] === next[0] && prev[1] <= next[1])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkSummit (scale)", () => {
  it("stays linear on a long day of back-to-back items for one member in one space", () => {
    // An all-pairs check would compare ~5 * 10^9 pairs here and time out.
    const items: SummitItem[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      kind: "MEETING",
      status: "CONFIRMED",
      startsAt: new Date(BASE + i * MINUTE),
      endsAt: new Date(BASE + (i + 1) * MINUTE),
      spaceId: "s0",
      delegationIds: [],
      memberIds: ["m0"],
    }));
    const snapshot: SummitSnapshot = {
      timeZone: "Europe/Amsterdam",
      travelBufferMinutes: 10,
      venues: [{ id: "v0", name: "Venue" }],
      spaces: [{ id: "s0", name: "Room", venueId: "v0", capacity: 1, opensMinute: null, closesMinute: null }],
      travelTimes: [],
      delegations: [{ id: "d0", name: "Delegation", arrivesAt: null, departsAt: null }],
      members: [{ id: "m0", delegationId: "d0", title: "Member", isPrincipal: true }],
      items,
    };
    expect(checkSummit(snapshot)).toEqual([]);
  });
});
