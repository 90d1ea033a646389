import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import type { InSummit } from "@/lib/validation";
import { mayEditVenues } from "./policy";
import type { SpaceInput, TravelMatrixInput, VenueInput } from "./schema";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";

// Inputs are already parsed by the caller (the action gate, or a test) with the schemas in ./schema.

// The same answer as a missing venue, as everywhere a permission is missing.
function authorise(actor: Actor) {
  if (!mayEditVenues(actor)) throw new NotFoundError();
}

const duplicateName = (error: unknown) => {
  if ((error as { constraint?: string }).constraint === "unique") {
    throw new ValidationError(refusal("nameUsed", ["name"]));
  }
  throw error;
};

/** Create or update a venue of the summit. */
export async function saveVenue(db: Db, actor: Actor, input: InSummit<VenueInput>) {
  authorise(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const before = input.id ? await tx.venue.findFirst({ where: { id: input.id, summitId }, select: { name: true, kind: true, address: true } }) : null;
    if (input.id && !before) throw new NotFoundError();
    const data = { name: input.name, kind: input.kind, address: input.address };
    const venue = await withConstraintErrors(() =>
      input.id ? tx.venue.update({ where: { id: input.id }, data, select: { id: true } }) : tx.venue.create({ data: { ...data, summitId }, select: { id: true } }),
    ).catch(duplicateName);
    await recordAudit(tx, { actor, summitId, entity: "Venue", entityId: venue.id, action: input.id ? "update" : "create", before, after: data });
    return venue;
  });
}

async function venueOfSummit(tx: DbOrTx, venueId: string, summitId: string) {
  const venue = await tx.venue.findFirst({ where: { id: venueId, summitId }, select: { id: true } });
  if (!venue) throw new ValidationError(refusal("unknownVenue", ["venueId"]));
}

/** Create or update a space; the venue must belong to the summit. */
export async function saveSpace(db: Db, actor: Actor, input: InSummit<SpaceInput>) {
  authorise(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await venueOfSummit(tx, input.venueId, summitId);
    const before = input.id
      ? await tx.space.findFirst({ where: { id: input.id, venue: { summitId } }, select: { name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true, venueId: true } })
      : null;
    if (input.id && !before) throw new NotFoundError();
    const data = {
      venueId: input.venueId,
      name: input.name,
      capacity: input.capacity,
      securityZone: input.securityZone,
      opensMinute: input.opens ?? null,
      closesMinute: input.closes ?? null,
    };
    const space = await withConstraintErrors(() =>
      input.id ? tx.space.update({ where: { id: input.id }, data, select: { id: true } }) : tx.space.create({ data, select: { id: true } }),
    ).catch(duplicateName);
    await recordAudit(tx, { actor, summitId, entity: "Space", entityId: space.id, action: input.id ? "update" : "create", before, after: data });
    return space;
  });
}

/** Replace the travel-time matrix entries given; an empty value removes that pair. */
export async function saveTravelMatrix(db: Db, actor: Actor, input: InSummit<TravelMatrixInput>) {
  authorise(actor);
  const { summitId, entries } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const venueIds = new Set((await tx.venue.findMany({ where: { summitId }, select: { id: true } })).map((v) => v.id));
    for (const [index, e] of entries.entries()) {
      const field = `entries.${index}.minutes`;
      if (!venueIds.has(e.fromVenueId) || !venueIds.has(e.toVenueId)) throw new ValidationError(refusal("unknownVenue", [field]));
      if (e.fromVenueId === e.toVenueId) throw new ValidationError(refusal("venueSelf", { [field]: refusal("sameVenue") }));
    }
    const before = await tx.travelTime.findMany({ where: { summitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } });
    for (const e of entries) {
      const key = { fromVenueId_toVenueId: { fromVenueId: e.fromVenueId, toVenueId: e.toVenueId } };
      if (e.minutes === null) await tx.travelTime.deleteMany({ where: { fromVenueId: e.fromVenueId, toVenueId: e.toVenueId } });
      else await tx.travelTime.upsert({ where: key, create: { summitId, fromVenueId: e.fromVenueId, toVenueId: e.toVenueId, minutes: e.minutes }, update: { minutes: e.minutes } });
    }
    await recordAudit(tx, { actor, summitId, entity: "TravelTime", entityId: summitId, action: "update", before, after: entries });
  });
}
