"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AGENCY_DEACTIVATED_ERROR, LOCKED_ERROR } from "@/lib/auth/errors";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";

const MESSAGES: Record<string, string> = {
  [LOCKED_ERROR]: "Too many failed attempts from this network. Sign-in to this account from here is paused for 15 minutes.",
  CredentialsSignin: "The e-mail address or password is not correct.",
};

/** `agencyDeactivated`: the refusal for a deactivated agency's coordinator, in the reader's language. */
export function SignInForm({ agencyDeactivated }: { agencyDeactivated: string }) {
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
      setFormError(error === AGENCY_DEACTIVATED_ERROR ? agencyDeactivated : (MESSAGES[error] ?? MESSAGES.CredentialsSignin));
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
        <label htmlFor="email">E-mail</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} {...register("email")} />
        {errors.email ? <span className="field-error">{errors.email.message}</span> : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} {...register("password")} />
        {errors.password ? <span className="field-error">{errors.password.message}</span> : null}
      </div>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
