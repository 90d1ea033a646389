"use client";
// Create or edit a coverage rule: "every <item or movement> matching these filters needs a <task type>".
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { MOVEMENT_KIND_LABEL, PRINCIPAL_LEVEL_LABEL, TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { TASK_TYPES } from "@/lib/agencies/schema";
import { createCoverageRuleAction, deleteCoverageRuleAction, updateCoverageRuleAction } from "@/lib/coverage/actions";
import { createCoverageRuleSchema, type CreateCoverageRuleInput } from "@/lib/coverage/schema";
import { ITEM_KIND_LABEL } from "@/lib/programme/labels";

export function CoverageRuleForm({ venues, initial, existingId }: {
  venues: readonly { id: string; name: string }[];
  initial: CreateCoverageRuleInput;
  existingId?: string;
}) {
  const router = useRouter();
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const { register, handleSubmit, setError, reset, control, formState: { errors, isSubmitting } } = useForm<CreateCoverageRuleInput>({
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
      succeeded("Rule added.");
    }
    router.refresh();
  }, () => failed(null));

  const onDelete = async () => {
    if (!existingId || !window.confirm("Delete this rule?")) return;
    const result = await deleteCoverageRuleAction({ id: existingId });
    if (!result.ok) return failed(result.error);
    router.push("/coverage/rules");
    router.refresh();
  };

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="target" label="Applies to" error={errors.target?.message}>
        <select id="target" {...register("target")}>
          <option value="ITEM">Programme items</option>
          <option value="MOVEMENT">Movements</option>
        </select>
      </Field>
      {target === "ITEM" ? (
        <Field id="itemKind" label="Item kind" error={errors.itemKind?.message}>
          <select id="itemKind" {...register("itemKind")}>
            <option value="">Any</option>
            {Object.entries(ITEM_KIND_LABEL).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </Field>
      ) : (
        <Field id="movementKind" label="Movement kind" error={errors.movementKind?.message}>
          <select id="movementKind" {...register("movementKind")}>
            <option value="">Any</option>
            {Object.entries(MOVEMENT_KIND_LABEL).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </Field>
      )}
      <Field id="venueId" label={target === "ITEM" ? "At" : "From or to"} error={errors.venueId?.message}>
        <select id="venueId" {...register("venueId")}>
          <option value="">Anywhere</option>
          {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      </Field>
      <Field id="principalLevel" label={target === "ITEM" ? "Attended by" : "Principal level"} error={errors.principalLevel?.message}>
        <select id="principalLevel" {...register("principalLevel")}>
          <option value="">Anyone</option>
          {Object.entries(PRINCIPAL_LEVEL_LABEL).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
      </Field>
      <Field id="requiredType" label="Needs a task of type" error={errors.requiredType?.message}>
        <select id="requiredType" {...register("requiredType")}>
          {TASK_TYPES.map((t) => <option key={t} value={t}>{TASK_TYPE_LABEL[t]}</option>)}
        </select>
      </Field>
      <Field id="description" label="In words" error={errors.description?.message}>
        <input id="description" aria-invalid={!!errors.description} {...register("description")} />
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : existingId ? "Save rule" : "Add rule"}</button>
        {existingId ? <button className="button button--secondary" type="button" onClick={onDelete}>Delete rule</button> : null}
      </div>
    </form>
  );
}
