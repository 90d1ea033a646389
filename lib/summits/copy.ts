// Starting a summit from an earlier one: the earlier summit's reference data — venues, their spaces
// (capacity, security zone, opening hours) and entrances (name, minimum gap between arrivals), the
// travel-time matrix, the agencies (name, short name, kind) and the coverage rules — copied under
// new ids, references remapped to the copies. Nothing that belongs to one summit's event is copied:
// no delegations, members, programme items, movements, bilaterals, tasks or users, and so no order
// of precedence (a list of that summit's delegations) and no arrival sequences.
//
// None of the copied kinds carries a date, so nothing needs shifting to the new summit's days:
// opening hours are minutes after local midnight and stay as they are, and an agency's
// deactivation date is not copied (the copy starts active).
import type { Tx } from "@/lib/db";

export type CopyCounts = { venues: number; spaces: number; entrances: number; travelTimes: number; agencies: number; coverageRules: number };

/** Copy the reference data of `fromSummitId` into the (new, empty) summit `toSummitId`; call it inside the creating transaction. */
export async function copyReferenceData(tx: Tx, fromSummitId: string, toSummitId: string): Promise<CopyCounts> {
  // One after the other: a transaction holds one connection.
  const venues = await tx.venue.findMany({ where: { summitId: fromSummitId }, select: { id: true, name: true, kind: true, address: true }, orderBy: { name: "asc" } });
  const spaces = await tx.space.findMany({
    where: { venue: { summitId: fromSummitId } },
    select: { venueId: true, name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true },
    orderBy: [{ venueId: "asc" }, { name: "asc" }],
  });
  const entrances = await tx.entrance.findMany({ where: { venue: { summitId: fromSummitId } }, select: { venueId: true, name: true, minGapMinutes: true }, orderBy: [{ venueId: "asc" }, { name: "asc" }] });
  const travelTimes = await tx.travelTime.findMany({ where: { summitId: fromSummitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } });
  const agencies = await tx.agency.findMany({ where: { summitId: fromSummitId }, select: { name: true, shortName: true, kind: true }, orderBy: { name: "asc" } });
  const rules = await tx.coverageRule.findMany({
    where: { summitId: fromSummitId },
    select: { target: true, itemKind: true, venueId: true, movementKind: true, principalLevel: true, requiredType: true, description: true },
  });

  const copies = venues.length
    ? await tx.venue.createManyAndReturn({
        data: venues.map((v) => ({ summitId: toSummitId, name: v.name, kind: v.kind, address: v.address })),
        select: { id: true, name: true },
      })
    : [];
  // A venue's name is unique within its summit: it pairs each venue with its copy.
  const copyByName = new Map(copies.map((v) => [v.name, v.id]));
  const newVenueId = new Map(venues.map((v) => [v.id, copyByName.get(v.name)!]));
  const venue = (id: string) => newVenueId.get(id)!;

  await tx.space.createMany({ data: spaces.map((s) => ({ ...s, venueId: venue(s.venueId) })) });
  await tx.entrance.createMany({ data: entrances.map((e) => ({ ...e, venueId: venue(e.venueId) })) });
  await tx.travelTime.createMany({
    data: travelTimes.map((t) => ({ summitId: toSummitId, fromVenueId: venue(t.fromVenueId), toVenueId: venue(t.toVenueId), minutes: t.minutes })),
  });
  await tx.agency.createMany({ data: agencies.map((a) => ({ ...a, summitId: toSummitId })) });
  await tx.coverageRule.createMany({ data: rules.map((r) => ({ ...r, summitId: toSummitId, venueId: r.venueId === null ? null : venue(r.venueId) })) });

  return { venues: venues.length, spaces: spaces.length, entrances: entrances.length, travelTimes: travelTimes.length, agencies: agencies.length, coverageRules: rules.length };
}
