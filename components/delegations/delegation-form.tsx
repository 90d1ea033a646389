"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { DateTimeField, type DayOption } from "@/components/forms/date-time-field";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { flash } from "@/components/forms/flash";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { DelegationFormWords } from "@/lib/i18n/editors";
import { fillIn, formsEn, type FormsText } from "@/lib/i18n/forms";
import { saveDelegationAction } from "@/lib/delegations/actions";
import { DELEGATION_KINDS, delegationSchema } from "@/lib/delegations/schema";

type Values = z.input<typeof delegationSchema>;
type Parsed = z.output<typeof delegationSchema>;

/**
 * `days`: the summit's days (with a day either side), offered as the arrival and departure dates;
 * without them a date input. `text`: the reader's words (English by default).
 */
export function DelegationForm({ delegation, hotels, timeZone, days, text = formsEn, words }: {
  delegation?: Values;
  hotels: { id: string; name: string }[];
  timeZone: string;
  days?: readonly DayOption[];
  text?: FormsText;
  /** The reader's words for the form's own fields. */
  words: DelegationFormWords;
}) {
  const router = useRouter();
  const w = words.delegation;
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const { register, handleSubmit, getValues, setError, control, formState: { errors, isSubmitting } } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(delegationSchema),
    shouldFocusError: false,
    defaultValues: delegation ?? { code: "", name: "", kind: "ALLY", homeTimeZone: "", hotelVenueId: "", arrivesAt: "", departsAt: "" },
  });
  // The server parses the raw values with the same schema, so send those, not the parsed ones.
  const onSubmit = handleSubmit(async () => {
    clear();
    const result = await saveDelegationAction(getValues());
    if (!result.ok) return failed(applyServerErrors(result, setError));
    if (!delegation) {
      flash(text.saved.delegationCreated);
      return router.push(`/delegations/${result.data.id}`);
    }
    succeeded(text.saved.saved);
    router.refresh();
  }, () => failed(text.saved.checkFields));
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="code" label={w.code} error={errors.code?.message}>
        <input id="code" {...register("code")} aria-invalid={!!errors.code} />
      </Field>
      <Field id="name" label={w.name} error={errors.name?.message}>
        <input id="name" {...register("name")} aria-invalid={!!errors.name} />
      </Field>
      <Field id="kind" label={w.kind}>
        <select id="kind" {...register("kind")}>
          {DELEGATION_KINDS.map((k) => <option key={k} value={k}>{words.kinds[k]}</option>)}
        </select>
      </Field>
      <Field id="homeTimeZone" label={w.homeTimeZone} hint={w.homeTimeZoneHint} error={errors.homeTimeZone?.message}>
        <input id="homeTimeZone" {...register("homeTimeZone")} aria-invalid={!!errors.homeTimeZone} />
      </Field>
      <Field id="hotelVenueId" label={w.hotel} error={errors.hotelVenueId?.message}>
        <select id="hotelVenueId" {...register("hotelVenueId")}>
          <option value="">{words.common.none}</option>
          {hotels.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
        </select>
      </Field>
      <Controller control={control} name="arrivesAt" render={({ field }) => (
        <DateTimeField id="arrivesAt" label={fillIn(w.arrives, { zone: timeZone })} optional error={errors.arrivesAt?.message}
          value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <Controller control={control} name="departsAt" render={({ field }) => (
        <DateTimeField id="departsAt" label={fillIn(w.departs, { zone: timeZone })} optional error={errors.departsAt?.message}
          value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} days={days} text={text.dateTime} />
      )} />
      <button className="button" type="submit" disabled={isSubmitting}>{delegation ? w.save : w.create}</button>
    </form>
  );
}
