"use client";
// Create or edit a movement (planners): arrival, departure or transfer, in summit time. A transfer
// names the items it serves, so it follows them when they move. A save refused for a hard conflict
// (the principal in a meeting during the motorcade) can be made with a written reason.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { DateTimeField, type DayOption } from "@/components/forms/date-time-field";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { flash } from "@/components/forms/flash";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { MovementFormWords } from "@/lib/i18n/editors";
import { formsEn, type FormsText } from "@/lib/i18n/forms";
import { createMovementAction, deleteMovementAction, updateMovementAction } from "@/lib/movements/actions";
import { createMovementSchema, MOVEMENT_KINDS, PRINCIPAL_LEVELS, type CreateMovementValues } from "@/lib/movements/schema";
import { formatDayTime, formatTime } from "@/lib/time";

type Option = { id: string; name: string };
type ItemOption = { id: string; title: string; startsAt: Date; endsAt: Date };

export function MovementForm({ delegations, venues, items, timeZone, initial, existing, backHref, days, text = formsEn, words }: {
  delegations: readonly Option[];
  venues: readonly Option[];
  /** Items a transfer can serve. */
  items: readonly ItemOption[];
  timeZone: string;
  initial: CreateMovementValues;
  existing?: { id: string; version: number };
  backHref: string;
  /** The summit's days (with a day either side), offered as the dates; without them a date input. */
  days?: readonly DayOption[];
  /** The reader's words for the date-time fields and the confirmation (English by default). */
  text?: FormsText;
  /** The reader's words for the form's own fields. */
  words: MovementFormWords;
}) {
  const router = useRouter();
  const { common, movement: w } = words;
  const { formRef, messageRef, feedback, clear, failed } = useFormFeedback();
  // The hard conflicts a refused save named; the reason box shows while there are any.
  const [refused, setRefused] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState: { errors, isSubmitting } } = useForm<CreateMovementValues>({
    resolver: zodResolver(createMovementSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const kind = useWatch({ control, name: "kind" });

  const save = async (values: CreateMovementValues, reason?: string) => {
    clear();
    setOverrideError(null);
    const input = reason === undefined ? values : { ...values, overrideReason: reason };
    const result = existing ? await updateMovementAction({ ...input, ...existing }) : await createMovementAction(input);
    if (!result.ok) {
      const { overrideReason: hard, ...fieldErrors } = result.fieldErrors ?? {};
      if (hard !== undefined) {
        if (reason === undefined) setRefused(hard);
        else setOverrideError(hard);
        return failed(result.error);
      }
      return failed(applyServerErrors({ ...result, fieldErrors }, setError));
    }
    flash(existing ? text.saved.movementSaved : text.saved.movementCreated);
    router.push(backHref);
    router.refresh();
  };
  const onInvalid = () => failed(text.saved.checkFields);
  const onSubmit = handleSubmit((values) => save(values), onInvalid);
  const onOverride = handleSubmit((values) => save(values, overrideReason), onInvalid);
  const itemLabel = (i: ItemOption) => `${formatDayTime(i.startsAt, timeZone)}–${formatTime(i.endsAt, timeZone)} ${i.title}`;
  const itemSelect = (field: "fromItemId" | "toItemId", label: string, hint: string) => (
    <Field id={field} label={label} hint={hint} error={errors[field]?.message}>
      <select id={field} aria-invalid={!!errors[field]} {...register(field)}>
        <option value="">{common.none}</option>
        {items.map((i) => <option key={i.id} value={i.id}>{itemLabel(i)}</option>)}
      </select>
    </Field>
  );

  const onDelete = async () => {
    if (!existing || !window.confirm(w.removeConfirm)) return;
    const result = await deleteMovementAction(existing);
    if (!result.ok) return failed(result.error);
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
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="delegationId" label={w.delegation} error={errors.delegationId?.message}>
        <select id="delegationId" aria-invalid={!!errors.delegationId} {...register("delegationId")}>
          <option value="">{common.choose}</option>
          {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
      </Field>
      <Field id="kind" label={w.kind} error={errors.kind?.message}>
        <select id="kind" {...register("kind")}>
          {MOVEMENT_KINDS.map((k) => <option key={k} value={k}>{words.kinds[k]}</option>)}
        </select>
      </Field>
      {kind !== "ARRIVAL" ? venueSelect("fromVenueId", kind === "DEPARTURE" ? w.airport : w.from) : null}
      {kind !== "DEPARTURE" ? venueSelect("toVenueId", kind === "ARRIVAL" ? w.airport : w.to) : null}
      {kind !== "TRANSFER" ? (
        <Field id="flight" label={w.flight} error={errors.flight?.message}>
          <input id="flight" aria-invalid={!!errors.flight} {...register("flight")} />
        </Field>
      ) : null}
      {kind === "TRANSFER" ? itemSelect("fromItemId", w.leavesFromItem, w.leavesFromItemHint) : null}
      {kind === "TRANSFER" ? itemSelect("toItemId", w.goesToItem, w.goesToItemHint) : null}
      <Controller control={control} name="startsAt" render={({ field }) => (
        <DateTimeField id="startsAt" label={kind === "ARRIVAL" ? w.lands : kind === "DEPARTURE" ? w.takesOff : w.leaves} hint={`${timeZone}.`}
          error={errors.startsAt?.message} value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <Controller control={control} name="endsAt" render={({ field }) => (
        <DateTimeField id="endsAt" label={w.endsOptional} optional
          error={errors.endsAt?.message} value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <Field id="partySize" label={w.partySize} error={errors.partySize?.message}>
        <input id="partySize" type="number" min={1} aria-invalid={!!errors.partySize} {...register("partySize", { valueAsNumber: true })} />
      </Field>
      <Field id="principalLevel" label={common.principalLevel} error={errors.principalLevel?.message}>
        <select id="principalLevel" {...register("principalLevel")}>
          <option value="">—</option>
          {PRINCIPAL_LEVELS.map((l) => <option key={l} value={l}>{common.principalLevels[l]}</option>)}
        </select>
      </Field>
      <Field id="routeNote" label={w.routeNote} error={errors.routeNote?.message}>
        <textarea id="routeNote" rows={2} aria-invalid={!!errors.routeNote} {...register("routeNote")} />
      </Field>
      <label>
        <input type="checkbox" {...register("roadClosureNeeded")} /> {w.roadClosure}
      </label>
      <Field id="staffNotes" label={common.staffNotes} hint={common.neverShownToAgencies} error={errors.staffNotes?.message}>
        <textarea id="staffNotes" rows={2} aria-invalid={!!errors.staffNotes} {...register("staffNotes")} />
      </Field>
      {refused ? (
        <div className="card" role="group" aria-labelledby="override-heading">
          <strong id="override-heading">{w.overrideHeading}</strong>
          <p>{refused}</p>
          <Field id="overrideReason" label={common.reason} hint={common.reasonHint} error={overrideError ?? undefined}>
            <textarea id="overrideReason" rows={2} value={overrideReason} aria-invalid={overrideError ? true : undefined} onChange={(e) => setOverrideReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={isSubmitting} onClick={() => void onOverride()}>{w.overrideButton}</button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? common.saving : existing ? w.save : w.create}</button>
        {existing ? <button className="button button--secondary" type="button" onClick={onDelete}>{w.remove}</button> : null}
      </div>
    </form>
  );
}
