import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import { zonedInstant } from "@/lib/time";
import type { InSummit } from "@/lib/validation";
import { mayEditDelegations } from "./policy";
import type { DelegationInput, MemberInput } from "./schema";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";

// Inputs are already parsed by the caller (the action gate, or a test) with the schemas in ./schema.

const toInstant = (local: string | null, timeZone: string) => (local ? zonedInstant(local.slice(0, 10), local.slice(11, 16), timeZone) : null);

const duplicate = (error: unknown) => {
  if ((error as { constraint?: string }).constraint === "unique") {
    throw new ValidationError(refusal("delegationTaken", { code: refusal("codeNameUnique") }));
  }
  throw error;
};

// The same answer as a missing delegation, as everywhere a permission is missing.
function authorise(actor: Actor) {
  if (!mayEditDelegations(actor)) throw new NotFoundError();
}

export async function saveDelegation(db: Db, actor: Actor, input: InSummit<DelegationInput>) {
  authorise(actor);
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    const summit = await tx.summit.findUnique({ where: { id: input.summitId }, select: { id: true, timeZone: true } });
    if (!summit) throw new NotFoundError();
    const arrivesAt = toInstant(input.arrivesAt, summit.timeZone);
    const departsAt = toInstant(input.departsAt, summit.timeZone);
    if (arrivesAt && departsAt && departsAt <= arrivesAt) throw new ValidationError(refusal("departureAfterArrival", ["departsAt"]));
    if (input.hotelVenueId && !(await tx.venue.findFirst({ where: { id: input.hotelVenueId, summitId: summit.id }, select: { id: true } }))) {
      throw new ValidationError(refusal("unknownHotel", ["hotelVenueId"]));
    }
    const before = input.id
      ? await tx.delegation.findFirst({ where: { id: input.id, summitId: summit.id }, select: { code: true, name: true, kind: true, homeTimeZone: true, hotelVenueId: true, arrivesAt: true, departsAt: true } })
      : null;
    if (input.id && !before) throw new NotFoundError();
    const data = { code: input.code, name: input.name, kind: input.kind, homeTimeZone: input.homeTimeZone, hotelVenueId: input.hotelVenueId, arrivesAt, departsAt };
    const delegation = await withConstraintErrors(() =>
      input.id
        ? tx.delegation.update({ where: { id: input.id }, data, select: { id: true } })
        : tx.delegation.create({ data: { ...data, summitId: summit.id }, select: { id: true } }),
    ).catch(duplicate);
    await recordAudit(tx, { actor, summitId: summit.id, entity: "Delegation", entityId: delegation.id, action: input.id ? "update" : "create", before, after: data });
    return delegation;
  });
}

export async function saveMember(db: Db, actor: Actor, input: InSummit<MemberInput>) {
  authorise(actor);
  const summit = { id: input.summitId };
  return inCheckedTransaction(db, summit.id, async (tx) => {
    const delegation = await tx.delegation.findFirst({ where: { id: input.delegationId, summitId: summit.id }, select: { id: true } });
    if (!delegation) throw new ValidationError(refusal("unknownDelegation", ["delegationId"]));
    const before = input.id
      ? await tx.member.findFirst({ where: { id: input.id, delegationId: input.delegationId }, select: { title: true, personalName: true, function: true, precedence: true } })
      : null;
    if (input.id && !before) throw new NotFoundError();
    const data = { title: input.title, personalName: input.personalName, function: input.function, precedence: input.precedence };
    const member = input.id
      ? await tx.member.update({ where: { id: input.id }, data, select: { id: true } })
      : await tx.member.create({ data: { ...data, delegationId: input.delegationId }, select: { id: true } });
    await recordAudit(tx, { actor, summitId: summit.id, entity: "Member", entityId: member.id, action: input.id ? "update" : "create", before, after: data });
    return member;
  });
}
