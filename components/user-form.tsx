"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type UseFormRegister, type FieldErrors } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { createUserSchema, ROLES, updateUserSchema, type CreateUserInput, type UpdateUserInput } from "@/lib/users/schema";

type Option = { id: string; name: string };
type Role = (typeof ROLES)[number];
type ScopeValues = { role: Role; delegationIds?: string[]; agencyId?: string | null };

const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin",
  PLANNER: "Planner",
  LIAISON: "Liaison officer",
  AGENCY: "Agency coordinator",
  VIEWER: "Viewer",
};

/** Role plus the scope that role needs: delegations for a liaison, an agency for a coordinator. */
function ScopeFields({ role, register, errors, delegations, agencies }: {
  role: Role;
  register: UseFormRegister<ScopeValues>;
  errors: FieldErrors<ScopeValues>;
  delegations: Option[];
  agencies: Option[];
}) {
  return (
    <>
      <Field id="role" label="Role" error={errors.role?.message}>
        <select id="role" {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABEL[r]}</option>
          ))}
        </select>
      </Field>
      {role === "LIAISON" ? (
        <fieldset className="field">
          <legend>Delegations</legend>
          <div className="checkbox-list">
            {delegations.map((d) => (
              <label key={d.id}>
                <input type="checkbox" value={d.id} {...register("delegationIds")} /> {d.name}
              </label>
            ))}
          </div>
          {errors.delegationIds ? <span className="field-error" role="alert">{errors.delegationIds.message}</span> : null}
        </fieldset>
      ) : null}
      {role === "AGENCY" ? (
        <Field id="agencyId" label="Agency" error={errors.agencyId?.message}>
          <select id="agencyId" {...register("agencyId")}>
            <option value="">Choose…</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </Field>
      ) : null}
    </>
  );
}

export function CreateUserForm({ delegations, agencies }: { delegations: Option[]; agencies: Option[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState: { errors, isSubmitting } } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { role: "VIEWER", delegationIds: [], agencyId: null },
  });
  const role = useWatch({ control, name: "role" });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createUserAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.push("/admin/users");
    router.refresh();
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      <Field id="email" label="E-mail" error={errors.email?.message}>
        <input id="email" type="email" aria-invalid={!!errors.email} {...register("email")} />
      </Field>
      <Field id="name" label="Name" error={errors.name?.message}>
        <input id="name" aria-invalid={!!errors.name} {...register("name")} />
      </Field>
      <Field id="password" label="Initial password" hint="At least 12 characters." error={errors.password?.message}>
        <input id="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <ScopeFields role={role} register={register as unknown as UseFormRegister<ScopeValues>} errors={errors} delegations={delegations} agencies={agencies} />
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Create user"}</button>
    </form>
  );
}

export function EditUserForm({ user, delegations, agencies }: { user: UpdateUserInput & { email: string }; delegations: Option[]; agencies: Option[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, control, setError, formState: { errors, isSubmitting } } = useForm<UpdateUserInput>({
    resolver: zodResolver(updateUserSchema),
    defaultValues: user,
  });
  const role = useWatch({ control, name: "role" });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateUserAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    setSaved(true);
    router.refresh();
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      {saved ? <p role="status">Saved.</p> : null}
      <p>E-mail: <strong>{user.email}</strong></p>
      <Field id="name" label="Name" error={errors.name?.message}>
        <input id="name" aria-invalid={!!errors.name} {...register("name")} />
      </Field>
      <ScopeFields role={role} register={register as unknown as UseFormRegister<ScopeValues>} errors={errors} delegations={delegations} agencies={agencies} />
      <label>
        <input type="checkbox" {...register("active")} /> Active (can sign in)
      </label>
      <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save changes"}</button>
    </form>
  );
}
