// Writes to coverage rules, for planners ("tasks.edit"); each audited in its transaction.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { refusal } from "@/lib/i18n/errors";
import type { InSummit } from "@/lib/validation";
import { mayKeepCoverage } from "./policy";
import type { CreateCoverageRuleInput, DeleteCoverageRuleInput, UpdateCoverageRuleInput } from "./schema";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";

const ENTITY = "CoverageRule";
const AUDITED = {
  id: true, target: true, itemKind: true, venueId: true, movementKind: true, principalLevel: true, requiredType: true, description: true,
} as const;

type Fields = CreateCoverageRuleInput;

async function checkedData(tx: Tx, summitId: string, input: Fields) {
  if (input.venueId && !(await tx.venue.findFirst({ where: { id: input.venueId, summitId }, select: { id: true } }))) {
    throw new ValidationError(refusal("unknownPlace", { venueId: refusal("chooseSummitPlace") }));
  }
  return {
    target: input.target,
    itemKind: input.target === "ITEM" ? input.itemKind : null,
    venueId: input.venueId,
    movementKind: input.target === "MOVEMENT" ? input.movementKind : null,
    principalLevel: input.principalLevel,
    requiredType: input.requiredType,
    description: input.description,
  };
}

async function ruleOfSummit(tx: Tx, summitId: string, id: string) {
  const rule = await tx.coverageRule.findFirst({ where: { id, summitId }, select: AUDITED });
  if (!rule) throw new NotFoundError();
  return rule;
}

export async function createCoverageRule(db: Db, actor: Actor, input: InSummit<CreateCoverageRuleInput>) {
  if (!mayKeepCoverage(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    if (!(await tx.summit.findUnique({ where: { id: summitId }, select: { id: true } }))) throw new NotFoundError();
    const data = await checkedData(tx, summitId, input);
    const rule = await tx.coverageRule.create({ data: { ...data, summitId }, select: AUDITED });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: rule.id, action: "create", after: rule });
    return { id: rule.id };
  });
}

export async function updateCoverageRule(db: Db, actor: Actor, input: InSummit<UpdateCoverageRuleInput>) {
  if (!mayKeepCoverage(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const before = await ruleOfSummit(tx, summitId, input.id);
    const data = await checkedData(tx, summitId, input);
    const after = await tx.coverageRule.update({ where: { id: input.id }, data, select: AUDITED });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "update", before, after });
    return { id: input.id };
  });
}

export async function deleteCoverageRule(db: Db, actor: Actor, input: InSummit<DeleteCoverageRuleInput>) {
  if (!mayKeepCoverage(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const before = await ruleOfSummit(tx, summitId, input.id);
    await tx.coverageRule.delete({ where: { id: input.id } });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "delete", before });
    return null;
  });
}
