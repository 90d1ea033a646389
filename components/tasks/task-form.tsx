"use client";
// Create or edit an agency task (planners). Choosing what the task covers suggests its times. The
// planner writes the note for the agency; the agency's own note is shown beside it, read-only.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { DateTimeField, type DayOption } from "@/components/forms/date-time-field";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { flash } from "@/components/forms/flash";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { TaskFormWords } from "@/lib/i18n/editors";
import { formsEn, type FormsText } from "@/lib/i18n/forms";
import { createTaskAction, deleteTaskAction, updateTaskAction } from "@/lib/tasks/actions";
import { createTaskSchema, TASK_TYPES, type CreateTaskValues } from "@/lib/tasks/schema";
import type { SubjectOption } from "@/lib/tasks/subjects";

type Props = {
  agencies: readonly { id: string; name: string }[];
  subjects: { items: readonly SubjectOption[]; movements: readonly SubjectOption[] };
  initial: CreateTaskValues;
  /** Set when editing. */
  existing?: { id: string; version: number };
  /** When editing: the agency's own note, shown read-only (the agency writes it with its status). */
  agencyNote?: string | null;
  backHref: string;
  /** The summit's days, offered as the dates; without them a date input. */
  days?: readonly DayOption[];
  /** The reader's words for the date-time fields and the confirmation (English by default). */
  text?: FormsText;
  /** The reader's words for the form's own fields. */
  words: TaskFormWords;
};

export function TaskForm({ agencies, subjects, initial, existing, agencyNote, backHref, days, text = formsEn, words }: Props) {
  const router = useRouter();
  const { common, task: w } = words;
  const { formRef, messageRef, feedback, clear, failed } = useFormFeedback();
  const { register, handleSubmit, setError, setValue, getValues, control, formState: { errors, isSubmitting } } = useForm<CreateTaskValues>({
    resolver: zodResolver(createTaskSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const all = [...subjects.items, ...subjects.movements];

  const onSubject = (value: string) => {
    const option = all.find((o) => o.value === value);
    if (option && (!getValues("startsAt") || !existing)) {
      setValue("startsAt", option.startsAt);
      setValue("endsAt", option.endsAt);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = existing ? await updateTaskAction({ ...values, ...existing }) : await createTaskAction(values);
    if (!result.ok) return failed(applyServerErrors(result, setError));
    flash(existing ? text.saved.taskSaved : text.saved.taskCreated);
    router.push(backHref);
    router.refresh();
  }, () => failed(text.saved.checkFields));

  const onDelete = async () => {
    if (!existing || !window.confirm(w.removeConfirm)) return;
    const result = await deleteTaskAction(existing);
    if (!result.ok) return failed(result.error);
    router.push(backHref);
    router.refresh();
  };

  const subjectField = register("subject");
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="agencyId" label={w.agency} error={errors.agencyId?.message}>
        <select id="agencyId" aria-invalid={!!errors.agencyId} {...register("agencyId")}>
          <option value="">{common.choose}</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </Field>
      <Field id="subject" label={w.covers} error={errors.subject?.message}>
        <select id="subject" aria-invalid={!!errors.subject} {...subjectField} onChange={(e) => { void subjectField.onChange(e); onSubject(e.target.value); }}>
          <option value="">{common.choose}</option>
          <optgroup label={w.items}>
            {subjects.items.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
          <optgroup label={w.movements}>
            {subjects.movements.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        </select>
      </Field>
      <Field id="type" label={w.type} error={errors.type?.message}>
        <select id="type" aria-invalid={!!errors.type} {...register("type")}>
          {TASK_TYPES.map((t) => <option key={t} value={t}>{words.types[t]}</option>)}
        </select>
      </Field>
      <Controller control={control} name="startsAt" render={({ field }) => (
        <DateTimeField id="startsAt" label={w.starts} hint={w.startsHint} error={errors.startsAt?.message}
          value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <Controller control={control} name="endsAt" render={({ field }) => (
        <DateTimeField id="endsAt" label={w.ends} error={errors.endsAt?.message}
          value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <Field id="location" label={w.location} error={errors.location?.message}>
        <input id="location" aria-invalid={!!errors.location} {...register("location")} />
      </Field>
      <Field id="note" label={w.note} error={errors.note?.message}>
        <textarea id="note" rows={3} aria-invalid={!!errors.note} {...register("note")} />
      </Field>
      {existing ? (
        <Field id="agencyNote" label={w.agencyNote} hint={w.agencyNoteHint}>
          <textarea id="agencyNote" rows={2} readOnly value={agencyNote ?? ""} aria-describedby="agencyNote-hint" />
        </Field>
      ) : null}
      <Field id="staffNotes" label={common.staffNotes} hint={common.neverShownToAgencies} error={errors.staffNotes?.message}>
        <textarea id="staffNotes" rows={2} aria-invalid={!!errors.staffNotes} {...register("staffNotes")} />
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? common.saving : existing ? w.save : w.create}</button>
        {existing ? <button className="button button--secondary" type="button" onClick={onDelete}>{w.remove}</button> : null}
      </div>
    </form>
  );
}
