// Arrival times at one entrance, as minutes from the item's start (negative: before it). The last
// party is greeted and past the press by the time the item starts; consecutive arrivals are at
// least one step apart (the interval, the greeting and press at the door, the entrance's minimum
// gap, whichever is longest), with extra minutes where the rank changes. Pure.
import { errorsEn, type ErrorsText } from "@/lib/i18n/errors";

export type SequenceParams = {
  intervalMinutes: number;
  groupGapMinutes: number;
  greetingMinutes: number;
  pressMinutes: number;
  /** The entrance's minimum gap between two arrivals. */
  minGapMinutes: number;
  /** Arrivals open this many minutes before the item starts. */
  windowMinutes: number;
  seniorLast: boolean;
};

export type Party = { delegationId: string; rank: number };
export type TimedParty = { delegationId: string; offsetMinutes: number };

/**
 * Why a sequence cannot be placed: the message names the numbers, nothing is written. `say` words
 * it in a dictionary of refusals (the message is its English), for a reader of another language.
 */
export class SequenceFitError extends Error {
  constructor(
    readonly say: (t: ErrorsText) => string,
    readonly neededMinutes: number,
  ) {
    super(say(errorsEn));
  }
}

export function stepMinutes(p: Pick<SequenceParams, "intervalMinutes" | "greetingMinutes" | "pressMinutes" | "minGapMinutes">): number {
  return Math.max(p.intervalMinutes, p.greetingMinutes + p.pressMinutes, p.minGapMinutes, 1);
}

/** How long the door is busy with the last party (greeting and press) before the item starts. */
export function tailMinutes(p: Pick<SequenceParams, "greetingMinutes" | "pressMinutes">): number {
  return p.greetingMinutes + p.pressMinutes;
}

/**
 * Arrival order and offsets from the precedence order (most senior first). Throws SequenceFitError
 * when the arrivals do not fit the window before the item.
 */
export function generateSequence(precedenceOrder: readonly Party[], p: SequenceParams): TimedParty[] {
  const order = p.seniorLast ? [...precedenceOrder].reverse() : [...precedenceOrder];
  const step = stepMinutes(p);
  const relative: number[] = [];
  order.forEach((party, i) => {
    if (i === 0) return relative.push(0);
    const groupChange = party.rank !== order[i - 1].rank;
    relative.push(relative[i - 1] + step + (groupChange ? p.groupGapMinutes : 0));
  });
  const needed = (relative.at(-1) ?? 0) + tailMinutes(p);
  if (needed > p.windowMinutes) {
    throw new SequenceFitError((t) => t.arrivalsNeedMinutes(order.length, needed, p.windowMinutes), needed);
  }
  return order.map((party, i) => ({ delegationId: party.delegationId, offsetMinutes: relative[i] - needed }));
}

/** Check that timed parties lie inside the window and keep the step; throws SequenceFitError. */
export function assertFits(slots: readonly TimedParty[], p: SequenceParams): void {
  if (slots.length === 0) return;
  const first = slots[0].offsetMinutes;
  const last = slots[slots.length - 1].offsetMinutes;
  if (first < -p.windowMinutes || last + tailMinutes(p) > 0) {
    const needed = last + tailMinutes(p) - first;
    throw new SequenceFitError((t) => t.arrivalsOutsideWindow(first, last + tailMinutes(p), p.windowMinutes), needed);
  }
}

/**
 * A party dragged to another place in the order: the times stay where they were (the grid of
 * the sequence) and the parties take the times of their new places.
 */
export function moveParty(slots: readonly TimedParty[], from: number, to: number): TimedParty[] {
  const parties = slots.map((s) => s.delegationId);
  const [moved] = parties.splice(from, 1);
  parties.splice(Math.max(0, Math.min(to, parties.length)), 0, moved);
  return parties.map((delegationId, i) => ({ delegationId, offsetMinutes: slots[i].offsetMinutes }));
}

/**
 * A party given a new time by typing it: it keeps that time; it takes its place in the order by
 * that time (after any party already there), then the later parties are pushed to keep the step
 * and the earlier ones pulled. Throws SequenceFitError when that leaves the window.
 */
export function setPartyTime(slots: readonly TimedParty[], delegationId: string, offsetMinutes: number, p: SequenceParams): TimedParty[] {
  const step = stepMinutes(p);
  const others = slots.filter((s) => s.delegationId !== delegationId).map((s) => ({ ...s }));
  let at = others.findIndex((s) => s.offsetMinutes > offsetMinutes);
  if (at === -1) at = others.length;
  const next = [...others.slice(0, at), { delegationId, offsetMinutes }, ...others.slice(at)];
  for (let j = at + 1; j < next.length; j++) next[j].offsetMinutes = Math.max(next[j].offsetMinutes, next[j - 1].offsetMinutes + step);
  for (let j = at - 1; j >= 0; j--) next[j].offsetMinutes = Math.min(next[j].offsetMinutes, next[j + 1].offsetMinutes - step);
  assertFits(next, p);
  return next;
}

export type ReplanInput = {
  slots: readonly TimedParty[];
  /** The earliest offset each party can now be at the door (absent: any time). */
  earliest: ReadonlyMap<string, number>;
  params: SequenceParams;
};

export type Replan = {
  slots: TimedParty[];
  /** Parties that end up past the item's start: the plan cannot keep them in time. */
  overrun: string[];
};

/**
 * Re-sequence after a party runs late. The times of the grid stay where they are; each grid time
 * goes to the first party, in the current order, that can make it; a party that makes none goes
 * after the last at the first time it can, keeping the step. So order is kept wherever the
 * late parties allow.
 */
export function replanSequence(input: ReplanInput): Replan {
  const step = stepMinutes(input.params);
  const waiting = [...input.slots];
  const earliestOf = (id: string) => input.earliest.get(id) ?? -Infinity;
  const result: TimedParty[] = [];
  for (const gridSlot of input.slots) {
    const before = result.at(-1)?.offsetMinutes;
    const time = before === undefined ? gridSlot.offsetMinutes : Math.max(gridSlot.offsetMinutes, before + step);
    const ready = waiting.findIndex((s) => earliestOf(s.delegationId) <= time);
    if (ready === -1) break;
    const [party] = waiting.splice(ready, 1);
    result.push({ delegationId: party.delegationId, offsetMinutes: time });
  }
  // The late ones, in order of when they can be there (then in their old order).
  const late = waiting
    .map((s, i) => ({ s, i }))
    .sort((a, b) => earliestOf(a.s.delegationId) - earliestOf(b.s.delegationId) || a.i - b.i)
    .map(({ s }) => s);
  for (const party of late) {
    const before = result.at(-1)?.offsetMinutes ?? -Infinity;
    result.push({ delegationId: party.delegationId, offsetMinutes: Math.max(before + step, earliestOf(party.delegationId)) });
  }
  const limit = -tailMinutes(input.params);
  return { slots: result, overrun: result.filter((s) => s.offsetMinutes > limit).map((s) => s.delegationId) };
}
