"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { ResetPasswordText } from "@/lib/i18n/agencies-users";
import { resetPasswordAction } from "@/lib/users/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schema";

/** `messages`: English message → the reader's language, for the schema's and the server's refusals. */
export function ResetPasswordForm({ userId, text, messages }: { userId: string; text: ResetPasswordText; messages: Record<string, string> }) {
  const say = (message: string | undefined) => (message ? (messages[message] ?? message) : undefined);
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { id: userId, password: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await resetPasswordAction(values);
    if (!result.ok) return setMessage(say(applyServerErrors(result, setError)) ?? null);
    reset({ id: userId, password: "" });
    setMessage(text.done);
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? <p role="status">{message}</p> : null}
      <Field id="temp-password" label={text.password} error={say(errors.password?.message)}>
        <input id="temp-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <button className="button button--secondary" type="submit" disabled={isSubmitting}>{text.submit}</button>
    </form>
  );
}
