// The bilateral side of the slot finder: turn a request into the engine's SlotRequest (who, how
// long, when, preferred days), search it, and re-check one slot against a fresh snapshot.
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { BilateralLevel } from "@/lib/generated/prisma/enums";
import { englishPhrase, phraseText } from "@/lib/i18n";
import { worded } from "@/lib/i18n/errors";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { findSlots, slotReasons, type SlotRequest, type SummitSnapshot } from "@/lib/scheduling";
import { daysBetween, isoDayOf, isoDayOfDateColumn, type IsoDay } from "@/lib/time";
import { diverseSuggestions, MIN_GAP_MINUTES, type SlotFacts, type SuggestionReason } from "./internal/suggestions";
import { participantsAtLevel, type MemberRow, type PartyRef } from "./participants";
import { summitWindow, type SlotWindow, type SummitDays } from "./window";

export type SlotContext = {
  summit: SummitDays & { id: string };
  snapshot: SummitSnapshot;
  participants: MemberRow[];
};

export type RequestShape = {
  summitId: string;
  level: BilateralLevel;
  durationMinutes: number;
  preferredDays: readonly IsoDay[];
  parties: readonly PartyRef[];
};

export async function loadSummitDays(db: DbOrTx, summitId: string): Promise<SummitDays & { id: string }> {
  const summit = await db.summit.findUnique({ where: { id: summitId }, select: { id: true, timeZone: true, startDate: true, endDate: true } });
  if (!summit) throw new NotFoundError();
  return { id: summit.id, timeZone: summit.timeZone, days: daysBetween(isoDayOfDateColumn(summit.startDate), isoDayOfDateColumn(summit.endDate)) };
}

/** The members who would meet, one per party; a ValidationError naming each party without one. */
export async function loadParticipants(db: DbOrTx, level: BilateralLevel, parties: readonly PartyRef[]): Promise<MemberRow[]> {
  const members = await db.member.findMany({
    where: { delegationId: { in: parties.map((p) => p.id) } },
    select: { id: true, delegationId: true, title: true, function: true, precedence: true },
  });
  const result = participantsAtLevel(level, parties, members);
  if (!result.ok) {
    const refusal = worded("bilaterals.noParticipants", (_, lang) => result.said.map((p) => phraseText(p, lang)).join(" "), ["level"]);
    throw new ValidationError(refusal);
  }
  return result.members;
}

/** Everything a search or a re-check needs, read fresh from the database. */
export async function loadSlotContext(db: DbOrTx, request: RequestShape): Promise<SlotContext> {
  // One after the other: inside a transaction the queries share one connection anyway.
  const summit = await loadSummitDays(db, request.summitId);
  const participants = await loadParticipants(db, request.level, request.parties);
  const snapshot = await loadSummitSnapshot(db, request.summitId);
  return { summit, participants, snapshot };
}

export function slotRequestFor(ctx: SlotContext, request: RequestShape, window: SlotWindow, extra: Partial<SlotRequest> = {}): SlotRequest {
  return {
    memberIds: ctx.participants.map((m) => m.id),
    durationMinutes: request.durationMinutes,
    earliest: window.earliest,
    latest: window.latest,
    preferredDays: request.preferredDays,
    ...extra,
  };
}

export type ProposedSlot = { startsAt: Date; endsAt: Date; spaceId: string };

/** Why the slot no longer works for the request anywhere in the summit (empty when it does). */
export function slotProblems(ctx: SlotContext, request: RequestShape, slot: ProposedSlot): string[] {
  return slotProblemPhrases(ctx, request, slot).map(englishPhrase);
}

/** The same reasons as phrases of the dictionary, for a page in the reader's language. */
export function slotProblemPhrases(ctx: SlotContext, request: RequestShape, slot: ProposedSlot): Phrase[] {
  const space = ctx.snapshot.spaces.find((s) => s.id === slot.spaceId);
  if (!space) return [phrase("spaceGone")];
  return slotReasons(ctx.snapshot, slotRequestFor(ctx, request, summitWindow(ctx.summit)), { ...slot, venueId: space.venueId });
}

export type FoundSlot = {
  startsAt: string;
  endsAt: string;
  spaceId: string;
  spaceName: string;
  venueName: string;
  travelMinutes: number;
  preferred: boolean;
  /** Why it is suggested, best reason first. */
  reasons: SuggestionReason[];
};

/** `minGapMinutes`: suggestions in one venue start at least this far apart. */
export type FinderResult = { participants: string[]; slots: FoundSlot[]; explanation: string[]; said: Phrase[]; minGapMinutes: number };

// How many of the engine's ranked slots the suggestions are chosen from: enough for a whole day on
// the 5-minute grid in several venues, so the diverse ones are found among the best.
const CANDIDATES = 600;

/** What the engine's slot does not carry: same venue as the participants' previous item, room size. */
export function slotFacts(ctx: SlotContext): (slot: { startsAt: Date; spaceId: string; venueId: string }) => SlotFacts {
  const { snapshot } = ctx;
  const venueOfSpace = new Map(snapshot.spaces.map((s) => [s.id, s.venueId]));
  const principal = new Map(snapshot.members.map((m) => [m.id, m.isPrincipal]));
  const seats = ctx.participants.length;
  const items = snapshot.items.filter((i) => i.status !== "CANCELLED" && i.spaceId !== null);
  const attends = (memberId: string, delegationId: string, item: (typeof items)[number]) =>
    item.memberIds.includes(memberId) || (principal.get(memberId) === true && item.delegationIds.includes(delegationId));
  return (slot) => {
    const day = isoDayOf(slot.startsAt, snapshot.timeZone);
    const previousVenues = ctx.participants.flatMap((m) => {
      let previous: (typeof items)[number] | undefined;
      for (const item of items) {
        if (item.endsAt > slot.startsAt || isoDayOf(item.endsAt, snapshot.timeZone) !== day || !attends(m.id, m.delegationId, item)) continue;
        if (!previous || item.endsAt > previous.endsAt) previous = item;
      }
      return previous ? [venueOfSpace.get(previous.spaceId!)] : [];
    });
    const fitting = snapshot.spaces.filter((s) => s.venueId === slot.venueId && s.capacity >= seats).sort((a, b) => a.capacity - b.capacity);
    return {
      sameVenueAsPrevious: previousVenues.length > 0 && previousVenues.every((v) => v === slot.venueId),
      rightSizedRoom: fitting.length > 1 && fitting[0].id === slot.spaceId,
    };
  };
}

/**
 * The best slots for the request in the window, with names for display, or why there are none:
 * the engine's ranking, thinned to suggestions that differ meaningfully (internal/suggestions.ts).
 */
export function searchSlots(ctx: SlotContext, request: RequestShape, window: SlotWindow, options: { venueId?: string; limit: number }): FinderResult {
  const result = findSlots(ctx.snapshot, slotRequestFor(ctx, request, window, { venueId: options.venueId, limit: CANDIDATES }));
  const spaces = new Map(ctx.snapshot.spaces.map((s) => [s.id, s]));
  const venues = new Map(ctx.snapshot.venues.map((v) => [v.id, v.name]));
  const suggestions = diverseSuggestions(result.slots, { limit: options.limit, facts: slotFacts(ctx) });
  return {
    participants: ctx.participants.map((m) => m.title),
    slots: suggestions.map(({ slot, reasons }) => ({
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      spaceId: slot.spaceId,
      spaceName: spaces.get(slot.spaceId)?.name ?? slot.spaceId,
      venueName: venues.get(slot.venueId) ?? slot.venueId,
      travelMinutes: slot.travelMinutes,
      preferred: slot.preferred,
      reasons,
    })),
    explanation: result.explanation,
    said: result.said,
    minGapMinutes: MIN_GAP_MINUTES,
  };
}
