"use client";
// The administrators' summit form, new and edit. The schema is the server's (lib/summits/schema.ts);
// its English messages are shown in the reader's language through `messages`.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldErrors, type Path, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { SummitFormText } from "@/lib/i18n/summits";
import { createSummitAction, updateSummitAction } from "@/lib/summits/actions";
import { createSummitSchema, updateSummitSchema } from "@/lib/summits/schema";

type CreateValues = z.input<typeof createSummitSchema>;
type CreateParsed = z.output<typeof createSummitSchema>;
type UpdateValues = z.input<typeof updateSummitSchema>;
type UpdateParsed = z.output<typeof updateSummitSchema>;

/** The fields both forms share, as the form holds them (languages as typed: "en, fr"). */
export type SummitFieldValues = {
  name: string;
  slug: string;
  host: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  travelBufferMinutes: string;
  languages: string;
};

type Common = {
  /** Every time zone the server accepts, offered as suggestions. */
  zones: readonly string[];
  text: SummitFormText;
  /** English message → the reader's words for it. */
  messages: Record<string, string>;
};

type Shared = Pick<CreateValues, keyof SummitFieldValues>;

function SummitFields<T extends Shared>({ register, errors, zones, text, say }: {
  register: UseFormRegister<T>;
  errors: FieldErrors<Shared>;
  zones: readonly string[];
  text: SummitFormText;
  say: (message: string | undefined) => string | undefined;
}) {
  const field = (name: keyof SummitFieldValues, label: string, type = "text", hint?: string, extra: Record<string, string> = {}) => (
    <Field id={name} label={label} hint={hint} error={say(errors[name]?.message)}>
      <input
        id={name}
        type={type}
        {...register(name as Path<T>)}
        {...extra}
        aria-invalid={!!errors[name]}
        aria-describedby={[hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
      />
    </Field>
  );
  return (
    <>
      {field("name", text.name)}
      {field("slug", text.slug, "text", text.slugHint, { autoCapitalize: "none", spellCheck: "false" })}
      {field("host", text.host)}
      {field("startDate", text.startDate, "date")}
      {field("endDate", text.endDate, "date")}
      {field("timeZone", text.timeZone, "text", text.timeZoneHint, { list: "summit-time-zones", autoComplete: "off" })}
      <datalist id="summit-time-zones">
        {zones.map((zone) => <option key={zone} value={zone} />)}
      </datalist>
      {field("travelBufferMinutes", text.travelBuffer, "number", text.travelBufferHint, { min: "0", step: "1", inputMode: "numeric" })}
      {field("languages", text.languages, "text", text.languagesHint, { autoCapitalize: "none", spellCheck: "false" })}
    </>
  );
}

function translator(messages: Record<string, string>) {
  return (message: string | undefined) => (message === undefined ? undefined : (messages[message] ?? message));
}

export function CreateSummitForm({ earlier, zones, text, messages }: Common & { earlier: readonly { id: string; name: string }[] }) {
  const router = useRouter();
  const say = translator(messages);
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, getValues, setError, formState: { errors, isSubmitting } } = useForm<CreateValues, unknown, CreateParsed>({
    resolver: zodResolver(createSummitSchema),
    defaultValues: { name: "", slug: "", host: "", startDate: "", endDate: "", timeZone: "", travelBufferMinutes: "10", languages: "en", copyFromSummitId: "" },
  });
  // The server parses the raw values with the same schema, so send those, not the parsed ones.
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const result = await createSummitAction(getValues());
    if (!result.ok) {
      const error = applyServerErrors(result, setError);
      return setMessage(Object.keys(result.fieldErrors ?? {}).some((f) => f !== "_form") ? text.checkFields : (say(error) ?? error));
    }
    router.push(`/admin/summits/${result.data.id}`);
  }, () => setMessage(text.checkFields));
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role="alert" className="form-error">{message}</p> : null}
      <SummitFields register={register} errors={errors} zones={zones} text={text} say={say} />
      <Field id="copyFromSummitId" label={text.copyFrom} hint={text.copyFromHint} error={say(errors.copyFromSummitId?.message)}>
        <select id="copyFromSummitId" {...register("copyFromSummitId")} aria-describedby="copyFromSummitId-hint">
          <option value="">{text.copyFromNone}</option>
          {earlier.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? text.creating : text.create}</button>
    </form>
  );
}

export function EditSummitForm({ summit, zones, text, messages }: Common & { summit: SummitFieldValues & { id: string } }) {
  const router = useRouter();
  const say = translator(messages);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const { register, handleSubmit, getValues, setError, formState: { errors, isSubmitting } } = useForm<UpdateValues, unknown, UpdateParsed>({
    resolver: zodResolver(updateSummitSchema),
    defaultValues: summit,
  });
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const result = await updateSummitAction(getValues());
    if (!result.ok) {
      const error = applyServerErrors(result, setError);
      return setMessage({ ok: false, text: Object.keys(result.fieldErrors ?? {}).some((f) => f !== "_form") ? text.checkFields : (say(error) ?? error) });
    }
    setMessage({ ok: true, text: text.saved });
    router.refresh();
  }, () => setMessage({ ok: false, text: text.checkFields }));
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role={message.ok ? "status" : "alert"} className={message.ok ? "muted" : "form-error"}>{message.text}</p> : null}
      <SummitFields register={register} errors={errors} zones={zones} text={text} say={say} />
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : text.save}</button>
    </form>
  );
}
