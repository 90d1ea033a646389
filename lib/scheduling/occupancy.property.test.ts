// checkSummit with movements (arrivals, departures, transfers, transfers linked to items) against a
// reference that shares no code with the engine: it works out each person's occupations again,
// walks their day minute by minute for overlaps, and looks at every earlier occupation for where
// they come from. Keys carry the severity, so a hard conflict reported as a warning shows up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkSummit } from "./check-summit";
import type { Conflict, SummitItem, SummitMovement, SummitSnapshot } from "./types";

const MINUTE = 60_000;
const BASE = new Date("2025-06-24T22:00:00Z").getTime(); // 25 June 00:00 in The Hague
const SLOT = 5 * MINUTE;
const CHECKED = new Set(["MEMBER_OVERLAP", "INSUFFICIENT_TRAVEL_TIME", "OUTSIDE_DELEGATION_WINDOW", "TRANSFER_MISALIGNED"]);
const PAIRS: ReadonlyArray<readonly [number, number]> = [[0, 1], [1, 0], [0, 2], [2, 0], [1, 2], [2, 1], [0, 3], [3, 1], [3, 2]];

const summitArb: fc.Arbitrary<SummitSnapshot> = fc
  .record({
    travel: fc.array(fc.option(fc.integer({ min: 0, max: 8 }).map((k) => k * 5), { nil: null }), { minLength: PAIRS.length, maxLength: PAIRS.length }),
    buffer: fc.integer({ min: 0, max: 3 }).map((k) => k * 5),
    members: fc.array(
      fc.record({ delegation: fc.nat(1), isPrincipal: fc.boolean(), function: fc.constantFrom("HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "OTHER"), precedence: fc.integer({ min: 1, max: 5 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    stays: fc.array(fc.record({ arrives: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 3 }), departs: fc.option(fc.integer({ min: 20, max: 60 }), { nil: null, freq: 3 }) }), { minLength: 2, maxLength: 2 }),
    items: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 50 }),
        length: fc.integer({ min: 1, max: 9 }),
        status: fc.constantFrom("DRAFT", "CONFIRMED", "CANCELLED"),
        space: fc.option(fc.nat(2), { nil: null }),
        delegations: fc.subarray([0, 1]),
        members: fc.subarray([0, 1, 2, 3]),
      }),
      { maxLength: 10 },
    ),
    movements: fc.array(
      fc.record({
        kind: fc.constantFrom("ARRIVAL", "DEPARTURE", "TRANSFER"),
        delegation: fc.nat(1),
        start: fc.integer({ min: 0, max: 60 }),
        length: fc.integer({ min: 0, max: 8 }),
        from: fc.nat(3),
        to: fc.nat(3),
        fromItem: fc.option(fc.nat(9), { nil: null, freq: 2 }),
        level: fc.constantFrom(null, "HEAD_OF_STATE_OR_GOVERNMENT", "FOREIGN_MINISTER", "OTHER"),
        toItem: fc.option(fc.nat(9), { nil: null, freq: 2 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r): SummitSnapshot => {
    const at = (slots: number) => new Date(BASE + slots * SLOT);
    // Venue 3 is the airport; spaces only in venues 0–2.
    const venues = [0, 1, 2, 3].map((i) => ({ id: `v${i}`, name: `Venue ${i}` }));
    const spaces = [0, 1, 2].map((i) => ({ id: `s${i}`, name: `Space ${i}`, venueId: `v${i}`, capacity: 99, opensMinute: null, closesMinute: null }));
    const members = r.members.map((m, i) => ({ id: `m${i}`, delegationId: `d${m.delegation}`, title: `Member ${i}`, isPrincipal: m.isPrincipal, function: m.function, precedence: m.precedence }));
    const items: SummitItem[] = r.items.map((it, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      kind: "MEETING",
      status: it.status,
      startsAt: at(it.start),
      endsAt: at(it.start + it.length),
      spaceId: it.space === null ? null : `s${it.space}`,
      delegationIds: it.delegations.map((d) => `d${d}`),
      memberIds: it.members.filter((m) => m < members.length).map((m) => `m${m}`),
    }));
    const movements = r.movements.map((m, i): SummitMovement => {
      const fromItemId = m.kind === "TRANSFER" && m.fromItem !== null && m.fromItem < items.length ? `i${m.fromItem}` : null;
      const toCandidate = m.kind === "TRANSFER" && m.toItem !== null && m.toItem < items.length ? `i${m.toItem}` : null;
      return {
        id: `mv${i}`,
        delegationId: `d${m.delegation}`,
        kind: m.kind,
        fromVenueId: m.kind === "ARRIVAL" ? null : `v${m.from}`,
        toVenueId: m.kind === "DEPARTURE" ? null : `v${m.to}`,
        startsAt: at(m.start),
        endsAt: m.kind === "DEPARTURE" ? null : at(m.start + (m.kind === "TRANSFER" ? Math.max(1, m.length) : m.length)),
        fromItemId,
        toItemId: toCandidate === fromItemId ? null : toCandidate,
        principalLevel: m.level,
      };
    });
    return {
      timeZone: "Europe/Amsterdam",
      travelBufferMinutes: r.buffer,
      venues,
      spaces,
      travelTimes: PAIRS.flatMap(([from, to], k) => (r.travel[k] === null ? [] : [{ fromVenueId: `v${from}`, toVenueId: `v${to}`, minutes: r.travel[k]! }])),
      delegations: r.stays.map((s, i) => ({ id: `d${i}`, name: `Delegation ${i}`, arrivesAt: s.arrives === null ? null : at(s.arrives), departsAt: s.departs === null ? null : at(s.departs) })),
      members,
      items,
      movements,
    };
  });

type Occ = { id: string; isMovement: boolean; start: number; end: number; startPlace?: string; endPlace?: string; links: string[] };

function key(type: string, ids: readonly string[], subject: string, severity: string): string {
  return `${type}|${[...ids].sort().join(",")}|${subject}|${severity}`;
}

function engineKeys(conflicts: readonly Conflict[]): string[] {
  return conflicts
    .filter((c) => CHECKED.has(c.type))
    .map((c) => key(c.type, [...c.itemIds, ...(c.movementIds ?? [])], c.memberId ?? c.delegationId ?? "?", c.severity))
    .sort();
}

/**
 * Whether a transfer carries this member, from the rule as written: the principals, unless its
 * level names a function none of them has; then the most senior member of that function (lowest
 * precedence, then id), or the principals when the delegation has none.
 */
function carries(s: SummitSnapshot, mv: SummitMovement, memberId: string): boolean {
  const mine = s.members.filter((x) => x.delegationId === mv.delegationId);
  const principals = mine.filter((x) => x.isPrincipal).map((x) => x.id);
  const level = mv.principalLevel;
  if (!level || level === "HEAD_OF_STATE_OR_GOVERNMENT" || mine.some((x) => x.isPrincipal && x.function === level)) return principals.includes(memberId);
  let senior: (typeof mine)[number] | undefined;
  for (const x of mine) {
    if (x.function !== level) continue;
    if (!senior || (x.precedence ?? 99) < (senior.precedence ?? 99) || ((x.precedence ?? 99) === (senior.precedence ?? 99) && x.id < senior.id)) senior = x;
  }
  return senior ? senior.id === memberId : principals.includes(memberId);
}

function referenceKeys(s: SummitSnapshot): string[] {
  const keys = new Set<string>();
  const items = s.items.filter((i) => i.status !== "CANCELLED");
  const venueOfSpace = new Map(s.spaces.map((sp) => [sp.id, sp.venueId]));
  const movements = s.movements ?? [];
  const ride = (a: string, b: string) =>
    (s.travelTimes.find((t) => t.fromVenueId === a && t.toVenueId === b) ?? s.travelTimes.find((t) => t.fromVenueId === b && t.toVenueId === a))?.minutes;

  for (const m of s.members) {
    const occs: Occ[] = [];
    for (const i of items) {
      if (!(i.memberIds.includes(m.id) || (m.isPrincipal && i.delegationIds.includes(m.delegationId)))) continue;
      const place = i.spaceId ? venueOfSpace.get(i.spaceId) : undefined;
      occs.push({ id: i.id, isMovement: false, start: i.startsAt.getTime(), end: i.endsAt.getTime(), startPlace: place, endPlace: place, links: [] });
    }
    for (const mv of movements) {
      if (mv.delegationId !== m.delegationId || (mv.kind === "TRANSFER" && !carries(s, mv, m.id))) continue;
      const start = mv.startsAt.getTime();
      const end = mv.kind === "DEPARTURE" || !mv.endsAt ? start : mv.endsAt.getTime();
      occs.push({
        id: mv.id,
        isMovement: true,
        start,
        end,
        startPlace: (mv.kind === "ARRIVAL" ? mv.toVenueId : mv.fromVenueId) ?? undefined,
        endPlace: (mv.kind === "DEPARTURE" ? mv.fromVenueId : mv.toVenueId) ?? undefined,
        links: [mv.fromItemId, mv.toItemId].filter((x): x is string => !!x),
      });
    }
    // Overlaps: walk the day a minute at a time; two occupations holding the same minute clash.
    for (let t = BASE; t < BASE + 80 * SLOT; t += MINUTE) {
      const here = occs.filter((o) => o.start <= t && t < o.end);
      for (let a = 0; a < here.length; a++) {
        for (let b = a + 1; b < here.length; b++) {
          const [x, y] = [here[a], here[b]];
          if (x.links.includes(y.id) || y.links.includes(x.id)) continue;
          keys.add(key("MEMBER_OVERLAP", [x.id, y.id], m.id, "hard"));
        }
      }
    }
    // Travel: from the earlier occupation that ends last before this one starts.
    const order = [...occs].sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1));
    order.forEach((to, k) => {
      let from: Occ | undefined;
      for (let j = 0; j < k; j++) {
        if (order[j].end > to.start) continue;
        if (!from || order[j].end >= from.end) from = order[j];
      }
      if (!from || !from.endPlace || !to.startPlace || from.endPlace === to.startPlace) return;
      const minutes = ride(from.endPlace, to.startPlace);
      if (minutes === undefined) return;
      const gap = (to.start - from.end) / MINUTE;
      if (gap < minutes + s.travelBufferMinutes) keys.add(key("INSUFFICIENT_TRAVEL_TIME", [from.id, to.id], m.id, gap < minutes ? "hard" : "warning"));
    });
  }

  // Stays: the stricter of the recorded dates and the first landing / last take-off.
  const stayOf = (d: SummitSnapshot["delegations"][number]) => {
    const landings = movements.filter((mv) => mv.delegationId === d.id && mv.kind === "ARRIVAL").sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const takeOffs = movements.filter((mv) => mv.delegationId === d.id && mv.kind === "DEPARTURE").sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
    const arrive = [d.arrivesAt?.getTime(), landings[0]?.startsAt.getTime()].filter((x): x is number => x !== undefined);
    const depart = [d.departsAt?.getTime(), takeOffs[0]?.startsAt.getTime()].filter((x): x is number => x !== undefined);
    return { landings, takeOffs, here: arrive.length ? Math.max(...arrive) : -Infinity, gone: depart.length ? Math.min(...depart) : Infinity };
  };
  for (const d of s.delegations) {
    const { landings, takeOffs, here, gone } = stayOf(d);
    for (const i of items) {
      const takesPart = i.delegationIds.includes(d.id) || i.memberIds.some((id) => s.members.find((m) => m.id === id)?.delegationId === d.id);
      if (!takesPart) continue;
      const ids = [i.id];
      const early = i.startsAt.getTime() < here;
      const late = i.endsAt.getTime() > gone;
      if (!early && !late) continue;
      // The flight that sets the bound is named when it is the stricter one (or equal).
      if (early && landings[0] && landings[0].startsAt.getTime() === here) ids.push(landings[0].id);
      if (late && takeOffs[0] && takeOffs[0].startsAt.getTime() === gone) ids.push(takeOffs[0].id);
      keys.add(key("OUTSIDE_DELEGATION_WINDOW", ids, d.id, "hard"));
    }
  }

  // Transfers within the stay as well.
  for (const d of s.delegations) {
    const { landings, takeOffs, here, gone } = stayOf(d);
    for (const mv of movements.filter((m) => m.delegationId === d.id && m.kind === "TRANSFER")) {
      const end = mv.endsAt ? mv.endsAt.getTime() : mv.startsAt.getTime();
      const early = mv.startsAt.getTime() < here;
      const late = end > gone;
      if (!early && !late) continue;
      const ids = [mv.id];
      if (early && landings[0] && landings[0].startsAt.getTime() === here) ids.push(landings[0].id);
      if (late && takeOffs[0] && takeOffs[0].startsAt.getTime() === gone) ids.push(takeOffs[0].id);
      keys.add(key("OUTSIDE_DELEGATION_WINDOW", ids, d.id, "hard"));
    }
  }

  // Linked transfers must leave after their item ends and arrive before their item starts.
  for (const mv of movements) {
    const end = mv.endsAt ? mv.endsAt.getTime() : mv.startsAt.getTime();
    const from = items.find((i) => i.id === mv.fromItemId);
    if (from && mv.startsAt < from.endsAt) keys.add(key("TRANSFER_MISALIGNED", [from.id, mv.id], mv.delegationId, "hard"));
    const to = items.find((i) => i.id === mv.toItemId);
    if (to && end > to.startsAt.getTime()) keys.add(key("TRANSFER_MISALIGNED", [to.id, mv.id], mv.delegationId, "hard"));
  }
  return [...keys].sort();
}

describe("checkSummit with movements (property)", () => {
  it("agrees with a minute-by-minute reference on overlaps, travel, stays and linked transfers", () => {
    fc.assert(
      fc.property(summitArb, (snapshot) => {
        expect(engineKeys(checkSummit(snapshot))).toEqual(referenceKeys(snapshot));
      }),
      { numRuns: 400 },
    );
  });
});
