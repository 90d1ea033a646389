"use client";
// An agency's name, short name and kind (administrators), and the buttons that deactivate or
// reactivate it. Words come from the page's dictionary as plain strings; the schema's and the
// server's refusals are English and shown through `messages` in the reader's language.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { createAgencyAction, setAgencyActiveAction, updateAgencyAction } from "@/lib/agency-admin/actions";
import { AGENCY_KINDS, createAgencySchema, updateAgencySchema, type CreateAgencyInput, type UpdateAgencyInput } from "@/lib/agency-admin/schema";
import type { AgencyKind } from "@/lib/generated/prisma/enums";
import type { AgencyFormText, AgencyStatusText } from "@/lib/i18n/agencies-users";

type Words = { text: AgencyFormText; kindLabels: Record<AgencyKind, string>; messages: Record<string, string> };
type Values = CreateAgencyInput | UpdateAgencyInput;

const translate = (messages: Record<string, string>) => (message: string | undefined) => (message ? (messages[message] ?? message) : undefined);

/** `summitId` for a new agency; `agency` to edit one. */
export function AgencyForm({ summitId, agency, text, kindLabels, messages }: Words & { summitId?: string; agency?: UpdateAgencyInput }) {
  const say = translate(messages);
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(agency ? updateAgencySchema : createAgencySchema),
    defaultValues: agency ?? { summitId, name: "", shortName: "", kind: "OTHER" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = agency ? await updateAgencyAction(values as UpdateAgencyInput) : await createAgencyAction(values as CreateAgencyInput);
    if (!result.ok) return setMessage({ error: true, text: say(applyServerErrors(result, setError)) ?? "" });
    if (!agency) return router.push(`/admin/agencies/${result.data.id}`);
    setMessage({ error: false, text: text.saved });
    router.refresh();
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "muted"}>{message.text}</p> : null}
      <Field id="name" label={text.name} error={say(errors.name?.message)}>
        <input id="name" aria-invalid={!!errors.name} {...register("name")} />
      </Field>
      <Field id="shortName" label={text.shortName} hint={text.shortNameHint} error={say(errors.shortName?.message)}>
        <input id="shortName" aria-invalid={!!errors.shortName} aria-describedby="shortName-hint" {...register("shortName")} />
      </Field>
      <Field id="kind" label={text.kind} error={say(errors.kind?.message)}>
        <select id="kind" aria-invalid={!!errors.kind} {...register("kind")}>
          {AGENCY_KINDS.map((k) => <option key={k} value={k}>{kindLabels[k]}</option>)}
        </select>
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : agency ? text.save : text.create}</button>
    </form>
  );
}

/** Deactivate an active agency, or reactivate a deactivated one, after the reader confirms. */
export function AgencyStatusButton({ id, active, text, messages }: { id: string; active: boolean; text: AgencyStatusText; messages: Record<string, string> }) {
  const say = translate(messages);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  const onClick = async () => {
    if (!window.confirm(active ? text.deactivateConfirm : text.reactivateConfirm)) return;
    setBusy(true);
    setErrorText(null);
    const result = await setAgencyActiveAction({ id, active: !active });
    setBusy(false);
    if (!result.ok) return setErrorText(say(result.error) ?? null);
    router.refresh();
  };
  return (
    <div className="stack">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div>
        <button className={active ? "button button--secondary" : "button"} type="button" onClick={onClick} disabled={busy}>
          {busy ? text.working : active ? text.deactivate : text.reactivate}
        </button>
      </div>
    </div>
  );
}
