// Writes to movements, for planners ("movements.edit"). References are checked against the
// summit inside the transaction (a transfer needs a known travel time between its places, and the
// items it links to must be the summit's), agency tasks must still fit a moved movement, every
// write records an audit entry, and a movement left in a hard conflict (a principal in a meeting
// during their motorcade) is refused unless the planner gives a reason (lib/conflicts/guard.ts).
// A refused write changes nothing.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { checkVersion, updateVersioned, type Db, type Tx } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors, type Refusal } from "@/lib/errors";
import { refusal, worded } from "@/lib/i18n/errors";
import { localInstant } from "@/lib/time";
import { tasksOutsideRefusal } from "@/lib/programme/task-window";
import { guardHardConflicts } from "@/lib/conflicts/guard";
import { conflictsAround } from "@/lib/conflicts/queries";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { conflictsInvolving } from "@/lib/scheduling";
import { transferPlanningData } from "./queries";
import type { InSummit } from "@/lib/validation";
import { mayEditMovements } from "./policy";
import type { AddProposedTransfersInput, CreateMovementInput, DeleteMovementInput, UpdateMovementInput } from "./schema";

const ENTITY = "Movement";

/** The fields a movement's audit entries record (the import writes the same). */
export const AUDITED = {
  id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, flight: true, startsAt: true, endsAt: true,
  partySize: true, principalLevel: true, routeNote: true, roadClosureNeeded: true, staffNotes: true, version: true,
  fromItemId: true, toItemId: true,
} as const;

function assertMayEdit(actor: Actor) {
  if (!mayEditMovements(actor)) throw new NotFoundError();
}

async function summitZone(tx: Tx, summitId: string): Promise<string> {
  const summit = await tx.summit.findUnique({ where: { id: summitId }, select: { timeZone: true } });
  if (!summit) throw new NotFoundError();
  return summit.timeZone;
}

type Fields = CreateMovementInput;

type Links = { fromItemId: string | null; toItemId: string | null };

async function checkedData(tx: Tx, summitId: string, input: Fields, existing: Links = { fromItemId: null, toItemId: null }) {
  // A form that does not show the links leaves them as they are.
  const links: Links = {
    fromItemId: input.fromItemId === undefined ? existing.fromItemId : input.fromItemId || null,
    toItemId: input.toItemId === undefined ? existing.toItemId : input.toItemId || null,
  };
  const timeZone = await summitZone(tx, summitId);
  const delegation = await tx.delegation.findFirst({ where: { id: input.delegationId, summitId }, select: { id: true } });
  if (!delegation) throw new ValidationError(refusal("unknownDelegation", { delegationId: refusal("chooseSummitDelegation") }));
  const venueIds = [input.fromVenueId, input.toVenueId].filter((v): v is string => v !== null);
  const found = await tx.venue.count({ where: { id: { in: venueIds }, summitId } });
  if (found !== new Set(venueIds).size) {
    const fields: string[] = [];
    for (const field of ["fromVenueId", "toVenueId"] as const) {
      const venueId = input[field];
      if (venueId && !(await tx.venue.findFirst({ where: { id: venueId, summitId }, select: { id: true } }))) fields.push(field);
    }
    throw new ValidationError(refusal("unknownPlace", Object.fromEntries(fields.map((field) => [field, refusal("chooseSummitPlace")]))));
  }
  const linkErrors: Record<string, Refusal> = {};
  if (input.kind === "TRANSFER") {
    if (links.fromItemId && links.fromItemId === links.toItemId) {
      throw new ValidationError(refusal("transferSameItem", ["toItemId"]));
    }
    for (const field of ["fromItemId", "toItemId"] as const) {
      const itemId = links[field];
      if (!itemId) continue;
      const item = await tx.programmeItem.findFirst({
        where: { id: itemId, summitId },
        select: { status: true, participations: { where: { delegationId: input.delegationId }, select: { id: true }, take: 1 } },
      });
      if (!item) linkErrors[field] = refusal("chooseSummitItem");
      else if (item.status === "CANCELLED") linkErrors[field] = refusal("itemCancelledNoTransfer");
      // The party serves only what its delegation takes part in, or it would be dragged along by another's item.
      else if (item.participations.length === 0) linkErrors[field] = refusal("delegationNotInItem");
    }
    await assertTravelTimeKnown(tx, summitId, input.fromVenueId, input.toVenueId);
  }
  if (Object.keys(linkErrors).length > 0) throw new ValidationError(refusal("unknownItem", linkErrors));
  return {
    delegationId: input.delegationId,
    kind: input.kind,
    // Only what the kind uses: an arrival has no origin, a departure no destination, a transfer no flight.
    fromVenueId: input.kind === "ARRIVAL" ? null : input.fromVenueId,
    toVenueId: input.kind === "DEPARTURE" ? null : input.toVenueId,
    flight: input.kind === "TRANSFER" ? null : input.flight,
    startsAt: localInstant(input.startsAt, timeZone),
    endsAt: input.endsAt ? localInstant(input.endsAt, timeZone) : null,
    partySize: input.partySize,
    principalLevel: input.principalLevel,
    routeNote: input.routeNote,
    roadClosureNeeded: input.roadClosureNeeded,
    staffNotes: input.staffNotes,
    // Only transfers follow items; an arrival or departure keeps its flight time.
    fromItemId: input.kind === "TRANSFER" ? links.fromItemId : null,
    toItemId: input.kind === "TRANSFER" ? links.toItemId : null,
  };
}

/**
 * A transfer is judged by the travel time between its places (where the principal is, and when):
 * without one nothing can be checked, so the planner is told which pair to add.
 */
async function assertTravelTimeKnown(tx: Tx, summitId: string, fromVenueId: string | null, toVenueId: string | null) {
  if (!fromVenueId || !toVenueId || fromVenueId === toVenueId) return;
  const known = await tx.travelTime.findFirst({
    where: { summitId, OR: [{ fromVenueId, toVenueId }, { fromVenueId: toVenueId, toVenueId: fromVenueId }] },
    select: { id: true },
  });
  if (known) return;
  const venues = await tx.venue.findMany({ where: { id: { in: [fromVenueId, toVenueId] } }, select: { id: true, name: true } });
  const name = (id: string) => venues.find((v) => v.id === id)?.name ?? id;
  const refusal = worded("noTravelTimeBetween", (t) => t.noTravelTimeBetween(name(fromVenueId), name(toVenueId)), ["toVenueId"]);
  throw new ValidationError(refusal);
}

type Timed = { startsAt: Date; endsAt: Date | null };

/**
 * Refuse (or, with a reason, accept) the hard conflicts the saved movements are in. `was` is where
 * an updated movement stood: a flight moved a day later leaves every item between its old and new
 * time before the landing, so the check spans both.
 */
export async function guardMovements(tx: Tx, actor: Actor, summitId: string, movements: readonly (Timed & { id: string })[], overrideReason: string | undefined, was?: Timed) {
  if (movements.length === 0) return;
  const spans = was ? [...movements, was] : movements;
  const startsAt = new Date(Math.min(...spans.map((m) => m.startsAt.getTime())));
  const endsAt = new Date(Math.max(...spans.map((m) => (m.endsAt ?? m.startsAt).getTime())));
  const report = await conflictsAround(tx, summitId, { startsAt, endsAt });
  const conflicts = conflictsInvolving(report.conflicts, { movementIds: movements.map((m) => m.id) });
  await guardHardConflicts(tx, actor, { summitId, snapshot: report.snapshot, conflicts, overrideReason, subject: "movement" });
}

export async function createMovement(db: Db, actor: Actor, input: InSummit<CreateMovementInput>) {
  assertMayEdit(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const data = await checkedData(tx, summitId, input);
    const movement = await withConstraintErrors(() => tx.movement.create({ data: { ...data, summitId }, select: AUDITED }));
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: movement.id, action: "create", after: movement });
    await guardMovements(tx, actor, summitId, [movement], input.overrideReason);
    return { id: movement.id };
  });
}

async function movementOfSummit(tx: Tx, summitId: string, id: string) {
  const movement = await tx.movement.findFirst({ where: { id, summitId }, select: AUDITED });
  if (!movement) throw new NotFoundError();
  return movement;
}

export async function updateMovement(db: Db, actor: Actor, input: InSummit<UpdateMovementInput>) {
  assertMayEdit(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const before = await movementOfSummit(tx, summitId, input.id);
    const data = await checkedData(tx, summitId, input, before);
    const timeZone = await summitZone(tx, summitId);
    const tasks = await tx.agencyTask.findMany({ where: { movementId: input.id }, select: { startsAt: true, endsAt: true } });
    const misfits = tasksOutsideRefusal(tasks, data, timeZone);
    if (misfits) throw new ValidationError(misfits);
    await updateVersioned(tx.movement, input.id, input.version, data, { write: withConstraintErrors });
    const after = await tx.movement.findUniqueOrThrow({ where: { id: input.id }, select: AUDITED });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "update", before, after });
    await guardMovements(tx, actor, summitId, [after], input.overrideReason, before);
    return { id: input.id, version: after.version };
  });
}

export async function deleteMovement(db: Db, actor: Actor, input: InSummit<DeleteMovementInput>) {
  assertMayEdit(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const before = await movementOfSummit(tx, summitId, input.id);
    await checkVersion(before.version, input.version);
    const tasks = await tx.agencyTask.count({ where: { movementId: input.id } });
    if (tasks > 0) {
      const refusal = worded("removeTasksFirst", (t) => t.removeTasksFirst(tasks));
      throw new ValidationError(refusal);
    }
    await tx.movement.delete({ where: { id: input.id } });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "delete", before });
    return null;
  });
}

/**
 * Add every transfer currently proposed for a delegation (see propose.ts), computed again inside
 * the transaction so what is written is what the data says now. Returns the new ids.
 */
export async function addProposedTransfers(db: Db, actor: Actor, input: InSummit<AddProposedTransfersInput>): Promise<{ ids: string[] }> {
  assertMayEdit(actor);
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    await lockSummitWrites(tx, input.summitId);
    const summit = { id: input.summitId, timeZone: await summitZone(tx, input.summitId) };
    const plan = await transferPlanningData(tx, summit, input.delegationId);
    // As on the form: a transfer is judged by the travel time between its places.
    for (const p of plan.proposals) if (!p.travelTimeKnown) await assertTravelTimeKnown(tx, summit.id, p.fromVenueId, p.toVenueId);
    const ids: string[] = [];
    const created: { id: string; startsAt: Date; endsAt: Date | null }[] = [];
    for (const p of plan.proposals) {
      const movement = await withConstraintErrors(() =>
        tx.movement.create({
          data: {
            summitId: summit.id,
            delegationId: plan.delegation.id,
            kind: "TRANSFER",
            fromVenueId: p.fromVenueId,
            toVenueId: p.toVenueId,
            startsAt: p.startsAt,
            endsAt: p.endsAt,
            partySize: plan.partySize,
            principalLevel: plan.principalLevel,
            roadClosureNeeded: plan.principalLevel === "HEAD_OF_STATE_OR_GOVERNMENT",
            // The proposal knows the hop it makes: the transfer follows those items when they move.
            fromItemId: p.fromItemId,
            toItemId: p.toItemId,
          },
          select: AUDITED,
        }),
      );
      await recordAudit(tx, { actor, summitId: summit.id, entity: ENTITY, entityId: movement.id, action: "create", after: { ...movement, source: "proposal" } });
      ids.push(movement.id);
      created.push(movement);
    }
    await guardMovements(tx, actor, summit.id, created, input.overrideReason);
    return { ids };
  });
}
