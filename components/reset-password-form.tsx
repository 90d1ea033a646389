"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import type { ResetPasswordText } from "@/lib/i18n/agencies-users";
import { resetPasswordAction } from "@/lib/users/actions";
import { resetPasswordSchema, type ResetPasswordValues } from "@/lib/users/schema";

/** `messages`: English message → the reader's language, for the schema's and the server's refusals. */
export function ResetPasswordForm({ userId, text, messages }: { userId: string; text: ResetPasswordText; messages: Record<string, string> }) {
  const say = (message: string | undefined) => (message ? (messages[message] ?? message) : undefined);
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const { register, handleSubmit, setError, reset, formState: { errors, isSubmitting } } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { id: userId, password: "" },
    shouldFocusError: false,
  });
  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = await resetPasswordAction(values);
    if (!result.ok) return failed(say(applyServerErrors(result, setError)) ?? null);
    reset({ id: userId, password: "" });
    succeeded(text.done);
  }, () => failed(null));
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      <Field id="temp-password" label={text.password} error={say(errors.password?.message)}>
        <input id="temp-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...register("password")} />
      </Field>
      <button className="button button--secondary" type="submit" disabled={isSubmitting}>{text.submit}</button>
    </form>
  );
}
