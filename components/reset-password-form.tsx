"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { resetPasswordAction } from "@/lib/users/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schema";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { id: userId, password: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await resetPasswordAction(values);
    if (!result.ok) return setMessage(applyServerErrors(result, setError));
    reset({ id: userId, password: "" });
    setMessage("Password reset. Give the temporary password to the user by a safe channel.");
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role="status">{message}</p> : null}
      <Field id="temp-password" label="Temporary password" error={errors.password?.message}>
        <input id="temp-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <button className="button button--secondary" type="submit" disabled={isSubmitting}>Reset password</button>
    </form>
  );
}
