// Reads of the arrivals domain, scoped to the actor: planners read the whole order; a liaison only
// its own delegations' arrivals (their departure and arrival times, never the order or the other
// parties); an agency only the motorcades its own tasks ride with.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import type { DbOrTx, Tx } from "@/lib/db";
import { conflictsAround } from "@/lib/conflicts/queries";
import { NotFoundError } from "@/lib/errors";
import type { InSummit } from "@/lib/validation";
import { visibleItemsWhere } from "@/lib/programme/policy";
import { loadEntrance, loadItem, loadLegs, loadParties } from "./internal/load";
import { earliestOffset } from "./internal/logistics";
import { generatePrecedence, type PrecedenceDelegation } from "./internal/precedence";
import { replanSequence, type SequenceParams, type TimedParty } from "./internal/sequence";
import { assertMayManage, readableDelegations } from "./policy";
import type { SequenceRefInput } from "./schema";
import type { ArrivalRow, PrecedenceView, ReplanPreview, SequenceView } from "./types";

const MINUTE = 60_000;

export async function loadPrecedenceDelegations(db: DbOrTx, summitId: string): Promise<(PrecedenceDelegation & { principal: string | null })[]> {
  const rows = await db.delegation.findMany({
    where: { summitId },
    select: { id: true, code: true, name: true, nameFr: true, nameNl: true, kind: true, members: { where: { precedence: 1 }, select: { title: true, headOf: true, takingOfficeOn: true }, orderBy: { id: "asc" }, take: 1 } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ members, ...d }) => ({ ...d, headOf: members[0]?.headOf ?? null, takingOfficeOn: members[0]?.takingOfficeOn ?? null, principal: members[0]?.title ?? null }));
}

/** The summit's precedence list; when none is saved, the default rule's proposal (version 0). */
export async function getPrecedence(db: DbOrTx, actor: Actor, summitId: string): Promise<PrecedenceView> {
  assertMayManage(actor);
  const delegations = await loadPrecedenceDelegations(db, summitId);
  const saved = await db.precedence.findUnique({
    where: { summitId },
    select: { key: true, language: true, others: true, setByName: true, setAt: true, version: true, entries: { select: { delegationId: true }, orderBy: { position: "asc" } } },
  });
  const byId = new Map(delegations.map((d) => [d.id, d]));
  const rule = { key: saved?.key ?? "ALPHABETICAL", language: (saved?.language ?? "en") as "en" | "fr" | "nl", others: saved?.others ?? "AFTER_ALLIES" } as const;
  // Delegations added after the list was saved show at its end, for the planner to place.
  const savedIds = saved?.entries.map((e) => e.delegationId) ?? [];
  const order = saved ? [...savedIds, ...delegations.filter((d) => !savedIds.includes(d.id)).map((d) => d.id)] : generatePrecedence(delegations, rule);
  return {
    ...rule,
    setByName: saved?.setByName ?? null,
    setAt: saved?.setAt ?? null,
    version: saved?.version ?? 0,
    rows: order.map((id, i) => {
      const d = byId.get(id)!;
      return { position: i + 1, delegationId: id, code: d.code, name: d.name, kind: d.kind, headOf: d.headOf, principal: d.principal };
    }),
  };
}

export async function listEntrances(db: DbOrTx, actor: Actor, summitId: string) {
  assertMayManage(actor);
  return db.entrance.findMany({
    where: { venue: { summitId } },
    select: { id: true, name: true, minGapMinutes: true, version: true, venue: { select: { id: true, name: true } } },
    orderBy: [{ venue: { name: "asc" } }, { name: "asc" }],
  });
}

/** Items people arrive for (not cancelled, someone taking part), with their sequence if any. */
export async function listArrivalItems(db: DbOrTx, actor: Actor, summitId: string) {
  assertMayManage(actor);
  return db.programmeItem.findMany({
    where: { summitId, status: { not: "CANCELLED" }, parentId: null, kind: { notIn: ["TRANSFER", "BILATERAL", "PRESS_MOMENT"] }, participations: { some: {} } },
    select: { id: true, title: true, startsAt: true, endsAt: true, arrivalSequence: { select: { id: true, _count: { select: { slots: true } } } } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
}

export async function listAgencies(db: DbOrTx, actor: Actor, summitId: string) {
  assertMayManage(actor);
  return db.agency.findMany({ where: { summitId, deactivatedAt: null }, select: { id: true, name: true, shortName: true }, orderBy: { name: "asc" } });
}

const SEQUENCE_SELECT = {
  id: true, version: true, seniorLast: true, intervalMinutes: true, groupGapMinutes: true, greetingMinutes: true, pressMinutes: true,
  windowMinutes: true, greeter: true, escortAgencyId: true,
  item: { select: { id: true, title: true, startsAt: true, endsAt: true, space: { select: { venue: { select: { name: true } } } } } },
  entrance: { select: { id: true, name: true, minGapMinutes: true } },
  slots: {
    orderBy: { position: "asc" },
    select: {
      position: true, offsetMinutes: true, movementId: true, delegationId: true,
      delegation: { select: { code: true, name: true, members: { where: { precedence: 1 }, select: { title: true }, orderBy: { id: "asc" }, take: 1 } } },
      movement: { select: { startsAt: true, fromVenue: { select: { name: true } } } },
    },
  },
} as const;

/** The whole sequence of an item, for planners; null when none was made. */
export async function getSequenceOfItem(db: DbOrTx, actor: Actor, summitId: string, itemId: string): Promise<SequenceView | null> {
  assertMayManage(actor);
  const s = await db.arrivalSequence.findFirst({ where: { itemId, summitId }, select: SEQUENCE_SELECT });
  if (!s) return null;
  const rows: ArrivalRow[] = s.slots.map((slot) => ({
    position: slot.position,
    delegationId: slot.delegationId,
    code: slot.delegation.code,
    party: slot.delegation.name,
    principal: slot.delegation.members[0]?.title ?? null,
    offsetMinutes: slot.offsetMinutes,
    arrivesAt: new Date(s.item.startsAt.getTime() + slot.offsetMinutes * MINUTE),
    departsAt: slot.movement?.startsAt ?? null,
    fromPlace: slot.movement?.fromVenue?.name ?? null,
    movementId: slot.movementId,
  }));
  const { item, slots, ...rest } = s;
  void slots;
  return { ...rest, item: { id: item.id, title: item.title, startsAt: item.startsAt, endsAt: item.endsAt, venueName: item.space?.venue.name ?? null }, rows };
}

/**
 * What a re-plan would do: each party's earliest time at the door from its previous commitment
 * (an overrunning meeting, a late landing) and the travel from there; the grid kept, order kept
 * wherever the late parties allow.
 */
export async function planReplan(tx: Tx | DbOrTx, summitId: string, sequenceId: string, current: readonly TimedParty[], params: SequenceParams) {
  const sequence = await tx.arrivalSequence.findFirst({ where: { id: sequenceId, summitId }, select: { itemId: true, entranceId: true } });
  if (!sequence) throw new NotFoundError();
  const summit = await tx.summit.findUniqueOrThrow({ where: { id: summitId }, select: { timeZone: true } });
  const item = await loadItem(tx as Tx, summitId, sequence.itemId);
  const entrance = await loadEntrance(tx as Tx, summitId, sequence.entranceId);
  const parties = await loadParties(tx as Tx, item, current.map((c) => c.delegationId));
  const { legs } = await loadLegs(tx as Tx, summitId);
  const earliest = new Map<string, number>();
  for (const slot of current) {
    const planned = new Date(item.startsAt.getTime() + slot.offsetMinutes * MINUTE);
    const at = earliestOffset(parties.get(slot.delegationId)!, planned, item.startsAt, entrance.venue.id, legs, summit.timeZone);
    if (at !== undefined) earliest.set(slot.delegationId, at);
  }
  const plan = replanSequence({ slots: current, earliest, params });
  return { ...plan, overrunNames: plan.overrun.map((id) => parties.get(id)?.name ?? id), names: new Map([...parties].map(([id, p]) => [id, p.name])) };
}

/** The re-plan's changes, to show before applying (nothing is written). */
export async function previewReplan(db: DbOrTx, actor: Actor, input: InSummit<SequenceRefInput>): Promise<ReplanPreview> {
  assertMayManage(actor);
  const { summitId, sequenceId } = input;
  const sequence = await db.arrivalSequence.findFirst({
    where: { id: sequenceId, summitId },
    select: {
      version: true, seniorLast: true, intervalMinutes: true, groupGapMinutes: true, greetingMinutes: true, pressMinutes: true, windowMinutes: true,
      item: { select: { startsAt: true } }, entrance: { select: { minGapMinutes: true } },
      slots: { select: { delegationId: true, offsetMinutes: true }, orderBy: { position: "asc" } },
    },
  });
  if (!sequence) throw new NotFoundError();
  const current = sequence.slots;
  const plan = await planReplan(db, summitId, sequenceId, current, { ...sequence, minGapMinutes: sequence.entrance.minGapMinutes });
  const at = (offset: number) => new Date(sequence.item.startsAt.getTime() + offset * MINUTE);
  const changes = plan.slots.flatMap((slot, i) => {
    const was = current.findIndex((c) => c.delegationId === slot.delegationId);
    if (was === i && current[was].offsetMinutes === slot.offsetMinutes) return [];
    return [{ delegationId: slot.delegationId, party: plan.names.get(slot.delegationId) ?? "", fromPosition: was + 1, toPosition: i + 1, from: at(current[was].offsetMinutes), to: at(slot.offsetMinutes) }];
  });
  return { changes, overrun: plan.overrunNames, version: sequence.version };
}

export type OwnArrival = { itemTitle: string; delegationCode: string; party: string; entrance: string; venue: string; arrivesAt: Date; departsAt: Date | null; fromPlace: string | null };

/**
 * A delegation's own arrivals: when its motorcade leaves and when it is at the door. Never the
 * position in the order nor any other party. Out of scope: not found.
 */
export async function ownArrivals(db: DbOrTx, actor: Actor, summitId: string, delegationId: string): Promise<OwnArrival[]> {
  const allowed = readableDelegations(actor);
  if (!can(actor, "itinerary.read") || (allowed !== null && !allowed.includes(delegationId))) throw new NotFoundError();
  const slots = await db.arrivalSlot.findMany({
    // Only arrivals at items the reader may see: a draft or staff-only item's sequence is not theirs.
    where: { delegationId, sequence: { summitId, item: { AND: [{ status: { not: "CANCELLED" } }, visibleItemsWhere(actor)] } } },
    select: {
      offsetMinutes: true,
      delegation: { select: { code: true, name: true } },
      movement: { select: { startsAt: true, fromVenue: { select: { name: true } } } },
      sequence: { select: { item: { select: { title: true, startsAt: true } }, entrance: { select: { name: true, venue: { select: { name: true } } } } } },
    },
  });
  return slots
    .map((s) => ({
      itemTitle: s.sequence.item.title,
      delegationCode: s.delegation.code,
      party: s.delegation.name,
      entrance: s.sequence.entrance.name,
      venue: s.sequence.entrance.venue.name,
      arrivesAt: new Date(s.sequence.item.startsAt.getTime() + s.offsetMinutes * MINUTE),
      departsAt: s.movement?.startsAt ?? null,
      fromPlace: s.movement?.fromVenue?.name ?? null,
    }))
    .sort((a, b) => a.arrivesAt.getTime() - b.arrivesAt.getTime());
}

/** `itemTitle` is null where the reader may not see it (the documents word it in their language). */
export type MotorcadeRow = { taskId: string; version: number; party: string; itemTitle: string | null; from: string | null; entrance: string; departsAt: Date; arrivesAt: Date; taskStartsAt: Date; taskEndsAt: Date; type: string };

/** The agency's tasks that ride with a sequence's motorcade: an agency's own only to published items. */
function motorcadeTasksWhere(actor: Actor, summitId: string, agencyId: string) {
  return { agencyId, agency: { summitId }, movement: { arrivalSlot: isStaff(actor) ? { isNot: null } : { is: { sequence: { item: { status: "CONFIRMED" as const } } } } } };
}

/** The name of the agency whose schedule is asked for: one of the summit's, and the actor's own unless staff. */
export async function motorcadeAgencyName(db: DbOrTx, actor: Actor, summitId: string, agencyId: string): Promise<string> {
  if (!can(actor, "tasks.read") || (actor.role === "AGENCY" && actor.agencyId !== agencyId)) throw new NotFoundError();
  const agency = await db.agency.findFirst({ where: { id: agencyId, summitId }, select: { name: true } });
  if (!agency) throw new NotFoundError();
  return agency.name;
}

/** The motorcades an agency's tasks ride with (staff: pass the agency), in departure order. */
export async function agencyMotorcades(db: DbOrTx, actor: Actor, summitId: string, agencyId: string): Promise<MotorcadeRow[]> {
  if (!can(actor, "tasks.read")) throw new NotFoundError();
  if (actor.role === "AGENCY" && actor.agencyId !== agencyId) throw new NotFoundError();
  const tasks = await db.agencyTask.findMany({
    // A title only where the item is public (or to staff).
    where: motorcadeTasksWhere(actor, summitId, agencyId),
    select: {
      id: true, version: true, type: true, startsAt: true, endsAt: true,
      movement: {
        select: {
          startsAt: true, endsAt: true, delegation: { select: { name: true } }, fromVenue: { select: { name: true } },
          arrivalSlot: { select: { sequence: { select: { item: { select: { title: true, visibility: true } }, entrance: { select: { name: true } } } } } },
        },
      },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return tasks.map((t) => ({
    taskId: t.id,
    version: t.version,
    type: t.type,
    party: t.movement!.delegation.name,
    itemTitle: isStaff(actor) || t.movement!.arrivalSlot!.sequence.item.visibility === "PUBLIC" ? t.movement!.arrivalSlot!.sequence.item.title : null,
    from: t.movement!.fromVenue?.name ?? null,
    entrance: t.movement!.arrivalSlot!.sequence.entrance.name,
    departsAt: t.movement!.startsAt,
    arrivesAt: t.movement!.endsAt ?? t.movement!.startsAt,
    taskStartsAt: t.startsAt,
    taskEndsAt: t.endsAt,
  }));
}

/** How many of the agency's tasks ride with an arrival sequence's motorcade: whether it has a schedule to download. */
export async function countAgencyMotorcades(db: DbOrTx, actor: Actor, summitId: string, agencyId: string): Promise<number> {
  if (!can(actor, "tasks.read") || (actor.role === "AGENCY" && actor.agencyId !== agencyId)) return 0;
  return db.agencyTask.count({ where: motorcadeTasksWhere(actor, summitId, agencyId) });
}

export async function listVenues(db: DbOrTx, actor: Actor, summitId: string) {
  assertMayManage(actor);
  return db.venue.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The conflicts of a sequence: its own checks and any conflict its motorcades are in. */
export async function sequenceConflicts(db: DbOrTx, actor: Actor, summitId: string, view: SequenceView) {
  assertMayManage(actor);
  const movementIds = new Set(view.rows.map((r) => r.movementId).filter((id): id is string => id !== null));
  const firstDeparture = Math.min(view.item.startsAt.getTime(), ...view.rows.map((r) => (r.departsAt ?? r.arrivesAt).getTime()));
  const { conflicts } = await conflictsAround(db, summitId, { startsAt: new Date(firstDeparture), endsAt: view.item.endsAt });
  return conflicts.filter((c) => (c.type === "ARRIVAL_SEQUENCE" && c.itemIds.includes(view.item.id)) || c.movementIds?.some((id) => movementIds.has(id)));
}
