// One zod schema per form, shared by the form (react-hook-form) and the server action.
import { z } from "zod";
import { id, localDateTime, optionalText, text } from "@/lib/validation";
import { TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import { isLocalDateTime } from "@/lib/time";

export const TASK_TYPES = Object.values(TaskType) as [TaskType, ...TaskType[]];
export const TASK_STATUSES = Object.values(TaskStatus) as [TaskStatus, ...TaskStatus[]];

/** "item:<id>" or "movement:<id>": what the task covers. */
export const SUBJECT = /^(item|movement):([A-Za-z0-9_-]{1,64})$/;

export function parseSubject(value: string): { itemId: string | null; movementId: string | null } {
  const [, kind, subjectId] = SUBJECT.exec(value) ?? [];
  return { itemId: kind === "item" ? subjectId : null, movementId: kind === "movement" ? subjectId : null };
}

const taskFields = {
  agencyId: text().min(1, "Choose an agency.").max(64, "Choose an agency."),
  subject: text().regex(SUBJECT, "Choose a programme item or a movement."),
  type: z.enum(TASK_TYPES, { message: "Choose a task type." }),
  startsAt: localDateTime("start"),
  endsAt: localDateTime("end"),
  location: optionalText(200),
  note: optionalText(1000),
  staffNotes: optionalText(1000),
};

function endAfterStart(value: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  // Same fixed-width format, so text order is time order.
  if (isLocalDateTime(value.startsAt) && isLocalDateTime(value.endsAt) && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
  }
}

export const createTaskSchema = z.object(taskFields).superRefine(endAfterStart);
export type CreateTaskInput = z.output<typeof createTaskSchema>;
/** The task form's values, before the schema trims and empties them. */
export type CreateTaskValues = z.input<typeof createTaskSchema>;

export const updateTaskSchema = z.object({ id, version: z.number().int().min(1), ...taskFields }).superRefine(endAfterStart);
export type UpdateTaskInput = z.output<typeof updateTaskSchema>;

export const deleteTaskSchema = z.object({ id, version: z.number().int().min(1) });
export type DeleteTaskInput = z.output<typeof deleteTaskSchema>;

/**
 * What an agency coordinator may change: the status and the agency's own note. The planner's
 * instruction (`note`) is not part of it: a form that still posts `note` has it dropped here.
 */
export const taskStatusSchema = z.object({
  id,
  version: z.number().int().min(1),
  status: z.enum(TASK_STATUSES, { message: "Choose a status." }),
  agencyNote: optionalText(1000),
});
export type TaskStatusInput = z.output<typeof taskStatusSchema>;
/** The status form's values. */
export type TaskStatusValues = z.input<typeof taskStatusSchema>;

/** Acknowledge the agency's task changes shown, up to the newest one the reader saw. */
export const acknowledgeTaskChangesSchema = z.object({
  agencyId: id,
  seenUpTo: z.iso.datetime({ offset: true }).optional(),
});
export type AcknowledgeTaskChangesInput = z.output<typeof acknowledgeTaskChangesSchema>;
