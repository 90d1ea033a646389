// Sequence generation, moves, typed times and re-plans, checked on random sequences: the order
// asked for is kept, consecutive arrivals keep the step, nothing overlaps at the entrance, and
// everything lies inside the window before the item.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSequence, moveParty, replanSequence, SequenceFitError, setPartyTime, stepMinutes, tailMinutes, type Party, type SequenceParams, type TimedParty } from "./sequence";

const paramsArb: fc.Arbitrary<SequenceParams> = fc.record({
  intervalMinutes: fc.integer({ min: 1, max: 10 }),
  groupGapMinutes: fc.integer({ min: 0, max: 10 }),
  greetingMinutes: fc.integer({ min: 0, max: 3 }),
  pressMinutes: fc.integer({ min: 0, max: 3 }),
  minGapMinutes: fc.integer({ min: 0, max: 6 }),
  windowMinutes: fc.integer({ min: 5, max: 720 }),
  seniorLast: fc.boolean(),
});

const partiesArb: fc.Arbitrary<Party[]> = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 45 })
  .map((ranks) => [...ranks].sort((a, b) => a - b).map((rank, i) => ({ delegationId: `d${i}`, rank })));

function assertWellFormed(slots: readonly TimedParty[], p: SequenceParams) {
  const step = stepMinutes(p);
  for (let i = 1; i < slots.length; i++) expect(slots[i].offsetMinutes - slots[i - 1].offsetMinutes).toBeGreaterThanOrEqual(step);
  expect(slots[0].offsetMinutes).toBeGreaterThanOrEqual(-p.windowMinutes);
  expect(slots.at(-1)!.offsetMinutes + tailMinutes(p)).toBeLessThanOrEqual(0);
  expect(new Set(slots.map((s) => s.delegationId)).size).toBe(slots.length);
}

function generated(parties: Party[], p: SequenceParams): TimedParty[] | null {
  try {
    return generateSequence(parties, p);
  } catch (error) {
    if (error instanceof SequenceFitError) return null;
    throw error;
  }
}

describe("generateSequence", () => {
  it("keeps the precedence order (reversed when the most senior arrives last), the step and the window", () => {
    fc.assert(
      fc.property(partiesArb, paramsArb, (parties, p) => {
        const slots = generated(parties, p);
        const step = stepMinutes(p);
        const needed = (parties.length - 1) * step + tailMinutes(p);
        if (slots === null) {
          // Refused only when it cannot fit, group gaps included.
          expect(needed + p.groupGapMinutes * 4).toBeGreaterThan(p.windowMinutes);
          return;
        }
        const expected = parties.map((x) => x.delegationId);
        expect(slots.map((s) => s.delegationId)).toEqual(p.seniorLast ? [...expected].reverse() : expected);
        assertWellFormed(slots, p);
        // The last party is through the door exactly as the item starts.
        expect(slots.at(-1)!.offsetMinutes + tailMinutes(p)).toBe(0);
        // Longer gaps where the rank changes.
        const order = p.seniorLast ? [...parties].reverse() : parties;
        for (let i = 1; i < slots.length; i++) {
          const gap = slots[i].offsetMinutes - slots[i - 1].offsetMinutes;
          expect(gap).toBe(step + (order[i].rank !== order[i - 1].rank ? p.groupGapMinutes : 0));
        }
      }),
    );
  });

  it("refuses a sequence longer than the window allows", () => {
    const parties = Array.from({ length: 45 }, (_, i) => ({ delegationId: `d${i}`, rank: 0 }));
    const p: SequenceParams = { intervalMinutes: 3, groupGapMinutes: 0, greetingMinutes: 1, pressMinutes: 1, minGapMinutes: 2, windowMinutes: 60, seniorLast: true };
    expect(() => generateSequence(parties, p)).toThrow(/45 arrivals need 134 minutes, but arrivals open only 60 minutes/);
  });
});

describe("moveParty", () => {
  it("moves one party to its new place, the others keep their order and the times stay with the places", () => {
    fc.assert(
      fc.property(partiesArb, paramsArb, fc.nat(), fc.nat(), (parties, p, a, b) => {
        const slots = generated(parties, { ...p, windowMinutes: 720 * 10 });
        if (!slots) return;
        const from = a % slots.length;
        const to = b % slots.length;
        const moved = moveParty(slots, from, to);
        expect(moved[to].delegationId).toBe(slots[from].delegationId);
        expect(moved.filter((_, i) => i !== to).map((s) => s.delegationId)).toEqual(slots.filter((_, i) => i !== from).map((s) => s.delegationId));
        expect(moved.map((s) => s.offsetMinutes)).toEqual(slots.map((s) => s.offsetMinutes));
      }),
    );
  });
});

describe("setPartyTime", () => {
  it("keeps the typed time, re-flows the rest in order with the step, or refuses when it no longer fits", () => {
    fc.assert(
      fc.property(partiesArb, paramsArb, fc.nat(), fc.integer({ min: -800, max: 10 }), (parties, p, pick, offset) => {
        const slots = generated(parties, p);
        if (!slots) return;
        const party = slots[pick % slots.length].delegationId;
        let next: TimedParty[];
        try {
          next = setPartyTime(slots, party, offset, p);
        } catch (error) {
          expect(error).toBeInstanceOf(SequenceFitError);
          return;
        }
        expect(next.find((s) => s.delegationId === party)!.offsetMinutes).toBe(offset);
        assertWellFormed(next, p);
        // The others keep their relative order.
        const others = (list: TimedParty[]) => list.filter((s) => s.delegationId !== party).map((s) => s.delegationId);
        expect(others(next)).toEqual(others(slots));
      }),
    );
  });
});

describe("replanSequence", () => {
  it("keeps the step, never puts a party before it can be there, and keeps the order of the parties on time", () => {
    fc.assert(
      fc.property(partiesArb, paramsArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -300, max: 60 })), { maxLength: 5 }), (parties, p, delays) => {
        const slots = generated(parties, { ...p, windowMinutes: 720 });
        if (!slots) return;
        const earliest = new Map(delays.map(([i, at]) => [slots[i % slots.length].delegationId, at] as const));
        const { slots: next, overrun } = replanSequence({ slots, earliest, params: { ...p, windowMinutes: 720 } });
        expect(next.map((s) => s.delegationId).sort()).toEqual(slots.map((s) => s.delegationId).sort());
        const step = stepMinutes(p);
        for (let i = 1; i < next.length; i++) expect(next[i].offsetMinutes - next[i - 1].offsetMinutes).toBeGreaterThanOrEqual(step);
        for (const s of next) expect(s.offsetMinutes).toBeGreaterThanOrEqual(earliest.get(s.delegationId) ?? -Infinity);
        // Parties nobody waits for keep their order among themselves.
        const onTime = (list: readonly TimedParty[]) => list.filter((s) => !earliest.has(s.delegationId)).map((s) => s.delegationId);
        expect(onTime(next)).toEqual(onTime(slots));
        // Nobody arrives before the first time of the old plan.
        for (const s of next) expect(s.offsetMinutes).toBeGreaterThanOrEqual(slots[0].offsetMinutes);
        expect(overrun).toEqual(next.filter((s) => s.offsetMinutes > -tailMinutes(p)).map((s) => s.delegationId));
      }),
    );
  });

  it("without delays changes nothing", () => {
    const p: SequenceParams = { intervalMinutes: 3, groupGapMinutes: 2, greetingMinutes: 1, pressMinutes: 1, minGapMinutes: 2, windowMinutes: 120, seniorLast: true };
    const slots = generateSequence([0, 0, 1, 1, 3].map((rank, i) => ({ delegationId: `d${i}`, rank })), p);
    expect(replanSequence({ slots, earliest: new Map(), params: p })).toEqual({ slots, overrun: [] });
  });

  it("lets a late party slide later while the others move up into its place", () => {
    const p: SequenceParams = { intervalMinutes: 5, groupGapMinutes: 0, greetingMinutes: 1, pressMinutes: 1, minGapMinutes: 2, windowMinutes: 120, seniorLast: false };
    const slots: TimedParty[] = [{ delegationId: "a", offsetMinutes: -22 }, { delegationId: "b", offsetMinutes: -17 }, { delegationId: "c", offsetMinutes: -12 }, { delegationId: "d", offsetMinutes: -7 }];
    const { slots: next } = replanSequence({ slots, earliest: new Map([["a", -15]]), params: p });
    expect(next).toEqual([{ delegationId: "b", offsetMinutes: -22 }, { delegationId: "c", offsetMinutes: -17 }, { delegationId: "a", offsetMinutes: -12 }, { delegationId: "d", offsetMinutes: -7 }]);
  });
});
