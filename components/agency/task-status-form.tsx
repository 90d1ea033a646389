"use client";
// A coordinator's (or planner's) status and note for one task, saved through the gated action.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/server-errors";
import { updateTaskStatusAction } from "@/lib/agencies/actions";
import { TASK_STATUS_LABEL } from "@/lib/agencies/labels";
import { TASK_STATUSES, taskStatusSchema, type TaskStatusInput } from "@/lib/agencies/schema";
import styles from "./task-status-form.module.css";

export function TaskStatusForm({ task, label }: { task: TaskStatusInput & { note?: string | null }; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<TaskStatusInput>({
    resolver: zodResolver(taskStatusSchema),
    defaultValues: { id: task.id, version: task.version, status: task.status, note: task.note ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateTaskStatusAction(values);
    if (!result.ok) return setMessage({ error: true, text: applyServerErrors(result, setError) });
    setMessage({ error: false, text: "Saved." });
    router.refresh();
  });
  const id = `task-${task.id}`;
  return (
    <form className={`${styles.form} no-print`} onSubmit={onSubmit} noValidate aria-label={`Status of ${label}`}>
      <label className={styles.label} htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} {...register("status")} aria-invalid={!!errors.status}>
        {TASK_STATUSES.map((s) => <option key={s} value={s}>{TASK_STATUS_LABEL[s]}</option>)}
      </select>
      <label className={styles.label} htmlFor={`${id}-note`}>Note</label>
      <input id={`${id}-note`} {...register("note")} aria-invalid={!!errors.note} placeholder="Note for the planners" />
      <button className="button button--secondary" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save"}</button>
      {errors.note ? <span className="field-error" role="alert">{errors.note.message}</span> : null}
      {message ? <span role={message.error ? "alert" : "status"} className={message.error ? "field-error" : "muted"}>{message.text}</span> : null}
    </form>
  );
}
