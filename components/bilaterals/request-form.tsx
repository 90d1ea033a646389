"use client";
// A liaison's (or planner's) bilateral request: with whom, at what level, how long, preferred days.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { LocalizedMessage } from "@/components/ui/localized-message";
import { applyServerErrors } from "@/components/forms/server-errors";
import { requestBilateralAction } from "@/lib/bilaterals/actions";
import { BILATERAL_LEVELS } from "@/lib/bilaterals/labels";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import { requestBilateralSchema, type RequestBilateral, type RequestBilateralValues } from "@/lib/bilaterals/schema";

type Option = { id: string; name: string };

/** `words`: the reader's words (the form's own and the levels). */
export function RequestBilateralForm({ own, delegations, days, words }: { own: Option[]; delegations: Option[]; days: { value: string; label: string }[]; words: BilateralsText }) {
  const router = useRouter();
  const w = words.requestForm;
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestBilateralValues, unknown, RequestBilateral>({
    resolver: zodResolver(requestBilateralSchema),
    defaultValues: { requesterDelegationId: own[0]?.id ?? "", counterpartDelegationIds: [], level: "PRINCIPAL", durationMinutes: 30, preferredDays: [], notes: "" },
  });
  const requester = useWatch({ control, name: "requesterDelegationId" });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestBilateralAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.push(`/bilaterals/${result.data.id}`);
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      <Field id="requesterDelegationId" label={w.requester} error={errors.requesterDelegationId?.message}>
        <select id="requesterDelegationId" aria-invalid={!!errors.requesterDelegationId} {...register("requesterDelegationId")}>
          {own.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
      </Field>
      <fieldset className="field" aria-describedby={errors.counterpartDelegationIds ? "counterparts-error" : undefined}>
        <legend>{w.meetWith}</legend>
        <div className="checkbox-list">
          {delegations
            .filter((d) => d.id !== requester)
            .map((d) => (
              <label key={d.id}>
                <input type="checkbox" value={d.id} {...register("counterpartDelegationIds")} /> {d.name}
              </label>
            ))}
        </div>
        {errors.counterpartDelegationIds ? (
          <span className="field-error" id="counterparts-error" role="alert"><LocalizedMessage text={errors.counterpartDelegationIds.message ?? ""} /></span>
        ) : null}
      </fieldset>
      <fieldset className="field">
        <legend>{w.level}</legend>
        {BILATERAL_LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" value={level} {...register("level")} /> {words.level[level]}
          </label>
        ))}
        {errors.level ? <span className="field-error" role="alert"><LocalizedMessage text={errors.level.message ?? ""} /></span> : null}
      </fieldset>
      <Field id="durationMinutes" label={w.duration} error={errors.durationMinutes?.message}>
        <input id="durationMinutes" type="number" min={1} max={1440} step={5} aria-invalid={!!errors.durationMinutes} {...register("durationMinutes", { valueAsNumber: true })} />
      </Field>
      <fieldset className="field">
        <legend>{w.preferredDays}</legend>
        {days.map((day) => (
          <label key={day.value}>
            <input type="checkbox" value={day.value} {...register("preferredDays")} /> {day.label}
          </label>
        ))}
        {errors.preferredDays ? <span className="field-error" role="alert"><LocalizedMessage text={errors.preferredDays.message ?? ""} /></span> : null}
      </fieldset>
      <Field id="notes" label={w.notes} hint={w.notesHint} error={errors.notes?.message}>
        <textarea id="notes" rows={4} aria-invalid={!!errors.notes} {...register("notes")} />
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? w.sending : w.submit}</button>
      </div>
    </form>
  );
}
