"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { saveSpaceAction } from "@/lib/venues/actions";
import { fillIn } from "@/lib/i18n/forms";
import type { SpaceFormText } from "@/lib/i18n/venues";
import { spaceSchema } from "@/lib/venues/schema";

type Values = z.input<typeof spaceSchema>;
type Parsed = z.output<typeof spaceSchema>;

/** Add a space to a venue, or edit one (capacity, security zone, opening hours). */
export function SpaceForm({ venueId, space, text }: {
  venueId: string;
  space?: { id: string; name: string; capacity: number; securityZone: string | null; opens: string; closes: string };
  text: SpaceFormText;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const prefix = space?.id ?? `new-${venueId}`;
  const { register, handleSubmit, getValues, setError, reset, formState: { errors, isSubmitting } } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(spaceSchema),
    defaultValues: space ? { ...space, venueId, securityZone: space.securityZone ?? "" } : { venueId, name: "", capacity: 20, securityZone: "", opens: "", closes: "" },
  });
  // The server parses the raw values with the same schema, so send those, not the parsed ones.
  const onSubmit = handleSubmit(async () => {
    const values = getValues();
    setMessage(null);
    const result = await saveSpaceAction(values);
    if (!result.ok) return setMessage(applyServerErrors(result, setError));
    if (!space) reset();
    setMessage(text.saved);
    router.refresh();
  });
  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={space ? fillIn(text.editLabel, { name: space.name }) : text.addLabel}>
      <Field id={`${prefix}-name`} label={text.space} error={errors.name?.message}>
        <input id={`${prefix}-name`} {...register("name")} aria-invalid={!!errors.name} />
      </Field>
      <Field id={`${prefix}-capacity`} label={text.capacity} error={errors.capacity?.message}>
        <input id={`${prefix}-capacity`} type="number" min={1} {...register("capacity")} aria-invalid={!!errors.capacity} />
      </Field>
      <Field id={`${prefix}-zone`} label={text.securityZone} error={errors.securityZone?.message}>
        <input id={`${prefix}-zone`} {...register("securityZone")} />
      </Field>
      <Field id={`${prefix}-opens`} label={text.opens} error={errors.opens?.message}>
        <input id={`${prefix}-opens`} placeholder="07:00" {...register("opens")} aria-invalid={!!errors.opens} />
      </Field>
      <Field id={`${prefix}-closes`} label={text.closes} error={errors.closes?.message}>
        <input id={`${prefix}-closes`} placeholder="24:00" {...register("closes")} aria-invalid={!!errors.closes} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{space ? text.save : text.add}</button>
      {message ? <span role="status" className={message === text.saved ? "muted" : "field-error"}>{message}</span> : null}
    </form>
  );
}
