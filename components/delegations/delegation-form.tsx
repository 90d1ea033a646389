"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { saveDelegationAction } from "@/lib/delegations/actions";
import { DELEGATION_KINDS, delegationSchema } from "@/lib/delegations/schema";

type Values = z.input<typeof delegationSchema>;
type Parsed = z.output<typeof delegationSchema>;

export function DelegationForm({ delegation, hotels, timeZone }: { delegation?: Values; hotels: { id: string; name: string }[]; timeZone: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, getValues, setError, formState: { errors, isSubmitting } } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(delegationSchema),
    defaultValues: delegation ?? { code: "", name: "", kind: "ALLY", homeTimeZone: "", hotelVenueId: "", arrivesAt: "", departsAt: "" },
  });
  // The server parses the raw values with the same schema, so send those, not the parsed ones.
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const result = await saveDelegationAction(getValues());
    if (!result.ok) return setMessage(applyServerErrors(result, setError));
    if (!delegation) return router.push(`/delegations/${result.data.id}`);
    setMessage("Saved.");
    router.refresh();
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role="status" className={message === "Saved." ? "muted" : "form-error"}>{message}</p> : null}
      <Field id="code" label="Code" error={errors.code?.message}>
        <input id="code" {...register("code")} aria-invalid={!!errors.code} />
      </Field>
      <Field id="name" label="Name" error={errors.name?.message}>
        <input id="name" {...register("name")} aria-invalid={!!errors.name} />
      </Field>
      <Field id="kind" label="Kind">
        <select id="kind" {...register("kind")}>
          {DELEGATION_KINDS.map((k) => <option key={k} value={k}>{k.toLowerCase()}</option>)}
        </select>
      </Field>
      <Field id="homeTimeZone" label="Home time zone" hint="e.g. America/New_York; shown beside summit times" error={errors.homeTimeZone?.message}>
        <input id="homeTimeZone" {...register("homeTimeZone")} aria-invalid={!!errors.homeTimeZone} />
      </Field>
      <Field id="hotelVenueId" label="Hotel" error={errors.hotelVenueId?.message}>
        <select id="hotelVenueId" {...register("hotelVenueId")}>
          <option value="">None</option>
          {hotels.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
        </select>
      </Field>
      <Field id="arrivesAt" label={`Arrives (${timeZone})`} error={errors.arrivesAt?.message}>
        <input id="arrivesAt" type="datetime-local" {...register("arrivesAt")} aria-invalid={!!errors.arrivesAt} />
      </Field>
      <Field id="departsAt" label={`Departs (${timeZone})`} error={errors.departsAt?.message}>
        <input id="departsAt" type="datetime-local" {...register("departsAt")} aria-invalid={!!errors.departsAt} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{delegation ? "Save delegation" : "Create delegation"}</button>
    </form>
  );
}
