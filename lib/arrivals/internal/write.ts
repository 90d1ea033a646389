// Writes a placed sequence: its slots, and for each party its motorcade (a transfer linked to the
// item, so it follows the item when the item moves) with the escort's task, created, moved or
// removed to match. Every row written is audited; the caller holds the transaction and the
// summit's write lock. A party without a hotel or travel time stops the whole write, named.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { worded } from "@/lib/i18n/errors";
import { loadLegs, loadParties, type SequenceItem } from "./load";
import { planMotorcades } from "./logistics";
import type { TimedParty } from "./sequence";

const MINUTE = 60_000;
const MOVEMENT_FIELDS = { id: true, delegationId: true, kind: true, fromVenueId: true, toVenueId: true, startsAt: true, endsAt: true, toItemId: true, routeNote: true, version: true } as const;
const TASK_FIELDS = { id: true, agencyId: true, movementId: true, type: true, startsAt: true, endsAt: true, version: true } as const;
/** What a task's audit entry holds, as the agencies' own task writes record it (lib/tasks/mutations.ts). */
const DELETED_TASK_FIELDS = {
  id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true,
  startsAt: true, endsAt: true, location: true, note: true, agencyNote: true, staffNotes: true, version: true,
} as const;

export type WriteContext = {
  actor: Actor;
  summitId: string;
  timeZone: string;
  item: SequenceItem;
  entrance: { id: string; name: string; venue: { id: string; name: string } };
  sequenceId: string;
  escortAgencyId: string | null;
  /** false only for the demo seed, which writes a plan nobody changed. */
  audit?: boolean;
  /**
   * A re-plan on the day: each moved motorcade and task names it (as a live change does, lib/live),
   * so liaisons and agencies meet it as one entry with its reason.
   */
  live?: { changeId: string; reason: string; kind: "replan" };
};

export async function writeSlots(tx: Tx, ctx: WriteContext, timed: readonly TimedParty[]): Promise<void> {
  const { actor, summitId, item, entrance } = ctx;
  const audit = async (entity: "Movement" | "AgencyTask", entityId: string, action: string, before: unknown, after: unknown) => {
    if (ctx.audit !== false) await recordAudit(tx, { actor, summitId, entity, entityId, action, before, after });
  };
  const parties = await loadParties(tx, item, timed.map((t) => t.delegationId));
  const { legs, venueNames } = await loadLegs(tx, summitId);
  const placed = timed.map((t) => ({ ...parties.get(t.delegationId)!, arrivesAt: new Date(item.startsAt.getTime() + t.offsetMinutes * MINUTE) }));
  const { motorcades, problems } = planMotorcades(placed, { venueId: entrance.venue.id, venueName: entrance.venue.name }, legs, venueNames, ctx.timeZone);
  if (problems.length > 0) {
    const r = worded("nothingSavedBecause", (t, lang) => t.nothingSavedBecause(problems.map((p) => p.say(t, lang)).join(" ")), ["_form"]);
    throw new ValidationError(r);
  }
  const byDelegation = new Map(motorcades.map((m) => [m.delegationId, m]));
  const existing = await tx.arrivalSlot.findMany({ where: { sequenceId: ctx.sequenceId }, select: { id: true, delegationId: true, position: true, offsetMinutes: true, movementId: true } });
  const wanted = new Set(timed.map((t) => t.delegationId));
  for (const gone of existing.filter((s) => !wanted.has(s.delegationId))) {
    await tx.arrivalSlot.delete({ where: { id: gone.id } });
    if (gone.movementId) await removeMotorcade(tx, gone.movementId, { arrivalSlot: gone.id }, audit);
  }
  const slots = new Map(existing.map((s) => [s.delegationId, s]));
  for (const [index, t] of timed.entries()) {
    const motorcade = byDelegation.get(t.delegationId);
    const slot = slots.get(t.delegationId);
    if (!motorcade) {
      // Already at the venue: the slot keeps no motorcade (one planned before goes).
      if (slot?.movementId) await removeMotorcade(tx, slot.movementId, { arrivalSlot: slot.id, onSite: true }, audit);
      const onSiteData = { position: index + 1, offsetMinutes: t.offsetMinutes, movementId: null };
      if (slot) await tx.arrivalSlot.update({ where: { id: slot.id }, data: onSiteData });
      else await tx.arrivalSlot.create({ data: { ...onSiteData, sequenceId: ctx.sequenceId, delegationId: t.delegationId } });
      continue;
    }
    const party = parties.get(t.delegationId)!;
    // The note travels with the movement into the delegation's itinerary: no place in the order
    // and no count of the parties, which are not the delegation's to see.
    const routeNote = `Arrival at ${entrance.name}, ${entrance.venue.name}`;
    const data = {
      fromVenueId: motorcade.fromVenueId,
      toVenueId: entrance.venue.id,
      startsAt: motorcade.departsAt,
      endsAt: motorcade.arrivesAt,
      toItemId: item.id,
      routeNote,
    };
    let movementId = slot?.movementId ?? null;
    let shift = { start: 0, end: 0 };
    if (movementId) {
      const before = await tx.movement.findUnique({ where: { id: movementId }, select: MOVEMENT_FIELDS });
      const same = before && before.startsAt.getTime() === data.startsAt.getTime() && before.endsAt?.getTime() === data.endsAt.getTime() && before.fromVenueId === data.fromVenueId && before.routeNote === data.routeNote;
      if (before) shift = { start: data.startsAt.getTime() - before.startsAt.getTime(), end: data.endsAt.getTime() - (before.endsAt ?? before.startsAt).getTime() };
      if (before && !same) {
        const after = await tx.movement.update({ where: { id: movementId }, data: { ...data, version: { increment: 1 } }, select: MOVEMENT_FIELDS });
        await audit("Movement", movementId, "update", before, { ...after, followed: { entity: "ArrivalSequence", id: ctx.sequenceId }, ...(ctx.live ? { live: ctx.live } : {}) });
      }
      if (!before) movementId = null;
    }
    if (!movementId) {
      const created = await tx.movement.create({
        data: {
          ...data,
          summitId,
          delegationId: t.delegationId,
          kind: "TRANSFER",
          partySize: party.partySize,
          principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
          roadClosureNeeded: true,
        },
        select: MOVEMENT_FIELDS,
      });
      movementId = created.id;
      await audit("Movement", created.id, "create", null, { ...created, followed: { entity: "ArrivalSequence", id: ctx.sequenceId } });
    }
    await writeEscort(tx, ctx, movementId, shift, motorcade.departsAt, motorcade.arrivesAt, `${venueNames.get(motorcade.fromVenueId) ?? ""} → ${entrance.name}, ${entrance.venue.name}`, party.name, audit);
    const slotData = { position: index + 1, offsetMinutes: t.offsetMinutes, movementId };
    if (slot) {
      if (slot.position !== slotData.position || slot.offsetMinutes !== slotData.offsetMinutes || slot.movementId !== movementId) {
        await tx.arrivalSlot.update({ where: { id: slot.id }, data: slotData });
      }
    } else {
      await tx.arrivalSlot.create({ data: { ...slotData, sequenceId: ctx.sequenceId, delegationId: t.delegationId } });
    }
  }
}

export type Audit = (entity: "Movement" | "AgencyTask", entityId: string, action: string, before: unknown, after: unknown) => Promise<void>;

/**
 * A motorcade removed with its tasks. Each task is deleted and audited on its own before the
 * movement goes: left to the database's cascade, the deletions would be in no audit entry, and
 * the agencies' change lists (read from the audit trail) would never tell them their escort is off.
 */
export async function removeMotorcade(tx: Tx, movementId: string, why: Record<string, unknown>, audit: Audit): Promise<void> {
  const tasks = await tx.agencyTask.findMany({ where: { movementId }, select: DELETED_TASK_FIELDS, orderBy: { id: "asc" } });
  for (const task of tasks) {
    await tx.agencyTask.delete({ where: { id: task.id } });
    await audit("AgencyTask", task.id, "delete", task, null);
  }
  const before = await tx.movement.findUnique({ where: { id: movementId }, select: MOVEMENT_FIELDS });
  if (!before) return;
  await tx.movement.delete({ where: { id: movementId } });
  await audit("Movement", movementId, "delete", { ...before, ...why }, null);
}

/**
 * The tasks on a motorcade keep their margins to it: their start moves with its departure, their
 * end with its arrival (a longer drive keeps its escort all the way). The chosen agency's escort
 * rides with it: one ESCORT task over the motorcade's window.
 */
async function writeEscort(tx: Tx, ctx: WriteContext, movementId: string, shift: { start: number; end: number }, startsAt: Date, endsAt: Date, location: string, party: string, audit: Audit) {
  const tasks = await tx.agencyTask.findMany({ where: { movementId }, select: TASK_FIELDS, orderBy: { id: "asc" } });
  for (const task of shift.start === 0 && shift.end === 0 ? [] : tasks) {
    const after = await tx.agencyTask.update({
      where: { id: task.id },
      data: { startsAt: new Date(task.startsAt.getTime() + shift.start), endsAt: new Date(Math.max(task.startsAt.getTime() + shift.start + 60_000, task.endsAt.getTime() + shift.end)), version: { increment: 1 } },
      select: TASK_FIELDS,
    });
    await audit("AgencyTask", task.id, "shift", task, { ...after, followed: { entity: "ArrivalSequence", id: ctx.sequenceId }, ...(ctx.live ? { live: ctx.live } : {}) });
  }
  if (!ctx.escortAgencyId || tasks.some((t) => t.type === "ESCORT" && t.agencyId === ctx.escortAgencyId)) return;
  const created = await tx.agencyTask.create({
    data: { agencyId: ctx.escortAgencyId, movementId, type: "ESCORT", startsAt, endsAt, location, note: `Escort the motorcade of ${party} to its arrival at ${ctx.entrance.name}.` },
    select: TASK_FIELDS,
  });
  await audit("AgencyTask", created.id, "create", null, created);
}
