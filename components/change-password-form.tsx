"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/users/schema";

export function ChangePasswordForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ChangeOwnPasswordInput>({
    resolver: zodResolver(changeOwnPasswordSchema),
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    // The change ended every session, this one included: sign in again with the new password.
    await signOut({ callbackUrl: "/sign-in" });
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      <Field id="current-password" label="Current or temporary password" error={errors.current?.message}>
        <input id="current-password" type="password" autoComplete="current-password" aria-invalid={!!errors.current} {...register("current")} />
      </Field>
      <Field id="new-password" label="New password" hint="At least 12 characters." error={errors.password?.message}>
        <input id="new-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <Field id="confirm-password" label="Repeat the new password" error={errors.confirm?.message}>
        <input id="confirm-password" type="password" autoComplete="new-password" aria-invalid={!!errors.confirm} {...register("confirm")} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>Save password</button>
    </form>
  );
}
