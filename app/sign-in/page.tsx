import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  return (
    <div className="auth-box card">
      <h1>Sign in</h1>
      <SignInForm />
    </div>
  );
}
