"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { saveVenueAction } from "@/lib/venues/actions";
import { fillIn } from "@/lib/i18n/forms";
import type { VenueFormText } from "@/lib/i18n/venues";
import { VENUE_KINDS, venueSchema } from "@/lib/venues/schema";

type Values = z.input<typeof venueSchema>;
type Parsed = z.output<typeof venueSchema>;

export function VenueForm({ venue, text }: { venue?: { id: string; name: string; kind: (typeof VENUE_KINDS)[number]; address: string | null }; text: VenueFormText }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const prefix = venue?.id ?? "new-venue";
  const { register, handleSubmit, getValues, setError, reset, formState: { errors, isSubmitting } } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(venueSchema),
    defaultValues: venue ? { ...venue, address: venue.address ?? "" } : { name: "", kind: "CONFERENCE", address: "" },
  });
  // The server parses the raw values with the same schema, so send those, not the parsed ones.
  const onSubmit = handleSubmit(async () => {
    const values = getValues();
    setMessage(null);
    const result = await saveVenueAction(values);
    if (!result.ok) return setMessage(applyServerErrors(result, setError));
    if (!venue) {
      // A new venue opens on its own page, where its spaces are added.
      reset();
      router.push(`/venues/${result.data.id}`);
      return;
    }
    setMessage(text.saved);
    router.refresh();
  });
  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={venue ? fillIn(text.editLabel, { name: venue.name }) : text.addLabel}>
      <Field id={`${prefix}-name`} label={text.venue} error={errors.name?.message}>
        <input id={`${prefix}-name`} {...register("name")} aria-invalid={!!errors.name} />
      </Field>
      <Field id={`${prefix}-kind`} label={text.kind}>
        <select id={`${prefix}-kind`} {...register("kind")}>
          {VENUE_KINDS.map((k) => (
            <option key={k} value={k}>{text.kinds[k]}</option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-address`} label={text.address} error={errors.address?.message}>
        <input id={`${prefix}-address`} {...register("address")} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{venue ? text.save : text.add}</button>
      {message ? <span role="status" className={message === text.saved ? "muted" : "field-error"}>{message}</span> : null}
    </form>
  );
}
