"use client";
// A coordinator's (or planner's) status and the agency's note for one task, saved through the gated
// action. The planner's instruction is not in this form: the task row shows it, read-only.
//
// Not a form landmark: a day has hundreds of these, so the form has no accessible name and its
// controls are grouped by a fieldset named "Status of <task>" (unique on the page). After a save,
// focus moves to the confirmation (role=status), which names the task and its new status.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/server-errors";
import { updateTaskStatusAction } from "@/lib/tasks/actions";
import { TASK_STATUSES, taskStatusSchema, type TaskStatusValues } from "@/lib/tasks/schema";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { TaskStatusFormText } from "@/lib/i18n/types";
import styles from "./task-status-form.module.css";

// Words come in as plain strings from the page's dictionary: a client component gets no functions.
// The action's own error messages stay English.
export function TaskStatusForm({ task, label, text, statusLabels, savedText }: {
  task: TaskStatusValues;
  /** The group's accessible name: "Status of Escort 10:00–11:30 for …", unique on the page. */
  label: string;
  text: TaskStatusFormText;
  statusLabels: Record<TaskStatus, string>;
  /** The confirmation, with "{status}" where the saved status goes. */
  savedText: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [focusCount, setFocusCount] = useState(0);
  const messageRef = useRef<HTMLSpanElement>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<TaskStatusValues>({
    resolver: zodResolver(taskStatusSchema),
    defaultValues: { id: task.id, version: task.version, status: task.status, agencyNote: task.agencyNote ?? "" },
  });
  // A new version from the server (this save, or someone else's): the form takes it, the message stays.
  useEffect(() => {
    reset({ id: task.id, version: task.version, status: task.status, agencyNote: task.agencyNote ?? "" });
  }, [reset, task.id, task.version, task.status, task.agencyNote]);
  useEffect(() => {
    if (focusCount > 0) messageRef.current?.focus();
  }, [focusCount]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateTaskStatusAction(values);
    if (!result.ok) setMessage({ error: true, text: applyServerErrors(result, setError) });
    else {
      setMessage({ error: false, text: savedText.replace("{status}", statusLabels[values.status]) });
      router.refresh();
    }
    setFocusCount((n) => n + 1);
  });
  const id = `task-${task.id}`;
  return (
    <form className={`${styles.form} no-print`} onSubmit={onSubmit} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{label}</legend>
        <label className={styles.label} htmlFor={`${id}-status`}>{text.status}</label>
        <select id={`${id}-status`} {...register("status")} aria-invalid={!!errors.status}>
          {TASK_STATUSES.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
        </select>
        <label className={styles.label} htmlFor={`${id}-note`}>{text.note}</label>
        <input id={`${id}-note`} {...register("agencyNote")} aria-invalid={!!errors.agencyNote} placeholder={text.notePlaceholder} />
        <button className="button button--secondary" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : text.save}</button>
        {errors.agencyNote ? <span className="field-error" role="alert">{errors.agencyNote.message}</span> : null}
        <span ref={messageRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "field-error" : styles.saved} hidden={!message}>
          {message?.text}
        </span>
      </fieldset>
    </form>
  );
}
