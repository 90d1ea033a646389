// Reads the write path needs to place a sequence: the item and its venue, the entrance, the
// attending parties with their hotels, principals' other commitments that day and landings, the
// travel times and the precedence list. Inside the write's transaction.
import type { Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import type { Commitment, Leg, PartyPlace } from "./logistics";

const DAY = 24 * 60 * 60_000;

export type SequenceItem = { id: string; title: string; startsAt: Date; endsAt: Date; status: string; venueId: string | null; venueName: string | null };

export async function loadItem(tx: Tx, summitId: string, itemId: string): Promise<SequenceItem> {
  const item = await tx.programmeItem.findFirst({
    where: { id: itemId, summitId },
    select: { id: true, title: true, startsAt: true, endsAt: true, status: true, space: { select: { venue: { select: { id: true, name: true } } } } },
  });
  if (!item) throw new NotFoundError();
  if (item.status === "CANCELLED") throw new ValidationError(refusal("itemCancelledNoArrivals", { itemId: refusal("thatItemCancelled") }));
  return { ...item, venueId: item.space?.venue.id ?? null, venueName: item.space?.venue.name ?? null };
}

export async function loadEntrance(tx: Tx, summitId: string, entranceId: string) {
  const entrance = await tx.entrance.findFirst({
    where: { id: entranceId, venue: { summitId } },
    select: { id: true, name: true, minGapMinutes: true, venue: { select: { id: true, name: true } } },
  });
  if (!entrance) throw new ValidationError(refusal("chooseSummitEntrance", ["entranceId"]));
  return entrance;
}

/** Delegations arriving for the item: taking part as a whole, or through their principal. */
export async function attendingDelegationIds(tx: Tx, itemId: string): Promise<string[]> {
  const rows = await tx.participation.findMany({
    where: { itemId, OR: [{ memberId: null }, { member: { precedence: 1 } }] },
    select: { delegationId: true },
  });
  return [...new Set(rows.map((r) => r.delegationId))];
}

export type LoadedParty = PartyPlace & { code: string; partySize: number; headOf: string | null };

/** Each party's hotel, principal's items that day (besides this one) and landings. */
export async function loadParties(tx: Tx, item: SequenceItem, delegationIds: readonly string[]): Promise<Map<string, LoadedParty>> {
  const around = { gt: new Date(item.startsAt.getTime() - DAY), lt: new Date(item.startsAt.getTime() + DAY) };
  const delegations = await tx.delegation.findMany({
    where: { id: { in: [...delegationIds] } },
    select: {
      id: true, code: true, name: true, hotelVenueId: true,
      members: { select: { id: true, precedence: true, headOf: true } },
      movements: { where: { kind: "ARRIVAL", startsAt: around }, select: { toVenueId: true, startsAt: true, endsAt: true, flight: true } },
    },
  });
  const principalIds = delegations.flatMap((d) => d.members.filter((m) => m.precedence === 1).map((m) => m.id));
  const items = await tx.programmeItem.findMany({
    where: {
      id: { not: item.id },
      status: { not: "CANCELLED" },
      startsAt: { lt: around.lt },
      endsAt: { gt: around.gt },
      participations: { some: { OR: [{ delegationId: { in: [...delegationIds] }, memberId: null }, { memberId: { in: principalIds } }] } },
    },
    select: {
      id: true, title: true, startsAt: true, endsAt: true,
      space: { select: { venueId: true } },
      participations: { select: { delegationId: true, memberId: true } },
    },
  });
  const result = new Map<string, LoadedParty>();
  for (const d of delegations) {
    const principals = new Set(d.members.filter((m) => m.precedence === 1).map((m) => m.id));
    const commitments: Commitment[] = items
      .filter((i) => i.participations.some((p) => (p.delegationId === d.id && p.memberId === null) || (p.memberId !== null && principals.has(p.memberId))))
      .map((i) => ({ itemId: i.id, title: i.title, venueId: i.space?.venueId ?? null, startsAt: i.startsAt, endsAt: i.endsAt }));
    for (const landing of d.movements) {
      commitments.push({ itemId: null, title: `landing${landing.flight ? ` ${landing.flight}` : ""}`, venueId: landing.toVenueId, startsAt: landing.startsAt, endsAt: landing.endsAt ?? landing.startsAt });
    }
    result.set(d.id, {
      delegationId: d.id,
      code: d.code,
      name: d.name,
      hotelVenueId: d.hotelVenueId,
      commitments,
      partySize: Math.max(1, d.members.length),
      headOf: d.members.find((m) => m.precedence === 1)?.headOf ?? null,
    });
  }
  return result;
}

export async function loadLegs(tx: Tx, summitId: string): Promise<{ legs: Leg[]; venueNames: Map<string, string> }> {
  const legs = await tx.travelTime.findMany({ where: { summitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } });
  const venues = await tx.venue.findMany({ where: { summitId }, select: { id: true, name: true } });
  return { legs, venueNames: new Map(venues.map((v) => [v.id, v.name])) };
}

/** The saved precedence order (delegation ids, most senior first); empty when none was set. */
export async function loadPrecedenceOrder(tx: Tx, summitId: string): Promise<string[]> {
  const precedence = await tx.precedence.findUnique({
    where: { summitId },
    select: { entries: { select: { delegationId: true }, orderBy: { position: "asc" } } },
  });
  return precedence?.entries.map((e) => e.delegationId) ?? [];
}
