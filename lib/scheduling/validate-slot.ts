// Re-checks one proposed slot, e.g. when a bilateral is confirmed some time after it was proposed.
// Deliberately written item by item (no span arithmetic, no shared sweep) so that it also serves as
// the independent reference the slot finder is tested against: findSlots may only return slots
// for which this returns no reason.
import { formatTime, isoDayOf } from "@/lib/time";

import { placeAtEnd, placeAtStart, travelMinutes } from "./context";
import { dayAndTime, itemWithTimes, minutesAsClock, timeRange } from "./describe";
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
): string[] {
  const { ctx } = r;
  const { timeZone, travelBufferMinutes: buffer } = ctx.snapshot;
  const bufferText = buffer > 0 ? ` (+${buffer} min buffer)` : "";
  // In compareItems order (the engine's indexes keep it), which lastEnding's tie-break relies on.
  const items = ctx.itemsByMember.get(member.id) ?? [];
  const reasons: string[] = [];
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
      reasons.push(
        `${member.title}: ${before.title} ends ${formatTime(before.endsAt, timeZone)} at ${beforeVenue.name}; ` +
          `travel to ${venue.name} takes ${minutes} min${bufferText}`,
      );
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
    reasons.push(
      `${member.title}: ${next.title} starts ${formatTime(next.startsAt, timeZone)} at ${nextVenue.name}; ` +
        `travel from ${venue.name} takes ${minutes} min${bufferText}`,
    );
  });
  return reasons;
}

function spaceReasons(r: NormalizedSlotRequest, space: SummitSpace, slot: Proposal): string[] {
  const { ctx } = r;
  const timeZone = ctx.snapshot.timeZone;
  const reasons: string[] = [];
  if (space.capacity < r.minCapacity) reasons.push(`${space.name} holds ${space.capacity}, fewer than ${r.minCapacity}`);
  if (!alwaysOpen(space)) {
    const hours = openingInstants(space, isoDayOf(slot.startsAt, timeZone), timeZone);
    if (slot.startsAt < hours.opens || slot.endsAt > hours.closes) {
      const { opens, closes } = openingMinutes(space);
      reasons.push(`${space.name} is open ${minutesAsClock(opens)}–${minutesAsClock(closes)} only`);
    }
  }
  for (const booking of ctx.itemsBySpace.get(space.id) ?? []) {
    if (itemsOverlap(booking, asItem(slot))) reasons.push(`${space.name} is booked: ${itemWithTimes(booking, timeZone)}`);
  }
  return reasons;
}

function memberReasons(r: NormalizedSlotRequest, member: SummitMember, venue: SummitVenue, slot: Proposal): string[] {
  const { ctx } = r;
  const timeZone = ctx.snapshot.timeZone;
  const reasons: string[] = [];
  const stay = ctx.stayByDelegation.get(member.delegationId);
  if (stay?.arrives && slot.startsAt < stay.arrives.at) {
    const text = stay.arrives.movement?.text ?? `arrives ${dayAndTime(stay.arrives.at, timeZone)}`;
    reasons.push(`${member.title} ${text}`);
  }
  if (stay?.departs && slot.endsAt > stay.departs.at) {
    const text = stay.departs.movement?.text ?? `departs ${dayAndTime(stay.departs.at, timeZone)}`;
    reasons.push(`${member.title} ${text}`);
  }
  for (const item of ctx.itemsByMember.get(member.id) ?? []) {
    if (itemsOverlap(item, asItem(slot))) reasons.push(`${member.title} is in ${itemWithTimes(item, timeZone)}`);
  }
  return [...reasons, ...travelReasons(r, member, venue, slot)];
}

/** Why the slot does not fit the request (empty when it does), with summit-local times. */
export function validateSlot(snapshot: SummitSnapshot, request: SlotRequest, slot: Proposal): string[] {
  const prepared = prepareSlotRequest(snapshot, request);
  if (!prepared.ok) return prepared.errors;
  const r = prepared.request;
  const { ctx } = r;
  const timeZone = snapshot.timeZone;

  const reasons: string[] = [];
  const start = slot.startsAt.getTime();
  const end = slot.endsAt.getTime();
  if (end - start !== r.durationMs) {
    reasons.push(`The slot ${timeRange(asItem(slot), timeZone)} does not last the requested ${r.durationMinutes} min`);
  }
  if (start < r.earliest || end > r.latest) {
    reasons.push(
      `The slot ${timeRange(asItem(slot), timeZone)} lies outside the window ` +
        `${dayAndTime(new Date(r.earliest), timeZone)} – ${dayAndTime(new Date(r.latest), timeZone)}`,
    );
  }

  const space = ctx.spacesById.get(slot.spaceId);
  const venue = space && ctx.venuesById.get(space.venueId);
  if (!space || !venue) return [...reasons, `Unknown space: ${slot.spaceId}`];
  if (slot.venueId !== venue.id) reasons.push(`${space.name} is at ${venue.name}, not at ${slot.venueId}`);
  if (r.venueId !== undefined && r.venueId !== venue.id) {
    reasons.push(`${space.name} is not at ${ctx.venuesById.get(r.venueId)?.name ?? r.venueId}`);
  }
  reasons.push(...spaceReasons(r, space, slot));
  for (const member of r.members) reasons.push(...memberReasons(r, member, venue, slot));
  return reasons;
}
