"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { flash } from "@/components/forms/flash";
import { applyServerErrors } from "@/components/forms/server-errors";
import { formsEn, type SavedText } from "@/lib/i18n/forms";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { changeOwnPasswordSchema, type ChangeOwnPasswordValues } from "@/lib/users/schema";

/** `savedText`: the reader's words for the confirmation shown on the sign-in page (English by default). */
export function ChangePasswordForm({ savedText = formsEn.saved }: { savedText?: SavedText }) {
  const { formRef, messageRef, feedback, clear, failed } = useFormFeedback();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ChangeOwnPasswordValues>({
    resolver: zodResolver(changeOwnPasswordSchema),
    shouldFocusError: false,
  });
  const onSubmit = handleSubmit(async (values) => {
    clear();
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) return failed(applyServerErrors(result, setError));
    // The change ended every session, this one included: sign in again with the new password.
    flash(savedText.passwordChanged);
    await signOut({ callbackUrl: "/sign-in" });
  }, () => failed(null));
  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage feedback={feedback} messageRef={messageRef} />
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
