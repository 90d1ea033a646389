// From the engine's ranked slots (lib/scheduling findSlots: preferred days, least travel, earliest,
// smallest room) to a short list of suggestions that differ meaningfully: in one venue no two start
// less than `minGapMinutes` apart, so the planner is not offered 10:00, 10:05, 10:10… in the same
// room. The best slot comes first; the earliest slot all are free and, when there is one, a slot in
// another venue are always among them (on the preferred days, when the best is on one). Each says
// why it is offered. Pure, so it is unit-tested.

export type RankedSlot = {
  startsAt: Date;
  endsAt: Date;
  spaceId: string;
  venueId: string;
  /** Motorcade minutes of all participants, from their previous item and to their next. */
  travelMinutes: number;
  preferred: boolean;
};

/** What the bilaterals know of a slot beyond the engine's fields (see slots.ts). */
export type SlotFacts = {
  /** Every participant with an earlier item that day has the latest of them at this venue. */
  sameVenueAsPrevious: boolean;
  /** The smallest space of its venue that seats them, and the venue has bigger ones. */
  rightSizedRoom: boolean;
};

export const SUGGESTION_REASONS = ["earliest", "sameVenue", "noTravel", "preferredDay", "roomSize", "otherVenue", "otherTime"] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export type Suggestion<S extends RankedSlot> = { slot: S; reasons: SuggestionReason[] };

export const MIN_GAP_MINUTES = 30;

const NO_FACTS: SlotFacts = { sameVenueAsPrevious: false, rightSizedRoom: false };

function tooClose(a: RankedSlot, b: RankedSlot, gapMs: number): boolean {
  return a.venueId === b.venueId && Math.abs(a.startsAt.getTime() - b.startsAt.getTime()) < gapMs;
}

/**
 * Up to `limit` of `ranked` (best first, as the engine ranks them), meaningfully different, each
 * with its reasons. `facts` adds what the engine's slot does not carry.
 */
export function diverseSuggestions<S extends RankedSlot>(
  ranked: readonly S[],
  options: { limit: number; minGapMinutes?: number; facts?: (slot: S) => SlotFacts },
): Suggestion<S>[] {
  const { limit, minGapMinutes = MIN_GAP_MINUTES, facts = () => NO_FACTS } = options;
  if (ranked.length === 0 || limit < 1) return [];
  const gapMs = minGapMinutes * 60_000;
  const rank = new Map<S, number>(ranked.map((slot, i) => [slot, i]));
  // The earliest and the other-venue slot are drawn from the best slot's kind of day only: a slot
  // on a day the delegations did not prefer never displaces one on a preferred day.
  const pool = ranked.filter((slot) => slot.preferred === ranked[0].preferred);
  const earliest = pool.reduce((best, slot) => (slot.startsAt < best.startsAt ? slot : best), pool[0]);
  const bestVenue = ranked[0].venueId;
  const otherVenue = pool.find((slot) => slot.venueId !== bestVenue);

  const picked: S[] = [];
  const fits = (slot: S) => !picked.some((p) => tooClose(p, slot, gapMs));
  const take = (slot: S | undefined) => {
    if (slot && picked.length < limit && !picked.includes(slot) && fits(slot)) picked.push(slot);
  };
  take(ranked[0]);
  take(earliest);
  take(otherVenue);
  for (const slot of ranked) {
    if (picked.length >= limit) break;
    take(slot);
  }
  picked.sort((a, b) => rank.get(a)! - rank.get(b)!);

  return picked.map((slot) => {
    const known = facts(slot);
    const reasons: SuggestionReason[] = [];
    if (slot.preferred === earliest.preferred && slot.startsAt.getTime() === earliest.startsAt.getTime()) reasons.push("earliest");
    if (slot.travelMinutes === 0) reasons.push(known.sameVenueAsPrevious ? "sameVenue" : "noTravel");
    if (slot.preferred) reasons.push("preferredDay");
    if (known.rightSizedRoom) reasons.push("roomSize");
    if (slot.venueId !== bestVenue) reasons.push("otherVenue");
    if (reasons.length === 0) reasons.push("otherTime");
    return { slot, reasons };
  });
}
