"use client";
// Create or edit a movement (planners): arrival, departure or transfer, in summit time.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { MOVEMENT_KIND_LABEL, PRINCIPAL_LEVEL_LABEL } from "@/lib/agencies/labels";
import { createMovementAction, deleteMovementAction, updateMovementAction } from "@/lib/movements/actions";
import { createMovementSchema, MOVEMENT_KINDS, PRINCIPAL_LEVELS, type CreateMovementInput } from "@/lib/movements/schema";

type Option = { id: string; name: string };

export function MovementForm({ delegations, venues, initial, existing, backHref }: {
  delegations: readonly Option[];
  venues: readonly Option[];
  initial: CreateMovementInput;
  existing?: { id: string; version: number };
  backHref: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState: { errors, isSubmitting } } = useForm<CreateMovementInput>({
    resolver: zodResolver(createMovementSchema),
    defaultValues: initial,
  });
  const kind = useWatch({ control, name: "kind" });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = existing ? await updateMovementAction({ ...values, ...existing }) : await createMovementAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.push(backHref);
    router.refresh();
  });

  const onDelete = async () => {
    if (!existing || !window.confirm("Delete this movement?")) return;
    const result = await deleteMovementAction(existing);
    if (!result.ok) return setFormError(result.error);
    router.push(backHref);
    router.refresh();
  };

  const venueSelect = (field: "fromVenueId" | "toVenueId", label: string) => (
    <Field id={field} label={label} error={errors[field]?.message}>
      <select id={field} aria-invalid={!!errors[field]} {...register(field)}>
        <option value="">—</option>
        {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
      </select>
    </Field>
  );

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      <Field id="delegationId" label="Delegation" error={errors.delegationId?.message}>
        <select id="delegationId" aria-invalid={!!errors.delegationId} {...register("delegationId")}>
          <option value="">Choose…</option>
          {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
      </Field>
      <Field id="kind" label="Kind" error={errors.kind?.message}>
        <select id="kind" {...register("kind")}>
          {MOVEMENT_KINDS.map((k) => <option key={k} value={k}>{MOVEMENT_KIND_LABEL[k]}</option>)}
        </select>
      </Field>
      {kind !== "ARRIVAL" ? venueSelect("fromVenueId", kind === "DEPARTURE" ? "Airport" : "From") : null}
      {kind !== "DEPARTURE" ? venueSelect("toVenueId", kind === "ARRIVAL" ? "Airport" : "To") : null}
      {kind !== "TRANSFER" ? (
        <Field id="flight" label="Flight" error={errors.flight?.message}>
          <input id="flight" aria-invalid={!!errors.flight} {...register("flight")} />
        </Field>
      ) : null}
      <Field id="startsAt" label={kind === "ARRIVAL" ? "Lands" : kind === "DEPARTURE" ? "Takes off" : "Leaves"} hint="Summit time." error={errors.startsAt?.message}>
        <input id="startsAt" type="datetime-local" aria-invalid={!!errors.startsAt} {...register("startsAt")} />
      </Field>
      <Field id="endsAt" label="Ends (optional)" error={errors.endsAt?.message}>
        <input id="endsAt" type="datetime-local" aria-invalid={!!errors.endsAt} {...register("endsAt")} />
      </Field>
      <Field id="partySize" label="Party size" error={errors.partySize?.message}>
        <input id="partySize" type="number" min={1} aria-invalid={!!errors.partySize} {...register("partySize", { valueAsNumber: true })} />
      </Field>
      <Field id="principalLevel" label="Principal level" error={errors.principalLevel?.message}>
        <select id="principalLevel" {...register("principalLevel")}>
          <option value="">—</option>
          {PRINCIPAL_LEVELS.map((l) => <option key={l} value={l}>{PRINCIPAL_LEVEL_LABEL[l]}</option>)}
        </select>
      </Field>
      <Field id="routeNote" label="Route note" error={errors.routeNote?.message}>
        <textarea id="routeNote" rows={2} aria-invalid={!!errors.routeNote} {...register("routeNote")} />
      </Field>
      <label>
        <input type="checkbox" {...register("roadClosureNeeded")} /> Road closure needed
      </label>
      <Field id="staffNotes" label="Staff notes" hint="Never shown to agencies." error={errors.staffNotes?.message}>
        <textarea id="staffNotes" rows={2} aria-invalid={!!errors.staffNotes} {...register("staffNotes")} />
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : existing ? "Save movement" : "Create movement"}</button>
        {existing ? <button className="button button--secondary" type="button" onClick={onDelete}>Delete movement</button> : null}
      </div>
    </form>
  );
}
