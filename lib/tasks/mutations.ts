// Writes to agency tasks. Planners create, assign, edit and delete any task of the summit and
// write its instruction (`note`); coordinators change the status and the agency's own note
// (`agencyNote`) of their own agency's tasks, never the instruction, and acknowledge the
// changes made to them (lib/tasks/changes.ts). Every write checks its
// references inside one transaction and records an audit entry there; a refused write changes
// nothing.
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { agencyRefusal } from "@/lib/agency-admin/mutations";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { checkVersion, updateVersioned, type Db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { localInstant } from "@/lib/time";
import { mayAcknowledgeTaskChanges, mayEditTasks, mayUpdateTaskStatus, visibleTasksWhere } from "./policy";
import { parseSubject, type AcknowledgeTaskChangesInput, type CreateTaskInput, type DeleteTaskInput, type TaskStatusInput, type UpdateTaskInput } from "./schema";
import { taskWindowRefusal } from "@/lib/programme/task-window";
import { refusal } from "@/lib/i18n/errors";
import type { InSummit } from "@/lib/validation";

const ENTITY = "AgencyTask";

const AUDITED = {
  id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true,
  startsAt: true, endsAt: true, location: true, note: true, agencyNote: true, staffNotes: true, version: true,
} as const;

type TaskFields = CreateTaskInput;

/**
 * The agency a task is given, of the summit and, unless the task has it already, not deactivated.
 * The row is read FOR SHARE: a deactivation saved meanwhile is waited for and seen, and one that
 * comes later waits for this task (which it then keeps, as it keeps every earlier task).
 */
async function assignableAgency(tx: Tx, summitId: string, agencyId: string, currentAgencyId: string | null) {
  const [agency] = await tx.$queryRaw<{ id: string; deactivatedAt: Date | null }[]>`
    SELECT id, "deactivatedAt" FROM "Agency" WHERE id = ${agencyId} AND "summitId" = ${summitId} FOR SHARE`;
  if (!agency) throw new ValidationError(refusal("unknownAgency", { agencyId: refusal("chooseSummitAgency") }));
  if (agency.deactivatedAt && agency.id !== currentAgencyId) {
    throw new ValidationError(agencyRefusal("noNewTasks", ["agencyId"]));
  }
  return agency;
}

/**
 * The agency, subject and window of a task, checked against the summit; the row data to write.
 * `currentAgencyId` is the agency an edited task has now: it may keep it, deactivated or not.
 */
async function checkedTaskData(tx: Tx, summitId: string, input: TaskFields, currentAgencyId: string | null = null) {
  const summit = await tx.summit.findUnique({ where: { id: summitId }, select: { timeZone: true } });
  if (!summit) throw new NotFoundError();
  const agency = await assignableAgency(tx, summitId, input.agencyId, currentAgencyId);

  const { itemId, movementId } = parseSubject(input.subject);
  const subject = itemId
    ? await tx.programmeItem.findFirst({ where: { id: itemId, summitId }, select: { startsAt: true, endsAt: true } })
    : await tx.movement.findFirst({ where: { id: movementId!, summitId }, select: { startsAt: true, endsAt: true } });
  if (!subject) {
    throw new ValidationError(refusal("taskCovers", { subject: refusal("chooseSummitItemOrMovement") }));
  }

  const startsAt = localInstant(input.startsAt, summit.timeZone);
  const endsAt = localInstant(input.endsAt, summit.timeZone);
  const misfit = taskWindowRefusal({ startsAt, endsAt }, subject, summit.timeZone);
  const fields = Object.keys(misfit.said.en.fieldErrors);
  if (fields.length > 0) {
    throw new ValidationError(refusal("taskWindow", Object.fromEntries(fields.map((field) => [field, misfit]))));
  }
  return {
    agencyId: agency.id, itemId, movementId, type: input.type, startsAt, endsAt,
    location: input.location, note: input.note, staffNotes: input.staffNotes,
  };
}

/** Write only if nobody saved since `version` was read (optimistic locking). */
async function bumpVersion(tx: Tx, id: string, version: number, data: Prisma.AgencyTaskUncheckedUpdateManyInput) {
  await updateVersioned(tx.agencyTask, id, version, data, { write: withConstraintErrors });
}

/** A task of the summit (through its agency), for planners' writes. */
async function taskOfSummit(tx: Tx, summitId: string, id: string) {
  const task = await tx.agencyTask.findFirst({ where: { id, agency: { summitId } }, select: AUDITED });
  if (!task) throw new NotFoundError();
  return task;
}

export async function createTask(db: Db, actor: Actor, input: InSummit<CreateTaskInput>) {
  if (!mayEditTasks(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const data = await checkedTaskData(tx, summitId, input);
    const task = await withConstraintErrors(() => tx.agencyTask.create({ data, select: AUDITED }));
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: task.id, action: "create", after: task });
    return { id: task.id };
  });
}

export async function updateTask(db: Db, actor: Actor, input: InSummit<UpdateTaskInput>) {
  if (!mayEditTasks(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const before = await taskOfSummit(tx, summitId, input.id);
    await checkVersion(before.version, input.version);
    const data = await checkedTaskData(tx, summitId, input, before.agencyId);
    await bumpVersion(tx, input.id, input.version, data);
    const after = await tx.agencyTask.findUniqueOrThrow({ where: { id: input.id }, select: AUDITED });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "update", before, after });
    return { id: input.id, version: after.version };
  });
}

export async function deleteTask(db: Db, actor: Actor, input: InSummit<DeleteTaskInput>) {
  if (!mayEditTasks(actor)) throw new NotFoundError();
  const { summitId } = input;
  return inCheckedTransaction(db, summitId, async (tx) => {
    const before = await taskOfSummit(tx, summitId, input.id);
    await checkVersion(before.version, input.version);
    await tx.agencyTask.delete({ where: { id: input.id } });
    await recordAudit(tx, { actor, summitId, entity: ENTITY, entityId: input.id, action: "delete", before });
    return null;
  });
}

const scopeOf = (task: { agencyId: string; itemId: string | null; movementId: string | null; type: string }) => ({
  agencyId: task.agencyId, itemId: task.itemId, movementId: task.movementId, type: task.type,
});

/**
 * Change a task's status and the agency's note; the planner's instruction stays as it is. The task
 * must be one the actor may see, of the summit: another agency's or another summit's task is
 * NotFoundError, exactly as if it did not exist.
 */
export async function updateTaskStatus(db: Db, actor: Actor, input: InSummit<TaskStatusInput>) {
  if (!mayUpdateTaskStatus(actor)) throw new NotFoundError();
  return inCheckedTransaction(db, input.summitId, async (tx) => {
    const before = await tx.agencyTask.findFirst({
      where: { AND: [visibleTasksWhere(actor), { id: input.id, agency: { summitId: input.summitId } }] },
      select: {
        id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true, agencyNote: true, version: true,
        agency: { select: { summitId: true } },
      },
    });
    if (!before) throw new NotFoundError();
    await checkVersion(before.version, input.version);
    await bumpVersion(tx, input.id, input.version, { status: input.status, agencyNote: input.agencyNote });
    const after = await tx.agencyTask.findUniqueOrThrow({ where: { id: input.id }, select: { status: true, agencyNote: true, version: true } });
    await recordAudit(tx, {
      actor,
      summitId: before.agency.summitId,
      entity: ENTITY,
      entityId: input.id,
      action: "status",
      // The task's agency, subject and type in both snapshots, so the agency's change list finds it.
      before: { ...scopeOf(before), status: before.status, agencyNote: before.agencyNote },
      after: { ...scopeOf(before), status: after.status, agencyNote: after.agencyNote },
    });
    return { id: input.id, status: after.status, version: after.version };
  });
}

/**
 * A coordinator acknowledges their agency's task changes up to `seenUpTo` (the newest change on
 * their screen, never later than now): a change saved while they were looking stays unacknowledged.
 * Any other agency's id is NotFoundError, as is any actor who is not a coordinator of an agency.
 */
export async function acknowledgeTaskChanges(db: Db, actor: Actor, input: AcknowledgeTaskChangesInput): Promise<{ acknowledgedAt: Date }> {
  if (!mayAcknowledgeTaskChanges(actor, input.agencyId)) throw new NotFoundError();
  const now = new Date();
  const seen = input.seenUpTo ? new Date(input.seenUpTo) : now;
  const acknowledgedAt = seen.getTime() > now.getTime() ? now : seen;
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true, summitId: true } });
    if (!agency) throw new NotFoundError();
    const row = await tx.taskAcknowledgement.create({
      data: { agencyId: agency.id, userId: actor.userId, acknowledgedAt },
      select: { id: true, acknowledgedAt: true },
    });
    await recordAudit(tx, {
      actor, summitId: agency.summitId, entity: "TaskAcknowledgement", entityId: row.id, action: "create",
      after: { agencyId: agency.id, acknowledgedAt },
    });
    return { acknowledgedAt: row.acknowledgedAt };
  });
}
