"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AGENCY_DEACTIVATED_ERROR, LOCKED_ERROR } from "@/lib/auth/errors";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import type { SignInFormText } from "@/lib/i18n/start";

/** `agencyDeactivated`: the refusal for a deactivated agency's coordinator; `text` the form's words, both in the reader's language. */
export function SignInForm({ agencyDeactivated, text }: { agencyDeactivated: string; text: SignInFormText }) {
  const messages: Record<string, string> = { [LOCKED_ERROR]: text.locked, CredentialsSignin: text.wrongCredentials };
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      const error = result?.error ?? "";
      setFormError(error === AGENCY_DEACTIVATED_ERROR ? agencyDeactivated : (messages[error] ?? messages.CredentialsSignin));
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{text.email}</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} {...register("email")} />
        {errors.email ? <span className="field-error">{errors.email.message}</span> : null}
      </div>
      <div className="field">
        <label htmlFor="password">{text.password}</label>
        <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} {...register("password")} />
        {errors.password ? <span className="field-error">{errors.password.message}</span> : null}
      </div>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? text.submitting : text.submit}
      </button>
    </form>
  );
}
