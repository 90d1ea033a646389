// Re-checks one proposed slot, e.g. when a bilateral is confirmed some time after it was proposed.
// Deliberately written item by item (no span arithmetic, no shared sweep) so that it also serves as
// the independent reference the slot finder is tested against: findSlots may only return slots
// for which this returns no reason.
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { formatTime, isoDayOf } from "@/lib/time";

import { placeAtEnd, placeAtStart, travelMinutes } from "./context";
import { dayAndTimeArg, itemWithTimesPhrase, minutesAsClock, timeRange } from "./describe";
import { itemsOverlap } from "./intervals";
import { prepareSlotRequest, type NormalizedSlotRequest } from "./slot-request";
import type { Slot, SlotRequest } from "./slot-types";
import { alwaysOpen, openingInstants, openingMinutes } from "./space-hours";
import type { SummitItem, SummitMember, SummitSnapshot, SummitSpace, SummitVenue } from "./types";

type Proposal = Pick<Slot, "startsAt" | "endsAt" | "spaceId" | "venueId">;

/** The slot in the shape the interval and text helpers take. */
const asItem = (slot: Proposal) => ({ id: "", title: "", startsAt: slot.startsAt, endsAt: slot.endsAt });

/** The travel rule's previous item among `candidates`: the one ending last, found by looking at each. */
function lastEnding(candidates: readonly SummitItem[]): SummitItem | undefined {
  let best: SummitItem | undefined;
  for (const c of candidates) {
    // `candidates` are in compareItems order, so >= lets the later one win a tie, as the rule does.
    if (best === undefined || c.endsAt >= best.endsAt) best = c;
  }
  return best;
}

function travelReasons(
  r: NormalizedSlotRequest,
  member: SummitMember,
  venue: SummitVenue,
  slot: Proposal,
): Phrase[] {
  const { ctx } = r;
  const { timeZone, travelBufferMinutes: buffer } = ctx.snapshot;
  // In compareItems order (the engine's indexes keep it), which lastEnding's tie-break relies on.
  const items = ctx.itemsByMember.get(member.id) ?? [];
  const reasons: Phrase[] = [];
  /** Travel minutes when the gap is too short for them plus the buffer, else undefined. */
  const shortOf = (leaves: Date, arrives: Date, fromVenue: string, toVenue: string): number | undefined => {
    if (fromVenue === toVenue) return undefined;
    const minutes = travelMinutes(ctx, fromVenue, toVenue);
    if (minutes === undefined) return undefined;
    const gap = (arrives.getTime() - leaves.getTime()) / 60_000;
    return gap < minutes + buffer ? minutes : undefined;
  };

  // From: the item ending last among those that started and ended by the slot's start.
  const before = lastEnding(items.filter((i) => i.startsAt <= slot.startsAt && i.endsAt <= slot.startsAt));
  const beforeVenue = before && placeAtEnd(ctx, before);
  if (before && beforeVenue) {
    const minutes = shortOf(before.endsAt, slot.startsAt, beforeVenue.id, venue.id);
    if (minutes !== undefined) {
      const args = [member.title, before.title, formatTime(before.endsAt, timeZone), beforeVenue.name, venue.name, minutes] as const;
      reasons.push(buffer > 0 ? phrase("travelAfterWithBuffer", ...args, buffer) : phrase("travelAfter", ...args));
    }
  }

  // To: every later item whose previous whereabouts the slot would become.
  items.forEach((next, n) => {
    if (next.startsAt < slot.endsAt) return;
    const current = lastEnding(items.slice(0, n).filter((i) => i.endsAt <= next.startsAt));
    if (current && current.endsAt >= slot.endsAt) return;
    const nextVenue = placeAtStart(ctx, next);
    if (!nextVenue) return;
    const minutes = shortOf(slot.endsAt, next.startsAt, venue.id, nextVenue.id);
    if (minutes === undefined) return;
    const args = [member.title, next.title, formatTime(next.startsAt, timeZone), nextVenue.name, venue.name, minutes] as const;
    reasons.push(buffer > 0 ? phrase("travelBeforeWithBuffer", ...args, buffer) : phrase("travelBefore", ...args));
  });
  return reasons;
}

function spaceReasons(r: NormalizedSlotRequest, space: SummitSpace, slot: Proposal): Phrase[] {
  const { ctx } = r;
  const timeZone = ctx.snapshot.timeZone;
  const reasons: Phrase[] = [];
  if (space.capacity < r.minCapacity) reasons.push(phrase("spaceTooSmall", space.name, space.capacity, r.minCapacity));
  if (!alwaysOpen(space)) {
    const hours = openingInstants(space, isoDayOf(slot.startsAt, timeZone), timeZone);
    if (slot.startsAt < hours.opens || slot.endsAt > hours.closes) {
      const { opens, closes } = openingMinutes(space);
      reasons.push(phrase("spaceOpenOnly", space.name, minutesAsClock(opens), minutesAsClock(closes)));
    }
  }
  for (const booking of ctx.itemsBySpace.get(space.id) ?? []) {
    if (itemsOverlap(booking, asItem(slot))) reasons.push(phrase("spaceBooked", space.name, itemWithTimesPhrase(booking, timeZone)));
  }
  return reasons;
}

function memberReasons(r: NormalizedSlotRequest, member: SummitMember, venue: SummitVenue, slot: Proposal): Phrase[] {
  const { ctx } = r;
  const timeZone = ctx.snapshot.timeZone;
  const reasons: Phrase[] = [];
  const stay = ctx.stayByDelegation.get(member.delegationId);
  if (stay?.arrives && slot.startsAt < stay.arrives.at) {
    const said = stay.arrives.movement?.phrase ?? phrase("arrivesWhen", dayAndTimeArg(stay.arrives.at, timeZone));
    reasons.push(phrase("memberStay", member.title, said));
  }
  if (stay?.departs && slot.endsAt > stay.departs.at) {
    const said = stay.departs.movement?.phrase ?? phrase("departsWhen", dayAndTimeArg(stay.departs.at, timeZone));
    reasons.push(phrase("memberStay", member.title, said));
  }
  for (const item of ctx.itemsByMember.get(member.id) ?? []) {
    if (itemsOverlap(item, asItem(slot))) reasons.push(phrase("memberIn", member.title, itemWithTimesPhrase(item, timeZone)));
  }
  return [...reasons, ...travelReasons(r, member, venue, slot)];
}

/** Why the slot does not fit the request (empty when it does), with summit-local times. */
export function validateSlot(snapshot: SummitSnapshot, request: SlotRequest, slot: Proposal): string[] {
  return slotReasons(snapshot, request, slot).map(englishPhrase);
}

/** The same reasons as phrases of the dictionary, for a page in the reader's language. */
export function slotReasons(snapshot: SummitSnapshot, request: SlotRequest, slot: Proposal): Phrase[] {
  const prepared = prepareSlotRequest(snapshot, request);
  if (!prepared.ok) return prepared.errors;
  const r = prepared.request;
  const { ctx } = r;
  const timeZone = snapshot.timeZone;

  const reasons: Phrase[] = [];
  const start = slot.startsAt.getTime();
  const end = slot.endsAt.getTime();
  if (end - start !== r.durationMs) {
    reasons.push(phrase("slotWrongLength", timeRange(asItem(slot), timeZone), r.durationMinutes));
  }
  if (start < r.earliest || end > r.latest) {
    reasons.push(phrase("slotOutsideWindow", timeRange(asItem(slot), timeZone), dayAndTimeArg(new Date(r.earliest), timeZone), dayAndTimeArg(new Date(r.latest), timeZone)));
  }

  const space = ctx.spacesById.get(slot.spaceId);
  const venue = space && ctx.venuesById.get(space.venueId);
  if (!space || !venue) return [...reasons, phrase("unknownSpace", slot.spaceId)];
  if (slot.venueId !== venue.id) reasons.push(phrase("spaceAtOtherVenue", space.name, venue.name, slot.venueId));
  if (r.venueId !== undefined && r.venueId !== venue.id) {
    reasons.push(phrase("spaceNotAt", space.name, ctx.venuesById.get(r.venueId)?.name ?? r.venueId));
  }
  reasons.push(...spaceReasons(r, space, slot));
  for (const member of r.members) reasons.push(...memberReasons(r, member, venue, slot));
  return reasons;
}
