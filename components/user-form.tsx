"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { flash } from "@/components/forms/flash";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { UserFormText } from "@/lib/i18n/agencies-users";
import { formsEn, type SavedText } from "@/lib/i18n/forms";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import type { SummitScopeOption } from "@/lib/users/queries";
import { createUserSchema, ROLES, updateUserSchema, type CreateUserValues, type UpdateUserValues } from "@/lib/users/schema";

type Role = (typeof ROLES)[number];
type ScopeValues = { role: Role; summitId?: string | null; delegationIds?: string[]; agencyId?: string | null };

/** Words from the page's dictionary, plain strings only (a client component gets no functions). */
export type UserFormWords = {
  text: UserFormText;
  roleLabels: Record<Role, string>;
  /** English message → the reader's language, for the schema's and the server's refusals. */
  messages: Record<string, string>;
  /** The confirmations ("User created."); English when the page gives none. */
  savedText?: SavedText;
};

type ScopeProps = UserFormWords & {
  summits: SummitScopeOption[];
  /** The agency the user has now: listed even when deactivated, which other agencies are not. */
  currentAgencyId: string | null;
};

const translate = (messages: Record<string, string>) => (message: string | undefined) => (message ? (messages[message] ?? message) : undefined);

/**
 * Role plus the assignment that role needs: the summit, then its delegations for a liaison officer
 * or one of its agencies for a coordinator. Changing the summit clears the choices of the other.
 */
function ScopeFields({ role, summitId, register, setValue, errors, summits, currentAgencyId, text, roleLabels, messages }: ScopeProps & {
  role: Role;
  summitId: string | null | undefined;
  register: UseFormRegister<ScopeValues>;
  setValue: UseFormSetValue<ScopeValues>;
  errors: FieldErrors<ScopeValues>;
}) {
  const say = translate(messages);
  const summit = summits.find((s) => s.id === summitId);
  const agencies = (summit?.agencies ?? []).filter((a) => !a.deactivated || a.id === currentAgencyId);
  const assigned = role === "LIAISON" || role === "AGENCY";
  return (
    <>
      <Field id="role" label={text.role} error={say(errors.role?.message)}>
        <select id="role" {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{roleLabels[r]}</option>
          ))}
        </select>
      </Field>
      {assigned ? (
        <Field id="summitId" label={text.summit} hint={text.summitHint} error={say(errors.summitId?.message)}>
          <select
            id="summitId"
            aria-describedby="summitId-hint"
            aria-invalid={!!errors.summitId}
            {...register("summitId", {
              onChange: () => {
                setValue("delegationIds", []);
                setValue("agencyId", null);
              },
            })}
          >
            <option value="">{text.choose}</option>
            {summits.map((s) => (
              <option key={s.id} value={s.id}>{s.archived ? `${s.name} ${text.archived}` : s.name}</option>
            ))}
          </select>
        </Field>
      ) : null}
      {role === "LIAISON" && summit ? (
        <fieldset className="field" aria-describedby={errors.delegationIds ? "delegationIds-error" : undefined}>
          <legend>{text.delegations}</legend>
          {summit.delegations.length === 0 ? <p className="muted">{text.noDelegations}</p> : null}
          <div className="checkbox-list">
            {summit.delegations.map((d) => (
              <label key={d.id}>
                <input type="checkbox" value={d.id} aria-invalid={errors.delegationIds ? true : undefined} {...register("delegationIds")} /> {d.name}
              </label>
            ))}
          </div>
          {errors.delegationIds ? <span className="field-error" id="delegationIds-error" role="alert">{say(errors.delegationIds.message)}</span> : null}
        </fieldset>
      ) : null}
      {role === "AGENCY" && summit ? (
        <Field id="agencyId" label={text.agency} hint={agencies.length === 0 ? text.noAgencies : undefined} error={say(errors.agencyId?.message)}>
          <select id="agencyId" aria-invalid={!!errors.agencyId} {...register("agencyId")}>
            <option value="">{text.choose}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>{a.deactivated ? `${a.name} ${text.deactivated}` : a.name}</option>
            ))}
          </select>
        </Field>
      ) : null}
    </>
  );
}

export function CreateUserForm({ summits, defaultSummitId, savedText = formsEn.saved, ...words }: UserFormWords & { summits: SummitScopeOption[]; defaultSummitId: string | null }) {
  const { text, messages } = words;
  const say = translate(messages);
  const router = useRouter();
  const { formRef, messageRef, feedback, clear, failed } = useFormFeedback();
  const { register, handleSubmit, control, setError, setValue, formState: { errors, isSubmitting } } = useForm<CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    shouldFocusError: false,
    defaultValues: { role: "VIEWER", summitId: defaultSummitId, delegationIds: [], agencyId: null },
  });
  const role = useWatch({ control, name: "role" });
  const summitId = useWatch({ control, name: "summitId" });
  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = await createUserAction(values);
    if (!result.ok) return failed(say(applyServerErrors(result, setError)) ?? null);
    flash(savedText.userCreated);
    router.push("/admin/users");
    router.refresh();
  }, () => failed(null));
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="email" label={text.email} error={say(errors.email?.message)}>
        <input id="email" type="email" aria-invalid={!!errors.email} {...register("email")} />
      </Field>
      <Field id="name" label={text.name} error={say(errors.name?.message)}>
        <input id="name" aria-invalid={!!errors.name} {...register("name")} />
      </Field>
      <Field id="password" label={text.password} hint={text.passwordHint} error={say(errors.password?.message)}>
        <input id="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <ScopeFields
        role={role}
        summitId={summitId}
        register={register as unknown as UseFormRegister<ScopeValues>}
        setValue={setValue as unknown as UseFormSetValue<ScopeValues>}
        errors={errors}
        summits={summits}
        currentAgencyId={null}
        {...words}
      />
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : text.create}</button>
    </form>
  );
}

export function EditUserForm({ user, summits, ...words }: UserFormWords & { user: UpdateUserValues & { email: string }; summits: SummitScopeOption[] }) {
  const { text, messages } = words;
  const say = translate(messages);
  const router = useRouter();
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const { register, handleSubmit, control, setError, setValue, formState: { errors, isSubmitting } } = useForm<UpdateUserValues>({
    resolver: zodResolver(updateUserSchema),
    shouldFocusError: false,
    defaultValues: user,
  });
  const role = useWatch({ control, name: "role" });
  const summitId = useWatch({ control, name: "summitId" });
  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = await updateUserAction(values);
    if (!result.ok) return failed(say(applyServerErrors(result, setError)) ?? null);
    succeeded(text.saved);
    router.refresh();
  }, () => failed(null));
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <p>{text.emailIs} <strong>{user.email}</strong></p>
      <Field id="name" label={text.name} error={say(errors.name?.message)}>
        <input id="name" aria-invalid={!!errors.name} {...register("name")} />
      </Field>
      <ScopeFields
        role={role}
        summitId={summitId}
        register={register as unknown as UseFormRegister<ScopeValues>}
        setValue={setValue as unknown as UseFormSetValue<ScopeValues>}
        errors={errors}
        summits={summits}
        currentAgencyId={user.agencyId ?? null}
        {...words}
      />
      <label>
        <input type="checkbox" {...register("active")} /> {text.active}
      </label>
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? text.saving : text.save}</button>
    </form>
  );
}
