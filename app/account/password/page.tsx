import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/change-password-form";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return (
    <div className="auth-box card">
      <h1>Choose a new password</h1>
      {actor.mustChangePassword ? <p>Your password was reset by an administrator. Choose your own before you continue.</p> : null}
      <ChangePasswordForm />
    </div>
  );
}
