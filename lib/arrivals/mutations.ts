// Writes of the arrivals domain, for planners ("arrivals.manage"): the precedence list, entrances,
// and arrival sequences with their motorcades and escort tasks. Each write is one transaction
// under the summit's write lock (the conflict checks read what it writes), names the version it
// read, is audited, and changes nothing when refused. An entrance's and a sequence's writes end
// by re-checking the summit's stored conflicts; the precedence list is not read by the check
// (only the sequences made from it).
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { checkVersion, type Db, type Tx } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { refusal, worded } from "@/lib/i18n/errors";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { zonedInstant, isoDayOf } from "@/lib/time";
import type { InSummit } from "@/lib/validation";
import { attendingDelegationIds, loadEntrance, loadItem, loadPrecedenceOrder } from "./internal/load";
import { generatePrecedence, rankOf } from "./internal/precedence";
import { generateSequence, moveParty, SequenceFitError, setPartyTime, type Party, type SequenceParams, type TimedParty } from "./internal/sequence";
import { removeMotorcade, writeSlots } from "./internal/write";
import { assertMayManage } from "./policy";
import { loadPrecedenceDelegations, planReplan } from "./queries";
import type {
  EntranceInput,
  GenerateSequenceInput,
  MoveArrivalInput,
  PrecedenceOrderInput,
  PrecedenceRuleInput,
  SequenceRefInput,
  SetArrivalTimeInput,
} from "./schema";

const MINUTE = 60_000;

async function summitZone(tx: Tx, summitId: string): Promise<string> {
  const summit = await tx.summit.findUnique({ where: { id: summitId }, select: { timeZone: true } });
  if (!summit) throw new NotFoundError();
  return summit.timeZone;
}

/** Store the list, refusing it unless the stored list is still at `version` (0: none yet). */
async function writePrecedence(tx: Tx, actor: Actor, summitId: string, order: readonly string[], rule: Partial<Omit<PrecedenceRuleInput, "version">>, version: number) {
  const before = await tx.precedence.findUnique({ where: { summitId }, select: { id: true, key: true, language: true, others: true, version: true, entries: { select: { delegationId: true }, orderBy: { position: "asc" } } } });
  await checkVersion(before?.version ?? 0, version);
  const data = { ...rule, setById: actor.userId, setByName: actor.name, setAt: new Date() } as const;
  const saved = before
    ? await tx.precedence.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
    : await tx.precedence.create({ data: { ...data, summitId }, select: { id: true, version: true } });
  await tx.precedenceEntry.deleteMany({ where: { precedenceId: saved.id } });
  await tx.precedenceEntry.createMany({ data: order.map((delegationId, i) => ({ precedenceId: saved.id, delegationId, position: i + 1 })) });
  await recordAudit(tx, {
    actor, summitId, entity: "Precedence", entityId: saved.id, action: before ? "update" : "create",
    before: before ? { ...before, entries: before.entries.map((e) => e.delegationId) } : null,
    after: { ...rule, order, version: saved.version },
  });
  return saved;
}

/** Generate the precedence list from a rule and store it, replacing the order set before. */
export async function setPrecedenceRule(db: Db, actor: Actor, input: InSummit<PrecedenceRuleInput>) {
  assertMayManage(actor);
  const { summitId, ...rule } = input;
  return db.$transaction(async (tx) => {
    await lockSummitWrites(tx, summitId);
    const delegations = await loadPrecedenceDelegations(tx, summitId);
    const { version, ...choice } = rule;
    const order = generatePrecedence(delegations, choice, await loadPrecedenceOrder(tx, summitId));
    return writePrecedence(tx, actor, summitId, order, choice, version);
  });
}

/** Store an order edited by hand (drag or move buttons): every delegation of the summit, once. */
export async function savePrecedenceOrder(db: Db, actor: Actor, input: InSummit<PrecedenceOrderInput>) {
  assertMayManage(actor);
  const { summitId } = input;
  return db.$transaction(async (tx) => {
    await lockSummitWrites(tx, summitId);
    const delegations = await tx.delegation.findMany({ where: { summitId }, select: { id: true, name: true } });
    const known = new Set(delegations.map((d) => d.id));
    const given = new Set(input.delegationIds);
    const missing = delegations.filter((d) => !given.has(d.id)).map((d) => d.name);
    if (given.size !== input.delegationIds.length || input.delegationIds.some((id) => !known.has(id)) || missing.length > 0) {
      const r = worded("listLeavesOut", (t) => (missing.length > 0 ? t.listLeavesOut(missing.join(", ")) : t.listTwiceOrForeign), ["_form"]);
      throw new ValidationError(r);
    }
    return writePrecedence(tx, actor, summitId, input.delegationIds, { key: "MANUAL" }, input.version);
  });
}

export async function saveEntrance(db: Db, actor: Actor, input: InSummit<EntranceInput>) {
  assertMayManage(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    // The entrance's minimum gap is read by the conflict checks, as the sequences are: one lock for both.
    await lockSummitWrites(tx, summitId);
    const venue = await tx.venue.findFirst({ where: { id: input.venueId, summitId }, select: { id: true } });
    if (!venue) throw new ValidationError(refusal("chooseSummitVenue", ["venueId"]));
    const data = { venueId: input.venueId, name: input.name, minGapMinutes: input.minGapMinutes };
    const before = input.id ? await tx.entrance.findFirst({ where: { id: input.id, venue: { summitId } }, select: { id: true, venueId: true, name: true, minGapMinutes: true, version: true } }) : null;
    if (input.id && !before) throw new NotFoundError();
    if (before) await checkVersion(before.version, input.version);
    const saved = await withConstraintErrors(() =>
      before
        ? tx.entrance.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
        : tx.entrance.create({ data, select: { id: true, version: true } }),
    );
    await recordAudit(tx, { actor, summitId, entity: "Entrance", entityId: saved.id, action: before ? "update" : "create", before, after: { ...data, version: saved.version } });
    return saved;
  });
}

function paramsOf(s: { intervalMinutes: number; groupGapMinutes: number; greetingMinutes: number; pressMinutes: number; windowMinutes: number; seniorLast: boolean }, minGapMinutes: number): SequenceParams {
  return { ...s, minGapMinutes };
}

function fitError(error: unknown): never {
  if (error instanceof SequenceFitError) {
    const r = worded("nothingSavedBecause", (t) => t.nothingSavedBecause(error.say(t)), ["windowMinutes"]);
    throw new ValidationError(r);
  }
  throw error;
}

/** Ranks for the longer gaps: allies' heads of state, of government, others; then partners, then organisations. */
function groupOf(kind: string, headOf: "STATE" | "GOVERNMENT" | null): number {
  return kind === "ALLY" ? rankOf({ headOf }) : kind === "PARTNER" ? 3 : 4;
}

/** Generate (or regenerate) the item's arrival sequence from the precedence list, with its motorcades. */
export async function generateArrivals(db: Db, actor: Actor, input: InSummit<GenerateSequenceInput>) {
  assertMayManage(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const timeZone = await summitZone(tx, summitId);
    const item = await loadItem(tx, summitId, input.itemId);
    const entrance = await loadEntrance(tx, summitId, input.entranceId);
    if (item.venueId && entrance.venue.id !== item.venueId) {
      const r = worded("entranceElsewhere", (t) => t.entranceElsewhere(entrance.name, entrance.venue.name, item.title, item.venueName ?? ""), ["entranceId"]);
      throw new ValidationError(r);
    }
    if (input.escortAgencyId && !(await tx.agency.findFirst({ where: { id: input.escortAgencyId, summitId, deactivatedAt: null }, select: { id: true } }))) {
      throw new ValidationError(refusal("chooseActiveAgency", ["escortAgencyId"]));
    }
    const attending = await attendingDelegationIds(tx, item.id);
    if (attending.length === 0) {
      const r = worded("nobodyTakesPart", (t) => t.nobodyTakesPart(item.title), ["itemId"]);
      throw new ValidationError(r);
    }
    const order = await loadPrecedenceOrder(tx, summitId);
    if (order.length === 0) throw new ValidationError(refusal("setPrecedenceFirst", ["_form"]));
    const inOrder = new Set(order);
    const delegations = await loadPrecedenceDelegations(tx, summitId);
    const missing = delegations.filter((d) => attending.includes(d.id) && !inOrder.has(d.id)).map((d) => d.name);
    if (missing.length > 0) {
      const r = worded("precedenceLeavesOut", (t) => t.precedenceLeavesOut(missing.join(", "), item.title), ["_form"]);
      throw new ValidationError(r);
    }
    const byId = new Map(delegations.map((d) => [d.id, d]));
    const parties: Party[] = order.filter((id) => attending.includes(id)).map((id) => ({ delegationId: id, rank: groupOf(byId.get(id)!.kind, byId.get(id)!.headOf) }));
    const params = paramsOf(input, entrance.minGapMinutes);
    let timed: TimedParty[];
    try {
      timed = generateSequence(parties, params);
    } catch (error) {
      fitError(error);
    }
    const data = {
      entranceId: entrance.id, seniorLast: input.seniorLast, intervalMinutes: input.intervalMinutes, groupGapMinutes: input.groupGapMinutes,
      greetingMinutes: input.greetingMinutes, pressMinutes: input.pressMinutes, windowMinutes: input.windowMinutes, greeter: input.greeter,
      escortAgencyId: input.escortAgencyId, updatedById: actor.userId,
    };
    const before = await tx.arrivalSequence.findUnique({ where: { itemId: item.id }, select: { id: true, version: true } });
    const sequence = before
      ? await tx.arrivalSequence.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
      : await tx.arrivalSequence.create({ data: { ...data, summitId, itemId: item.id }, select: { id: true, version: true } });
    await writeSlots(tx, { actor, summitId, timeZone, item, entrance, sequenceId: sequence.id, escortAgencyId: input.escortAgencyId }, timed);
    await recordAudit(tx, { actor, summitId, entity: "ArrivalSequence", entityId: sequence.id, action: before ? "regenerate" : "create", before, after: { ...data, itemId: item.id, order: timed } });
    return sequence;
  });
}

/** Load a sequence for a change, refusing a stale version; then write the new times. */
async function changeSequence(db: Db, actor: Actor, summitId: string, ref: { sequenceId: string; version: number }, action: string, change: (current: TimedParty[], params: SequenceParams, ctx: { timeZone: string; itemStartsAt: Date; tx: Tx }) => Promise<TimedParty[]> | TimedParty[]) {
  assertMayManage(actor);
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const sequence = await tx.arrivalSequence.findFirst({
      where: { id: ref.sequenceId, summitId },
      select: {
        id: true, itemId: true, version: true, entranceId: true, escortAgencyId: true, seniorLast: true, intervalMinutes: true, groupGapMinutes: true,
        greetingMinutes: true, pressMinutes: true, windowMinutes: true,
        slots: { select: { delegationId: true, offsetMinutes: true }, orderBy: { position: "asc" } },
      },
    });
    if (!sequence) throw new NotFoundError();
    await checkVersion(sequence.version, ref.version);
    const timeZone = await summitZone(tx, summitId);
    const item = await loadItem(tx, summitId, sequence.itemId);
    const entrance = await loadEntrance(tx, summitId, sequence.entranceId);
    const current = sequence.slots.map((s) => ({ delegationId: s.delegationId, offsetMinutes: s.offsetMinutes }));
    let next: TimedParty[];
    try {
      next = await change(current, paramsOf(sequence, entrance.minGapMinutes), { timeZone, itemStartsAt: item.startsAt, tx });
    } catch (error) {
      fitError(error);
    }
    const saved = await tx.arrivalSequence.update({ where: { id: sequence.id }, data: { version: { increment: 1 }, updatedById: actor.userId }, select: { id: true, version: true } });
    // A re-plan is one change on the day, as a delay's cascade is: its rows name it. Its reason is
    // the entrance, which the motorcades' own notes already show their readers (never the item's
    // title, which an agency may not see).
    const live = action === "replan" ? { changeId: `replan:${sequence.id}:${saved.version}`, reason: `${entrance.name}, ${entrance.venue.name}`, kind: "replan" as const } : undefined;
    await writeSlots(tx, { actor, summitId, timeZone, item, entrance, sequenceId: sequence.id, escortAgencyId: sequence.escortAgencyId, live }, next);
    await recordAudit(tx, { actor, summitId, entity: "ArrivalSequence", entityId: sequence.id, action, before: { order: current }, after: { order: next } });
    return saved;
  });
}

/** A party dragged (or moved with the buttons) to another place; the times stay with the places. */
export async function moveArrival(db: Db, actor: Actor, input: InSummit<MoveArrivalInput>) {
  return changeSequence(db, actor, input.summitId, input, "reorder", (current) => {
    const from = current.findIndex((s) => s.delegationId === input.delegationId);
    if (from === -1) throw new NotFoundError();
    if (input.toPosition > current.length) {
      const r = worded("choosePlaceUpTo", (t) => t.choosePlaceUpTo(current.length), ["toPosition"]);
      throw new ValidationError(r);
    }
    return moveParty(current, from, input.toPosition - 1);
  });
}

/** A party's arrival typed as a time of the item's day; the others re-flow around it. */
export async function setArrivalTime(db: Db, actor: Actor, input: InSummit<SetArrivalTimeInput>) {
  return changeSequence(db, actor, input.summitId, input, "retime", (current, params, { timeZone, itemStartsAt }) => {
    if (!current.some((s) => s.delegationId === input.delegationId)) throw new NotFoundError();
    const at = zonedInstant(isoDayOf(itemStartsAt, timeZone), input.time, timeZone);
    return setPartyTime(current, input.delegationId, Math.round((at.getTime() - itemStartsAt.getTime()) / MINUTE), params);
  });
}

/** Apply the re-plan shown by previewReplan: the same computation, on the same version. */
export async function applyReplan(db: Db, actor: Actor, input: InSummit<SequenceRefInput>) {
  return changeSequence(db, actor, input.summitId, input, "replan", async (current, params, { tx }) => {
    const plan = await planReplan(tx, input.summitId, input.sequenceId, current, params);
    if (plan.overrun.length > 0) {
      const r = worded("replanOverrun", (t) => t.replanOverrun(plan.overrunNames.join(", ")), ["_form"]);
      throw new ValidationError(r);
    }
    return plan.slots;
  });
}

/** Remove a sequence with its motorcades and their tasks, each audited. */
export async function deleteSequence(db: Db, actor: Actor, input: InSummit<SequenceRefInput>) {
  assertMayManage(actor);
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    await lockSummitWrites(tx, summitId);
    const sequence = await tx.arrivalSequence.findFirst({ where: { id: input.sequenceId, summitId }, select: { id: true, version: true, itemId: true, slots: { select: { movementId: true } } } });
    if (!sequence) throw new NotFoundError();
    await checkVersion(sequence.version, input.version);
    const movementIds = sequence.slots.map((s) => s.movementId).filter((id): id is string => id !== null);
    await tx.arrivalSequence.delete({ where: { id: sequence.id } });
    const audit = async (entity: "Movement" | "AgencyTask", entityId: string, action: string, before: unknown, after: unknown) => {
      await recordAudit(tx, { actor, summitId, entity, entityId, action, before, after });
    };
    for (const movementId of movementIds) await removeMotorcade(tx, movementId, { arrivalSequence: sequence.id }, audit);
    await recordAudit(tx, { actor, summitId, entity: "ArrivalSequence", entityId: sequence.id, action: "delete", before: { itemId: sequence.itemId, movementIds }, after: null });
  });
}
