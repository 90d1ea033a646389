"use client";
// Create or edit a coverage rule: "every <item or movement> matching these filters needs a <task type>".
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { TASK_TYPES } from "@/lib/tasks/schema";
import { createCoverageRuleAction, deleteCoverageRuleAction, updateCoverageRuleAction } from "@/lib/coverage/actions";
import { createCoverageRuleSchema, type CreateCoverageRuleValues } from "@/lib/coverage/schema";
import type { RuleFormWords } from "@/lib/i18n/editors";

export function CoverageRuleForm({ venues, initial, existingId, words }: {
  venues: readonly { id: string; name: string }[];
  initial: CreateCoverageRuleValues;
  existingId?: string;
  /** The reader's words (a client component: plain strings). */
  words: RuleFormWords;
}) {
  const router = useRouter();
  const { common, rule: w } = words;
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const { register, handleSubmit, setError, reset, control, formState: { errors, isSubmitting } } = useForm<CreateCoverageRuleValues>({
    resolver: zodResolver(createCoverageRuleSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const target = useWatch({ control, name: "target" });

  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = existingId ? await updateCoverageRuleAction({ ...values, id: existingId }) : await createCoverageRuleAction(values);
    if (!result.ok) return failed(applyServerErrors(result, setError));
    if (existingId) {
      router.push("/coverage/rules");
    } else {
      reset(initial);
      succeeded(w.added);
    }
    router.refresh();
  }, () => failed(null));

  const onDelete = async () => {
    if (!existingId || !window.confirm(w.removeConfirm)) return;
    const result = await deleteCoverageRuleAction({ id: existingId });
    if (!result.ok) return failed(result.error);
    router.push("/coverage/rules");
    router.refresh();
  };

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="target" label={w.appliesTo} error={errors.target?.message}>
        <select id="target" {...register("target")}>
          <option value="ITEM">{w.items}</option>
          <option value="MOVEMENT">{w.movements}</option>
        </select>
      </Field>
      {target === "ITEM" ? (
        <Field id="itemKind" label={w.itemKind} error={errors.itemKind?.message}>
          <select id="itemKind" {...register("itemKind")}>
            <option value="">{common.any}</option>
            {Object.entries(words.itemKinds).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </Field>
      ) : (
        <Field id="movementKind" label={w.movementKind} error={errors.movementKind?.message}>
          <select id="movementKind" {...register("movementKind")}>
            <option value="">{common.any}</option>
            {Object.entries(words.movementKinds).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </Field>
      )}
      <Field id="venueId" label={target === "ITEM" ? w.at : w.fromOrTo} error={errors.venueId?.message}>
        <select id="venueId" {...register("venueId")}>
          <option value="">{w.anywhere}</option>
          {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      </Field>
      <Field id="principalLevel" label={target === "ITEM" ? w.attendedBy : common.principalLevel} error={errors.principalLevel?.message}>
        <select id="principalLevel" {...register("principalLevel")}>
          <option value="">{w.anyone}</option>
          {Object.entries(common.principalLevels).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
      </Field>
      <Field id="requiredType" label={w.needs} error={errors.requiredType?.message}>
        <select id="requiredType" {...register("requiredType")}>
          {TASK_TYPES.map((t) => <option key={t} value={t}>{words.taskTypes[t]}</option>)}
        </select>
      </Field>
      <Field id="description" label={w.inWords} error={errors.description?.message}>
        <input id="description" aria-invalid={!!errors.description} {...register("description")} />
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? common.saving : existingId ? w.save : w.add}</button>
        {existingId ? <button className="button button--secondary" type="button" onClick={onDelete}>{w.remove}</button> : null}
      </div>
    </form>
  );
}
