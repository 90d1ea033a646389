import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  // The page is English; the one refusal written for a coordinator speaks their last chosen language.
  const t = dictionary(await readerLang(undefined)).admin;
  return (
    <div className="auth-box card">
      <h1>Sign in</h1>
      <SignInForm agencyDeactivated={t.signIn.agencyDeactivated} />
    </div>
  );
}
