"use client";
// A coordinator's (or planner's) status and the agency's note for one task, saved through the gated
// action. The planner's instruction is not in this form: the task row shows it, read-only.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/server-errors";
import { updateTaskStatusAction } from "@/lib/agencies/actions";
import { TASK_STATUSES, taskStatusSchema, type TaskStatusInput } from "@/lib/agencies/schema";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { TaskStatusFormText } from "@/lib/i18n/types";
import styles from "./task-status-form.module.css";

// Words come in as plain strings from the page's dictionary: a client component gets no functions.
// The action's own error messages stay English.
export function TaskStatusForm({ task, label, text, statusLabels }: {
  task: TaskStatusInput;
  /** The form's accessible name: "Status of Escort 10:00–11:30 for …". */
  label: string;
  text: TaskStatusFormText;
  statusLabels: Record<TaskStatus, string>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<TaskStatusInput>({
    resolver: zodResolver(taskStatusSchema),
    defaultValues: { id: task.id, version: task.version, status: task.status, agencyNote: task.agencyNote ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateTaskStatusAction(values);
    if (!result.ok) return setMessage({ error: true, text: applyServerErrors(result, setError) });
    setMessage({ error: false, text: text.saved });
    router.refresh();
  });
  const id = `task-${task.id}`;
  return (
    <form className={`${styles.form} no-print`} onSubmit={onSubmit} noValidate aria-label={label}>
      <label className={styles.label} htmlFor={`${id}-status`}>{text.status}</label>
      <select id={`${id}-status`} {...register("status")} aria-invalid={!!errors.status}>
        {TASK_STATUSES.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
      </select>
      <label className={styles.label} htmlFor={`${id}-note`}>{text.note}</label>
      <input id={`${id}-note`} {...register("agencyNote")} aria-invalid={!!errors.agencyNote} placeholder={text.notePlaceholder} />
      <button className="button button--secondary" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : text.save}</button>
      {errors.agencyNote ? <span className="field-error" role="alert">{errors.agencyNote.message}</span> : null}
      {message ? <span role={message.error ? "alert" : "status"} className={message.error ? "field-error" : "muted"}>{message.text}</span> : null}
    </form>
  );
}
