// Builds the indexes every rule shares, once per check. Unknown references (a member, space or
// delegation id that is not in the snapshot) are skipped rather than thrown on: a snapshot taken
// mid-edit must still produce the conflicts it can.
import { mergeByTime, sortedByTime } from "./intervals";
import { carriedMembers, delegationStays, endPlace, movementOccupation, startPlace } from "./occupancy";
import type {
  EngineContext,
  SummitItem,
  SummitMember,
  SummitSnapshot,
  SummitVenue,
} from "./types";

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Appends unless present. An item's lists are short, so `includes` is cheapest; a long one (a
 *  plenary of hundreds) switches to a Set kept beside it, so it stays linear overall. */
function addOnce(list: string[], value: string): void {
  if (list.length < 32) {
    if (!list.includes(value)) list.push(value);
    return;
  }
  let seen = longLists.get(list);
  if (!seen) {
    seen = new Set(list);
    longLists.set(list, seen);
  }
  if (!seen.has(value)) {
    seen.add(value);
    list.push(value);
  }
}

const longLists = new WeakMap<string[], Set<string>>();

export function buildEngineContext(snapshot: SummitSnapshot): EngineContext {
  const venuesById = byId(snapshot.venues);
  const spacesById = byId(snapshot.spaces);
  const delegationsById = byId(snapshot.delegations);
  const membersById = byId(snapshot.members);

  const items = sortedByTime(
    snapshot.items
      .filter((item) => item.status !== "CANCELLED")
      .map((item) => ({ ...item, startMs: item.startsAt.getTime(), endMs: item.endsAt.getTime() })),
  );
  const itemsById = byId(items);

  const principalsByDelegation = new Map<string, string[]>();
  const membersByDelegation = new Map<string, SummitMember[]>();
  for (const member of snapshot.members) {
    if (member.isPrincipal) pushTo(principalsByDelegation, member.delegationId, member.id);
    pushTo(membersByDelegation, member.delegationId, member);
  }

  const attendeesByItem = new Map<string, readonly string[]>();
  const delegationsByItem = new Map<string, readonly string[]>();
  const itemsByMember = new Map<string, SummitItem[]>();
  const itemsBySpace = new Map<string, SummitItem[]>();

  // `items` is already sorted, so appending in this order keeps every per-member and per-space
  // list sorted without sorting again.
  for (const item of items) {
    // Most items name one or two delegations or members: plain arrays with a duplicate check
    // allocate far less than a Set per item, which counts at tens of thousands of items.
    const attendeeIds: string[] = [];
    const delegationIds: string[] = [];
    for (const delegationId of item.delegationIds) {
      if (!delegationsById.has(delegationId)) continue;
      addOnce(delegationIds, delegationId);
      for (const principalId of principalsByDelegation.get(delegationId) ?? []) addOnce(attendeeIds, principalId);
    }
    for (const memberId of item.memberIds) {
      const member = membersById.get(memberId);
      if (!member) continue;
      addOnce(attendeeIds, member.id);
      if (delegationsById.has(member.delegationId)) addOnce(delegationIds, member.delegationId);
    }
    if (attendeeIds.length > 1) attendeeIds.sort();
    if (delegationIds.length > 1) delegationIds.sort();
    attendeesByItem.set(item.id, attendeeIds);
    delegationsByItem.set(item.id, delegationIds);
    for (const memberId of attendeeIds) pushTo(itemsByMember, memberId, item);
    if (item.spaceId !== null && spacesById.has(item.spaceId)) pushTo(itemsBySpace, item.spaceId, item);
  }

  // Movements join each carried member's list: sorted once, gathered per member in that order,
  // then merged into the member's (already sorted) items, so no member's list is sorted again.
  const movementsById = new Map<string, SummitItem>();
  const occupations: SummitItem[] = [];
  for (const movement of snapshot.movements ?? []) {
    const delegation = delegationsById.get(movement.delegationId);
    if (!delegation) continue;
    const occupation = movementOccupation(movement, delegation, venuesById);
    movementsById.set(movement.id, occupation);
    occupations.push(occupation);
  }
  const movementsByMember = new Map<string, SummitItem[]>();
  for (const occupation of sortedByTime(occupations)) {
    const movement = occupation.movement!;
    for (const member of carriedMembers(movement, membersByDelegation.get(movement.delegationId) ?? [])) {
      pushTo(movementsByMember, member.id, occupation);
    }
  }
  for (const [memberId, moves] of movementsByMember) itemsByMember.set(memberId, mergeByTime(itemsByMember.get(memberId) ?? [], moves));

  const travelTimes = new Map<string, Map<string, number>>();
  for (const t of snapshot.travelTimes) {
    const from = travelTimes.get(t.fromVenueId) ?? new Map<string, number>();
    from.set(t.toVenueId, t.minutes);
    travelTimes.set(t.fromVenueId, from);
  }

  return {
    snapshot,
    items,
    itemsById,
    venuesById,
    spacesById,
    delegationsById,
    membersById,
    attendeesByItem,
    delegationsByItem,
    itemsByMember,
    itemsBySpace,
    travelTimes,
    movementsById,
    stayByDelegation: delegationStays(snapshot, venuesById),
  };
}

/**
 * Motorcade minutes from one venue to another: 0 within a venue, the given direction if known,
 * else the reverse one (most data sets record a pair once), else undefined (no check possible).
 */
export function travelMinutes(ctx: EngineContext, fromVenueId: string, toVenueId: string): number | undefined {
  if (fromVenueId === toVenueId) return 0;
  return ctx.travelTimes.get(fromVenueId)?.get(toVenueId) ?? ctx.travelTimes.get(toVenueId)?.get(fromVenueId);
}

/** The venue an item takes place in, or undefined when it has no (known) space. */
export function venueOfItem(ctx: EngineContext, item: SummitItem): SummitVenue | undefined {
  if (item.spaceId === null) return undefined;
  const space = ctx.spacesById.get(item.spaceId);
  return space ? ctx.venuesById.get(space.venueId) : undefined;
}

/** Where a person must be when the occupation (item or movement) begins. */
export function placeAtStart(ctx: EngineContext, occupation: SummitItem): SummitVenue | undefined {
  if (!occupation.movement) return venueOfItem(ctx, occupation);
  const id = startPlace(occupation.movement);
  return id === undefined ? undefined : ctx.venuesById.get(id);
}

/** Where a person is when the occupation (item or movement) ends. */
export function placeAtEnd(ctx: EngineContext, occupation: SummitItem): SummitVenue | undefined {
  if (!occupation.movement) return venueOfItem(ctx, occupation);
  const id = endPlace(occupation.movement);
  return id === undefined ? undefined : ctx.venuesById.get(id);
}
